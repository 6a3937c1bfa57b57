package dev.heygenkit.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The committed notebooks and how to read them: nbformat 4 JSON, code cells in order. */
final class Notebooks {
    /** The notebooks issue 6 asks for, in reading order. */
    static final List<String> EXPECTED = List.of("01-looks-and-voices", "02-first-video", "03-photo-avatar",
            "04-scenes-and-backgrounds", "05-batch-personalization");

    static final ObjectMapper JSON = new ObjectMapper();

    private Notebooks() {
    }

    /** The repository root (surefire passes it; the module directory's parent otherwise). */
    static Path repoRoot() {
        String root = System.getProperty("heygen.repo.root");
        return (root == null ? Path.of("..") : Path.of(root)).toAbsolutePath().normalize();
    }

    /** The folder holding the notebooks. */
    static Path dir() {
        return repoRoot().resolve("notebooks");
    }

    /** Where tests may write: the tests module's {@code target}. */
    static Path target() {
        return repoRoot().resolve("tests/target");
    }

    /** Every committed notebook, sorted by name. */
    static List<Path> all() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A notebook by its name without extension. */
    static Path named(String name) {
        return dir().resolve(name + ".ipynb");
    }

    /** The name without {@code .ipynb}. */
    static String name(Path notebook) {
        return notebook.getFileName().toString().replaceFirst("\\.ipynb$", "");
    }

    static JsonNode read(Path notebook) {
        try {
            return JSON.readTree(notebook.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + notebook, e);
        }
    }

    /**
     * One cell.
     *
     * @param index     its position among all cells, as Jupyter counts them from 0
     * @param codeIndex its position among code cells, from 0
     * @param source    its text
     */
    record Cell(int index, int codeIndex, String source) {
        /** The first line, for test names. */
        String headline() {
            String first = source.strip().lines().findFirst().orElse("");
            return first.length() > 60 ? first.substring(0, 57) + "..." : first;
        }

        /** The last non-blank line: what the cell ends with. */
        String lastLine() {
            List<String> lines = source.strip().lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        }
    }

    /** The code cells in order. */
    static List<Cell> codeCells(Path notebook) {
        List<Cell> cells = new ArrayList<>();
        int index = 0;
        for (JsonNode cell : read(notebook).path("cells")) {
            if (cell.path("cell_type").asText().equals("code")) {
                cells.add(new Cell(index, cells.size(), text(cell.path("source"))));
            }
            index++;
        }
        return cells;
    }

    /** nbformat stores multi-line strings as arrays of lines. */
    static String text(JsonNode node) {
        if (node.isArray()) {
            StringBuilder out = new StringBuilder();
            node.forEach(n -> out.append(n.asText()));
            return out.toString();
        }
        return node.asText();
    }
}
