package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code heygen install-kit}: the running kit, laid out in a local Maven repository as {@code mvn install} would, with
 * a POM that names exactly lib's runtime class path; the catalog alias installs the version the notebooks ask for.
 */
class InstallKitCommandTest {
    private static final Path REPO = Path.of(System.getProperty("heygen.repo.root")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Path installed(Path repository, String version, String ext) {
        return repository.resolve("dev/heygenkit/heygen-kit/" + version + "/heygen-kit-" + version + "." + ext);
    }

    @Test
    void installs_jar_and_pom_under_the_home_maven_repository() throws IOException {
        Cli cli = new Cli(dir, null);

        Cli.Result r = cli.run("install-kit");

        Path repository = dir.resolve("home/.m2/repository");
        Path jar = installed(repository, Version.KIT, "jar");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("installed dev.heygenkit:heygen-kit:" + Version.KIT + " into " + repository)
                .contains("%maven dev.heygenkit:heygen-kit:" + Version.KIT);
        assertThat(installed(repository, Version.KIT, "pom")).isRegularFile();
        assertThat(jar.getParent().resolve("_remote.repositories")).as("installed locally, as mvn install does")
                .doesNotExist();
        try (JarFile j = new JarFile(jar.toFile())) {
            assertThat(j.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("dev.heygenkit.cli.Main");
            assertThat(j.getEntry("dev/heygenkit/HeyGen.class")).isNotNull();
            assertThat(j.getEntry("dev/heygenkit/sandbox/fixtures.json")).isNotNull();
            assertThat(j.getEntry("dev/heygenkit/notebook/Notebook.class")).isNotNull();
            assertThat(new String(j.getInputStream(j.getEntry("dev/heygenkit/version.properties")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("version=" + Version.KIT + "\n");
            assertThat(j.stream().map(e -> e.getName()).filter(n -> !n.startsWith("dev/heygenkit/")
                    && !n.startsWith("META-INF/"))).containsOnly("module-info.class");
        }
    }

    @Test
    void the_pom_names_exactly_the_kits_runtime_class_path() throws IOException {
        // The launcher's //DEPS are lib's runtime class path (LauncherDriftTest keeps them so).
        Set<String> runtime = new TreeSet<>();
        for (String line : Files.readAllLines(REPO.resolve("scripts/kit/heygen_kit.java"))) {
            if (line.startsWith("//DEPS ")) {
                runtime.add(line.substring("//DEPS ".length()).strip());
            }
        }
        String pom = KitJar.pom("9.9.9");
        Set<String> declared = new TreeSet<>();
        Matcher dep = Pattern.compile("<groupId>([^<]+)</groupId><artifactId>([^<]+)</artifactId><version>([^<]+)</version>")
                .matcher(pom);
        while (dep.find()) {
            declared.add(dep.group(1) + ":" + dep.group(2) + ":" + dep.group(3));
        }

        assertThat(runtime).hasSizeGreaterThan(3);
        assertThat(declared).isEqualTo(runtime);
        assertThat(pom).contains("<artifactId>heygen-kit</artifactId>\n  <version>9.9.9</version>").doesNotContain("<parent>");
    }

    @Test
    void a_version_flag_a_repo_flag_and_a_settings_file_each_choose_where_it_goes() throws IOException {
        Cli cli = new Cli(dir, null);

        Cli.Result flagged = cli.run("install-kit", "--kit-version", "0.9.1", "--repo", "elsewhere");
        Files.createDirectories(dir.resolve("home/.m2"));
        Files.writeString(dir.resolve("home/.m2/settings.xml"),
                "<settings><localRepository>${user.home}/custom-repo</localRepository></settings>");
        Cli.Result configured = cli.run("--json", "install-kit", "--kit-version", "0.9.2");

        assertThat(flagged.code()).as(flagged.err()).isZero();
        assertThat(installed(dir.resolve("elsewhere"), "0.9.1", "jar")).isRegularFile();
        assertThat(configured.code()).as(configured.err()).isZero();
        assertThat(configured.json().path("jar").asText())
                .isEqualTo(installed(dir.resolve("home/custom-repo"), "0.9.2", "jar").toString());
    }

    @Test
    void a_kit_without_a_version_or_a_malformed_one_is_a_usage_error() {
        Cli.Result bad = new Cli(dir, null).run("install-kit", "--kit-version", "../../x");

        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("--kit-version with the version");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void the_catalog_alias_installs_the_version_the_notebooks_ask_for() throws IOException {
        JsonNode alias = new ObjectMapper().readTree(REPO.resolve("jbang-catalog.json").toFile()).path("aliases")
                .path("install-kit");
        List<String> args = new ArrayList<>();
        alias.path("arguments").forEach(a -> args.add(a.asText()));

        assertThat(alias.path("script-ref").asText()).isEqualTo("scripts/heygen.java");
        assertThat(args).containsExactly("install-kit", "--kit-version", Version.KIT);
        assertThat(alias.path("description").asText()).contains("%maven dev.heygenkit:heygen-kit:" + Version.KIT);
    }
}
