package dev.heygenkit.build;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dependencies point one way (DESIGN.md): cli, notebook -> root DSL -> render -> api -> http, and the sandbox stands
 * apart from the client. Checked on lib's sources: imports and fully qualified names in code.
 */
class LayeringTest {
    private static final Pattern REFERENCE = Pattern.compile("\\bdev\\.heygenkit\\.([A-Za-z_][A-Za-z0-9_]*|\\*)");
    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
            "/\\*.*?\\*/|//[^\\n]*|\"\"\"(?s:.*?)\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])'", Pattern.DOTALL);

    private static Path sources() {
        return Path.of(System.getProperty("heygen.lib.dir", "../lib"), "src/main/java/dev/heygenkit");
    }

    /** What one source file refers to in the kit: sub-package names (lowercase) and root classes (capitalised). */
    static Set<String> references(String source) {
        String code = COMMENTS_AND_STRINGS.matcher(source).replaceAll(" ");
        Set<String> refs = new LinkedHashSet<>();
        Matcher m = REFERENCE.matcher(code);
        while (m.find()) {
            refs.add(m.group(1));
        }
        return refs;
    }

    private static boolean isRootClass(String ref) {
        return ref.equals("*") || Character.isUpperCase(ref.charAt(0));
    }

    private static boolean isException(String ref) {
        return ref.endsWith("Exception");
    }

    /** The layering problems of one file in {@code layer} (the first package segment below dev.heygenkit, or "" for root). */
    static List<String> problems(String layer, String file, String source) {
        List<String> out = new ArrayList<>();
        for (String ref : references(source)) {
            boolean root = isRootClass(ref);
            String bad = switch (layer) {
                case "http" -> root ? (isException(ref) ? null : "root class " + ref)
                        : Set.of("api", "render", "sandbox", "notebook", "cli").contains(ref) ? "package " + ref : null;
                case "api" -> root ? (isException(ref) ? null : "root class " + ref)
                        : Set.of("render", "sandbox", "notebook", "cli").contains(ref) ? "package " + ref : null;
                case "sandbox" -> root ? "root class " + ref
                        : Set.of("http", "api", "render", "notebook", "cli").contains(ref) ? "package " + ref : null;
                default -> null;
            };
            if (bad != null) {
                out.add(file + " (" + layer + ") uses " + bad);
            }
        }
        return out;
    }

    private static List<String> scan(String layer) throws IOException {
        Path dir = sources().resolve(layer);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                out.addAll(problems(layer, sources().relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    @Test
    void the_sources_are_where_the_test_looks() {
        assertThat(sources().resolve("http/HttpTransport.java")).exists();
        assertThat(sources().resolve("api/Videos.java")).exists();
    }

    @Test
    void http_uses_nothing_above_it_but_the_exception_types() throws IOException {
        assertThat(scan("http")).isEmpty();
    }

    @Test
    void api_uses_no_render_sandbox_notebook_cli_or_dsl_classes() throws IOException {
        assertThat(scan("api")).isEmpty();
    }

    @Test
    void the_sandbox_uses_nothing_from_the_client() throws IOException {
        assertThat(scan("sandbox")).isEmpty();
    }

    @Test
    void the_checker_sees_imports_qualified_names_and_wildcards_but_not_comments_or_strings() {
        String src = """
                package dev.heygenkit.http;
                import dev.heygenkit.api.Videos;
                import static dev.heygenkit.render.Waiter.poll;
                import dev.heygenkit.*;
                import dev.heygenkit.HeyGenException;
                // see dev.heygenkit.cli.Main
                /* dev.heygenkit.notebook.Display */
                class X { Object o = new dev.heygenkit.Avatar(); String s = "dev.heygenkit.sandbox.Sandbox"; }
                """;
        assertThat(problems("http", "X.java", src)).containsExactly("X.java (http) uses package api",
                "X.java (http) uses package render", "X.java (http) uses root class *", "X.java (http) uses root class Avatar");
        assertThat(problems("sandbox", "S.java", "import dev.heygenkit.HeyGenException;")).hasSize(1);
        assertThat(problems("api", "A.java", "import dev.heygenkit.http.Json; import dev.heygenkit.NotFoundException;")).isEmpty();
        assertThat(problems("api", "A.java", "import dev.heygenkit.Scene;")).hasSize(1);
    }
}
