package dev.heygenkit.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MagicsTest {
    @TempDir
    Path dir;

    /** Compiles {@code package demo; class <name>} with a static {@code hi()} into a directory. */
    private Path compile(String name, String greeting) throws IOException {
        Path src = dir.resolve("src").resolve(name + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "package demo; public class " + name + " { public static String hi() { return \""
                + greeting + "\"; } }");
        Path classes = dir.resolve("classes-" + name);
        Files.createDirectories(classes);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), src.toString());
        assertThat(status).isZero();
        return classes;
    }

    private Path jar(Path classes, Path jar) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void magic_lines_parse_names_and_quoted_arguments() {
        MagicLine line = MagicLine.parse("  %maven org.example:a:1.0 \"with space\" 'single q' esc\"\\\"\"");

        assertThat(line.name()).isEqualTo("maven");
        assertThat(line.args()).containsExactly("org.example:a:1.0", "with space", "single q", "esc\"");
        assertThat(MagicLine.isMagic("x % 2")).isFalse();
        assertThat(MagicLine.isMagic("%%time")).isFalse();
        assertThat(MagicLine.isCellMagic("%%time")).isTrue();
        assertThatThrownBy(() -> MagicLine.parse("%jars 'open")).hasMessageContaining("unclosed");
    }

    @Test
    void a_cell_splits_into_magics_and_code_in_order_with_line_numbers() {
        List<CellParts.Part> parts = CellParts.split("%maven a:b:1\nint x = 1;\nint y = 2;\n%jars lib/*.jar\nx + y");

        assertThat(parts).containsExactly(new CellParts.Magic(1, "%maven a:b:1"),
                new CellParts.Code(2, "int x = 1;\nint y = 2;"), new CellParts.Magic(4, "%jars lib/*.jar"),
                new CellParts.Code(5, "x + y"));
    }

    @Test
    void maven_magic_hands_coordinates_to_the_resolver_and_the_jars_to_the_class_path() throws Exception {
        Path jar = jar(compile("FromMaven", "hi from maven"), dir.resolve("repo").resolve("from-maven.jar"));
        List<List<String>> asked = new ArrayList<>();
        try (Evaluator evaluator = new Evaluator(coordinates -> {
            asked.add(coordinates);
            return List.of(jar);
        })) {
            Object value = evaluator.eval("%maven org.example:from-maven:1.0 org.example:other:2\n"
                    + "demo.FromMaven.hi()").value();

            assertThat(asked).containsExactly(List.of("org.example:from-maven:1.0", "org.example:other:2"));
            assertThat(value).isEqualTo("hi from maven");
            assertThat(evaluator.addedClasspath()).containsExactly(jar.toAbsolutePath().normalize());
        }
    }

    @Test
    void maven_skips_artifacts_the_kernel_already_carries() throws Exception {
        List<List<String>> asked = new ArrayList<>();
        try (Evaluator evaluator = new Evaluator(coordinates -> {
            asked.add(coordinates);
            return List.of();
        })) {
            evaluator.provide("dev.heygenkit:heygen-kit", "0.1.0");

            evaluator.eval("%maven dev.heygenkit:heygen-kit:0.1.0");
            evaluator.eval("%maven dev.heygenkit:heygen-kit:0.1.0 org.example:extra:1");

            assertThat(asked).containsExactly(List.of("org.example:extra:1"));
        }
    }

    @Test
    void jars_magic_adds_every_jar_a_glob_matches() throws Exception {
        jar(compile("First", "one"), dir.resolve("libs").resolve("first.jar"));
        jar(compile("Second", "two"), dir.resolve("libs").resolve("second.jar"));
        Files.writeString(dir.resolve("libs").resolve("notes.txt"), "not a jar");
        try (Evaluator evaluator = new Evaluator(c -> List.of())) {
            Object value = evaluator.eval("%jars " + dir.resolve("libs") + "/*.jar\n"
                    + "demo.First.hi() + demo.Second.hi()").value();

            assertThat(value).isEqualTo("onetwo");
            assertThat(evaluator.addedClasspath()).hasSize(2);
        }
    }

    @Test
    void jars_added_while_jshell_is_still_indexing_are_visible_to_the_compiler() throws Exception {
        // Fresh sessions add a jar at once, racing JShell's background indexer: without waiting for it, about
        // one session in seven kept compiling against the old class path.
        List<Path> jars = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            jars.add(jar(compile("Race" + i, "r" + i), dir.resolve("race" + i).resolve("race.jar")));
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < jars.size(); i++) {
            try (Evaluator evaluator = new Evaluator(c -> List.of())) {
                values.add(evaluator.eval("%jars " + jars.get(i) + "\ndemo.Race" + i + ".hi()").value());
            }
        }

        assertThat(values).containsExactly("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7");
    }

    @Test
    void classpath_magic_adds_a_class_directory() throws Exception {
        Path classes = compile("Dir", "from a directory");
        try (Evaluator evaluator = new Evaluator(c -> List.of())) {
            Object value = evaluator.eval("%classpath \"" + classes + "\"\ndemo.Dir.hi()").value();

            assertThat(value).isEqualTo("from a directory");
        }
    }

    @Test
    void a_glob_that_matches_nothing_is_an_error_naming_the_pattern() {
        try (Evaluator evaluator = new Evaluator(c -> List.of())) {
            assertThatThrownBy(() -> evaluator.eval("%jars " + dir + "/nothing/*.jar"))
                    .isInstanceOf(MagicException.class)
                    .hasMessageContaining("%jars " + dir + "/nothing/*.jar matched nothing");
        }
    }

    @Test
    void unknown_and_cell_magics_are_errors_that_list_the_known_ones() {
        try (Evaluator evaluator = new Evaluator(c -> List.of())) {
            assertThatThrownBy(() -> evaluator.eval("%mvn a:b:1"))
                    .isInstanceOf(MagicException.class)
                    .hasMessage("unknown magic %mvn; known: %classpath, %jars, %lsmagic, %maven");
            assertThatThrownBy(() -> evaluator.eval("%%time\n1 + 1"))
                    .isInstanceOf(MagicException.class).hasMessageContaining("%%time");
        }
    }

    @Test
    void a_failing_resolver_surfaces_as_a_magic_error_and_stops_the_cell() throws Exception {
        try (Evaluator evaluator = new Evaluator(c -> {
            throw new java.io.IOException("%maven could not resolve bad:coord:1: not found");
        })) {
            evaluator.eval("int ran = 0;");

            assertThatThrownBy(() -> evaluator.eval("%maven bad:coord:1\nran = 1;"))
                    .isInstanceOf(MagicException.class)
                    .hasMessage("%maven could not resolve bad:coord:1: not found");
            assertThat(evaluator.eval("ran").value()).isEqualTo(0);
        }
    }
}
