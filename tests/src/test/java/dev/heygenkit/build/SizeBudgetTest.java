package dev.heygenkit.build;

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

/**
 * Rooms stay small: every main source file under 400 lines and every method under 60, unless a comment starting
 * with {@code Size:} says why (in a file's first 40 lines, or in the three lines above a method). Big rooms are where
 * the next field, rule or flag gets added in the wrong place.
 */
class SizeBudgetTest {
    static final int FILE_LINES = 400;
    static final int METHOD_LINES = 60;
    private static final Path REPO = Path.of(System.getProperty("heygen.repo.root")).toAbsolutePath().normalize();
    private static final List<String> ROOTS = List.of("lib/src/main/java", "kernel/src/main/java", "mcp/src/main/java",
            "bench/src/main/java", "release");
    private static final Pattern METHOD = Pattern.compile("^(\\s+)(?:(?:public|private|protected|static|final|abstract"
            + "|synchronized|default|@\\w+(?:\\([^)]*\\))?)\\s+)*[\\w<>\\[\\],.? ]+\\s+(\\w+)\\s*\\([^;]*$");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])'");
    private static final List<String> NOT_DECLARATIONS = List.of("return", "new ", "if", "else", "for", "while",
            "switch", "case", "throw", "try", "catch");

    /** Files over the line budget and methods over theirs, as "path: N lines" / "path:line name: N lines". */
    static List<String> offenders(Path file) throws IOException {
        List<String> raw = Files.readAllLines(file);
        List<String> lines = raw.stream().map(l -> STRING.matcher(l).replaceAll("\"\"")).toList();
        List<String> out = new ArrayList<>();
        String rel = REPO.relativize(file).toString();
        if (lines.size() > FILE_LINES && !explained(raw, 0, Math.min(40, raw.size()))) {
            out.add(rel + ": " + lines.size() + " lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = METHOD.matcher(lines.get(i));
            String trimmed = lines.get(i).strip();
            if (!m.matches() || NOT_DECLARATIONS.stream().anyMatch(trimmed::startsWith)
                    || trimmed.matches(".*\\b(class|record|interface|enum)\\b.*")) {
                continue;
            }
            int depth = 0;
            boolean started = false;
            int j = i;
            for (; j < lines.size(); j++) {
                String l = lines.get(j);
                depth += count(l, '{') - count(l, '}');
                started |= l.indexOf('{') >= 0;
                if (started && depth <= 0 || !started && l.stripTrailing().endsWith(";")) {
                    break;
                }
            }
            int length = j - i + 1;
            if (started && length > METHOD_LINES && !explained(raw, Math.max(0, i - 3), i)) {
                out.add(rel + ":" + (i + 1) + " " + m.group(2) + ": " + length + " lines");
            }
            if (started) {
                i = j;
            }
        }
        return out;
    }

    private static boolean explained(List<String> raw, int from, int to) {
        return raw.subList(from, to).stream().anyMatch(l -> l.strip().matches("(//|\\*|/\\*\\*?) ?Size: .+"));
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    @Test
    void every_main_source_file_and_method_fits_its_budget_or_says_why() throws IOException {
        List<String> offenders = new ArrayList<>();
        int files = 0;
        for (String root : ROOTS) {
            try (Stream<Path> walk = Files.walk(REPO.resolve(root))) {
                for (Path f : walk.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    files++;
                    offenders.addAll(offenders(f));
                }
            }
        }
        assertThat(files).as("sources scanned").isGreaterThan(200);
        assertThat(offenders).as("split these, or add a 'Size: <why>' comment").isEmpty();
    }

    @Test
    void the_scan_finds_a_long_method_and_honours_a_reason() throws IOException {
        StringBuilder b = new StringBuilder("class A {\n    void longOne() {\n");
        for (int i = 0; i < 70; i++) {
            b.append("        x();\n");
        }
        b.append("    }\n}\n");
        Path file = Files.writeString(Files.createDirectories(REPO.resolve("tests/target/size-probe")).resolve("A.java"), b);
        assertThat(offenders(file)).singleElement().asString().contains("longOne: 72 lines");
        Files.writeString(file, b.toString().replace("    void longOne", "    // Size: one table, clearer in one place.\n    void longOne"));
        assertThat(offenders(file)).isEmpty();
    }
}
