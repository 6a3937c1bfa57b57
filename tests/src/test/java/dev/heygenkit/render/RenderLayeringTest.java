package dev.heygenkit.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code render} sits below the DSL: from the root package it may use exceptions only. */
class RenderLayeringTest {
    private static final Pattern ROOT_TYPE = Pattern.compile("dev\\.heygenkit\\.([A-Z]\\w*)");

    @Test
    void render_uses_no_root_dsl_types_other_than_exceptions() throws IOException {
        Path dir = Path.of(System.getProperty("heygen.lib.dir", "../lib"), "src/main/java/dev/heygenkit/render");
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = ROOT_TYPE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith("Exception")) {
                        offences.add(f.getFileName() + " uses dev.heygenkit." + m.group(1));
                    }
                }
            }
        }
        assertThat(offences).isEmpty();
    }
}
