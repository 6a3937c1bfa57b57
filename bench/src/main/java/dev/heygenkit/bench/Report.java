package dev.heygenkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the rows of an earlier BENCHMARKS.md, so a run of one group rewrites only that group's rows. */
final class Report {
    private Report() {
    }

    /** The table rows of a report ({@code | name | ... |} lines below the header), or none when it does not exist. */
    static List<String> rows(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| benchmark |") && !l.startsWith("|---"))
                .toList();
    }

    /** The benchmark name of a table row. */
    static String name(String row) {
        String[] cells = row.split("\\|");
        return cells.length > 1 ? cells[1].trim() : "";
    }
}
