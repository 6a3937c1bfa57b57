package dev.heygenkit.notebook;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notebook layer hooks into the kit from its own side (views registered by type, progress through the render
 * layer's process default), so nothing below it names it: not in imports, code or reflective strings. The CLI is
 * its peer at the top (it reuses the look contact sheet for {@code looks --preview}) and may use it.
 */
class NotebookLayeringTest {
    private static Path sources() {
        return Path.of(System.getProperty("heygen.lib.dir", "../lib"), "src/main/java/dev/heygenkit");
    }

    @Test
    void no_source_outside_the_notebook_package_names_it() throws IOException {
        Path notebook = sources().resolve("notebook");
        Path cli = sources().resolve("cli");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(sources())) {
            offenders = files.filter(p -> p.toString().endsWith(".java") && !p.startsWith(notebook) && !p.startsWith(cli))
                    .filter(p -> read(p).contains("heygenkit.notebook"))
                    .map(p -> sources().relativize(p).toString()).toList();
        }
        assertThat(sources().resolve("Video.java")).exists();
        assertThat(offenders).isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
