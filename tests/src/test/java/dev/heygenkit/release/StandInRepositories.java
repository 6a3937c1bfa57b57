package dev.heygenkit.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Maven repositories on disk that stand in for the real ones: "Central" is this machine's local repository without
 * the kit (symbolic links, not copies), and a user's settings point every repository but the release one at it.
 */
public final class StandInRepositories {
    /** This machine's local Maven repository. */
    public static final Path LOCAL = Path.of(System.getProperty("maven.repo.local",
            System.getProperty("user.home") + "/.m2/repository"));

    private StandInRepositories() {
    }

    /** This machine's repository as Maven Central, minus every {@code dev.heygenkit} artifact. */
    public static Path centralWithoutTheKit(Path central) throws IOException {
        Files.createDirectories(central.resolve("dev"));
        try (Stream<Path> groups = Files.list(LOCAL)) {
            for (Path group : groups.toList()) {
                if (!group.getFileName().toString().equals("dev")) {
                    Files.createSymbolicLink(central.resolve(group.getFileName().toString()), group);
                }
            }
        }
        try (Stream<Path> devs = Files.list(LOCAL.resolve("dev"))) {
            for (Path group : devs.filter(p -> !p.getFileName().toString().equals("heygenkit")).toList()) {
                Files.createSymbolicLink(central.resolve("dev").resolve(group.getFileName().toString()), group);
            }
        }
        return central;
    }

    /**
     * A user's {@code ~/.m2/settings.xml} under {@code home}: every repository but {@code release} is served from
     * {@code central}, and {@code release} is the one extra repository, active for every build.
     */
    static void userSettings(Path home, Path central, Path release) throws IOException {
        Path settings = Files.createDirectories(home.resolve(".m2")).resolve("settings.xml");
        Files.writeString(settings, "<settings>\n"
                + "  <mirrors><mirror><id>central-stand-in</id><mirrorOf>*,!release</mirrorOf><url>" + central.toUri()
                + "</url></mirror></mirrors>\n"
                + "  <profiles><profile><id>release</id><repositories><repository><id>release</id><url>"
                + release.toUri() + "</url></repository></repositories></profile></profiles>\n"
                + "  <activeProfiles><activeProfile>release</activeProfile></activeProfiles>\n"
                + "</settings>\n");
    }

    /** Settings for a build that must not leave this machine: every repository is the local one. */
    static Path localOnlySettings(Path dir) throws IOException {
        Path settings = dir.resolve("local-only-settings.xml");
        Files.writeString(settings, "<settings><mirrors><mirror><id>local-only</id><mirrorOf>*</mirrorOf><url>"
                + LOCAL.toUri() + "</url></mirror></mirrors></settings>\n");
        return settings;
    }
}
