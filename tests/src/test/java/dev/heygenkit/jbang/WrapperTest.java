package dev.heygenkit.jbang;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code ./jbang} wrapper: bootstrap from Maven into an empty directory, the gson pin, catalog and templates. */
class WrapperTest {
    @TempDir
    Path tmp;

    @Test
    void wrapper_bootstraps_jbang_from_maven_into_an_empty_directory() throws Exception {
        JBang.Result r = JBang.bootstrap();
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().strip()).isEqualTo(JBang.VERSION);
        assertThat(r.err()).contains("fetching JBang " + JBang.VERSION + " from Maven Central");
        assertThat(JBang.lib().resolve("jbang-cli-" + JBang.VERSION + ".jar")).exists();
        assertThat(JBang.lib().resolve(".complete")).exists();
        // The pins that keep catalogs from loading empty:
        assertThat(JBang.lib().toFile().list()).contains("gson-2.13.1.jar", "asm-9.8.jar", "commons-lang3-3.16.0.jar",
                "commons-codec-1.18.0.jar").noneMatch(n -> n.startsWith("gson-2.10"));

        JBang.Result again = JBang.run(JBang.REPO, "version");
        assertThat(again.err()).as("second run reuses the jars").doesNotContain("fetching");
    }

    @Test
    void catalog_lists_every_alias_and_the_init_template() throws Exception {
        JBang.bootstrap();
        JBang.Result aliases = JBang.run(JBang.REPO, "alias", "list", ".");
        assertThat(aliases.code()).as(aliases.toString()).isZero();
        assertThat(aliases.out()).contains("heygen@.", "heygen-kernel@.", "first-video@.", "photo-avatar@.", "studio-video@.",
                "voice-auditions@.", "batch-csv@.", "webhook-receiver@.");
        JBang.Result templates = JBang.run(tmp, "template", "list", JBang.REPO.toString());
        assertThat(templates.code()).as(templates.toString()).isZero();
        assertThat(templates.out()).contains("heygen@" + JBang.REPO);
    }

    @Test
    void with_gson_2_10_1_catalogs_load_empty_and_with_the_pin_they_list_heygen() throws Exception {
        JBang.bootstrap();
        Path gson2101 = Path.of(System.getProperty("user.home"), ".m2/repository/com/google/code/gson/gson/2.10.1/gson-2.10.1.jar");
        if (!Files.exists(gson2101)) {
            JBang.exec(tmp, List.of("mvn", "-B", "-q", "-ntp", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get",
                    "-Dartifact=com.google.code.gson:gson:2.10.1"), Map.of());
        }
        assertThat(gson2101).exists();
        List<String> pinned = jars();
        List<String> unpinned = new ArrayList<>(pinned.stream().filter(j -> !Path.of(j).getFileName().toString().startsWith("gson-")).toList());
        unpinned.add(gson2101.toString());

        JBang.Result broken = aliasList(unpinned);
        assertThat(broken.code()).as(broken.toString()).isZero();
        assertThat(broken.out()).as("the pitfall: gson 2.10.1 reads the catalog as empty").doesNotContain("heygen");

        JBang.Result fixed = aliasList(pinned);
        assertThat(fixed.out()).contains("heygen@" + JBang.REPO, "first-video@" + JBang.REPO);
    }

    private static List<String> jars() throws Exception {
        try (Stream<Path> s = Files.list(JBang.lib())) {
            return s.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted().toList();
        }
    }

    private JBang.Result aliasList(List<String> classPath) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return JBang.exec(tmp, List.of(java, "-cp", String.join(File.pathSeparator, classPath), "dev.jbang.Main", "alias", "list",
                JBang.REPO.toString()), Map.of());
    }

    @Test
    void app_install_through_the_wrapper_leaves_shell_rc_files_alone() throws Exception {
        JBang.bootstrap();
        Path home = Files.createDirectories(tmp.resolve("home"));
        JBang.Result r = JBang.exec(tmp, List.of(JBang.REPO.resolve("jbang").toString(), "app", "install", "--force", "--name",
                "heygen-rc-check", "heygen@" + JBang.REPO), Map.of("HOME", home.toString(), "SHELL", "/bin/bash"));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(JBang.HOME.resolve("bin/heygen-rc-check")).exists();
        try (Stream<Path> s = Files.list(home)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).as("files JBang wrote into HOME")
                    .doesNotContain(".bashrc", ".bash_profile", ".zshrc", ".profile");
        }
    }
}
