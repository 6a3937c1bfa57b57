package dev.heygenkit.cli;

import dev.heygenkit.Version;
import dev.heygenkit.internal.http.Bytes;
import dev.heygenkit.internal.http.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code heygen install-kit}: puts the running kit into the local Maven repository, so notebooks in IJava and JJava
 * find it with {@code %maven dev.heygenkit:heygen-kit:<version>} and JBang scripts with {@code //DEPS}. Once the kit is
 * on Maven Central this is only needed for builds of your own.
 */
@Command(name = "install-kit",
        description = {"Put this heygen-kit into your local Maven repository (~/.m2), so %maven dev.heygenkit:heygen-kit:VERSION",
                "works in IJava and JJava notebooks and //DEPS in JBang scripts. No key or network needed."},
        footer = {"", "Example (from the repository): ./jbang install-kit"})
final class InstallKitCommand extends Base {
    @Option(names = "--kit-version", paramLabel = "VERSION",
            description = "Install under this version (default: the kit's own; required when it runs from sources).")
    String kitVersion;

    @Option(names = "--repo", paramLabel = "DIR",
            description = "Local repository (default: -Dmaven.repo.local, <localRepository> in ~/.m2/settings.xml, else ~/.m2/repository).")
    String repo;

    @Override
    public Integer call() {
        String version = kitVersion != null ? kitVersion.trim() : Version.KIT;
        if (version.equals("dev") || !version.matches("[A-Za-z0-9][A-Za-z0-9._+-]*")) {
            throw new Durations.UsageException("this kit runs from sources and has no version"
                    + (kitVersion == null ? "" : " (got \"" + kitVersion + "\")")
                    + "; pass --kit-version with the version in the notebooks' %maven line, or run ./jbang install-kit");
        }
        KitJar.Installed done;
        try {
            Path repository = repo != null ? io().path(repo) : KitJar.localRepository(io().env());
            done = KitJar.install(repository, version);
        } catch (IOException e) {
            throw new UncheckedIOException("could not install heygen-kit " + version + ": " + e.getMessage(), e);
        }
        String coordinates = KitJar.GROUP + ":" + KitJar.ARTIFACT + ":" + version;
        if (json()) {
            printJson(Json.object().put("coordinates", coordinates).put("repository", done.repository().toString())
                    .put("jar", done.jar().toString()).put("pom", done.pom().toString()));
            return Main.OK;
        }
        io().out().println("installed " + coordinates + " into " + done.repository());
        io().out().println("  jar  " + done.jar() + " (" + Bytes.human(size(done.jar())) + ")");
        io().out().println("  pom  " + done.pom() + " (" + KitJar.DEPENDENCIES.size()
                + " dependencies, from Maven Central on first use)");
        io().out().println("In IJava or JJava, a notebook's first line now finds it:  %maven " + coordinates);
        return Main.OK;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
