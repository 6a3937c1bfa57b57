package dev.heygenkit.kernel;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drives {@link MavenResolver} with a stand-in {@code mvn} script that records its calls: no network, no Maven. */
@DisabledOnOs(OS.WINDOWS)
class MavenResolverTest {
    @TempDir
    Path dir;
    private Path calls;
    private Path jarA;
    private Path jarB;

    @BeforeEach
    void jars() throws IOException {
        calls = dir.resolve("calls.log");
        jarA = Files.writeString(dir.resolve("a-1.0.jar"), "");
        jarB = Files.writeString(dir.resolve("b-2.0.jar"), "");
    }

    /** A fake mvn that logs its arguments, copies the POM aside and writes the class path it is asked for. */
    private MavenResolver resolver(String classpath, int exit) throws IOException {
        Path script = dir.resolve("mvn");
        Files.writeString(script, """
                #!/bin/sh
                echo "$@" >> '%s'
                for a in "$@"; do
                  case "$a" in
                    -Dmdep.outputFile=*) out="${a#-Dmdep.outputFile=}" ;;
                  esac
                done
                cp pom.xml '%s'
                if [ %d -ne 0 ]; then echo "[ERROR] Failed to collect dependencies for org.nope:nope:jar:9"; exit %d; fi
                printf '%%s' '%s' > "$out"
                """.formatted(calls, dir.resolve("last-pom.xml"), exit, exit, classpath));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return new MavenResolver(List.of(script.toString()), dir.resolve("cache"));
    }

    @Test
    void resolves_through_a_generated_pom_and_reads_the_class_path_maven_writes() throws Exception {
        MavenResolver resolver = resolver(jarA + ":" + jarB, 0);

        List<Path> jars = resolver.resolve(List.of("org.example:a:1.0", "org.example:b:pom:2.0"));

        assertThat(jars).containsExactly(jarA, jarB);
        String pom = Files.readString(dir.resolve("last-pom.xml"));
        assertThat(pom).contains("<groupId>org.example</groupId><artifactId>a</artifactId><version>1.0</version>")
                .contains("<artifactId>b</artifactId><version>2.0</version><type>pom</type>")
                .contains("<artifactId>maven-dependency-plugin</artifactId>");
        assertThat(Files.readString(calls)).contains("dependency:build-classpath").contains("-Dmdep.includeScope=runtime");
    }

    @Test
    void a_second_resolve_of_the_same_coordinates_does_not_start_maven() throws Exception {
        MavenResolver resolver = resolver(jarA.toString(), 0);

        resolver.resolve(List.of("org.example:a:1.0"));
        List<Path> again = resolver.resolve(List.of("org.example:a:1.0"));

        assertThat(again).containsExactly(jarA);
        assertThat(Files.readAllLines(calls)).hasSize(1);
    }

    @Test
    void a_cached_class_path_with_a_deleted_jar_is_resolved_again() throws Exception {
        MavenResolver resolver = resolver(jarA.toString(), 0);
        resolver.resolve(List.of("org.example:a:1.0"));
        Files.delete(jarA);
        Files.writeString(jarA, "");

        resolver.resolve(List.of("org.example:a:1.0"));

        assertThat(Files.readAllLines(calls)).hasSize(1);
        Files.delete(jarA);
        assertThatThrownBy(() -> resolver.resolve(List.of("org.example:a:1.0"))).isInstanceOf(IOException.class);
        assertThat(Files.readAllLines(calls)).hasSize(2);
    }

    @Test
    void a_maven_failure_names_the_coordinates_and_mavens_error() throws Exception {
        MavenResolver resolver = resolver("", 1);

        assertThatThrownBy(() -> resolver.resolve(List.of("org.nope:nope:9")))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("%maven could not resolve org.nope:nope:9: Failed to collect dependencies");
    }

    @Test
    void mavens_error_line_is_cleaned_of_colours_help_links_and_the_generated_project() throws Exception {
        Path log = Files.writeString(dir.resolve("mvn.log"), "\u001b[0m\u001b[0m[ERROR] Failed to execute goal on project "
                + "resolve: Could not resolve dependencies for project dev.heygenkit.kernel.maven:resolve:pom:1: Could "
                + "not find artifact org.nope:x:jar:9 in central (https://repo.maven.apache.org/maven2) -> [Help 1]\n"
                + "[ERROR] \n[ERROR] To see the full stack trace of the errors, re-run Maven with the -e switch.\n");

        assertThat(MavenResolver.lastError(log))
                .isEqualTo("Could not find artifact org.nope:x:jar:9 in central (https://repo.maven.apache.org/maven2)");
    }

    @Test
    void malformed_coordinates_are_refused_before_maven_runs() throws Exception {
        MavenResolver resolver = resolver("", 0);

        assertThatThrownBy(() -> resolver.resolve(List.of("org.example:a")))
                .hasMessageContaining("bad Maven coordinate 'org.example:a'");
        assertThatThrownBy(() -> resolver.resolve(List.of("org.example:a:1</version><x>")))
                .hasMessageContaining("bad Maven coordinate");
        assertThat(calls).doesNotExist();
    }

    @Test
    void a_missing_maven_says_how_to_get_one() {
        MavenResolver resolver = new MavenResolver(List.of(dir.resolve("no-such-mvn").toString()), dir.resolve("c"));

        assertThatThrownBy(() -> resolver.resolve(List.of("org.example:a:1.0")))
                .hasMessageContaining("%maven needs Maven").hasMessageContaining("%jars");
    }
}
