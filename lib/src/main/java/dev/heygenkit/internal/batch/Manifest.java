package dev.heygenkit.internal.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.heygenkit.internal.http.Json;
import dev.heygenkit.internal.http.FileDownload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.csv} and {@code manifest.jsonl}: one line per input row with where it stands, written atomically
 * (a temporary file renamed over the old one), so a reader never sees half a manifest.
 */
public final class Manifest {
    /** The fixed columns, before the row's own columns. */
    public static final List<String> COLUMNS = List.of("row", "video_id", "status", "video_url", "failure_code",
            "failure_message", "file");
    static final String CSV = "manifest.csv";

    /**
     * A data cell as spreadsheets will not run it: text starting with {@code = + - @}, a tab or a carriage return is
     * a formula to Excel, LibreOffice and Sheets, so it gets a leading apostrophe (shown as text, not evaluated). The
     * JSON Lines manifest keeps the value as it was.
     */
    static String inert(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
    // Quote only cells that need it (separators, quotes, newlines), as spreadsheets do.
    private static final CsvMapper CSV_MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    static final String JSONL = "manifest.jsonl";

    private Manifest() {
    }

    /**
     * One manifest line.
     *
     * @param row    the row's fixed fields, by {@link #COLUMNS} name (values may be null)
     * @param data   the row's own columns
     */
    record Line(Map<String, String> row, Map<String, String> data) {
    }

    /** Writes both files into {@code dir}; data columns that clash with a fixed column get a {@code data.} prefix. */
    static void write(Path dir, List<String> dataColumns, List<Line> lines) {
        List<String> header = new ArrayList<>(COLUMNS);
        List<String> dataNames = new ArrayList<>();
        for (String c : dataColumns) {
            String name = COLUMNS.contains(c) ? "data." + c : c;
            dataNames.add(name);
            header.add(name);
        }
        List<List<String>> rows = new ArrayList<>();
        StringBuilder jsonl = new StringBuilder();
        for (Line l : lines) {
            List<String> cells = new ArrayList<>();
            ObjectNode json = Json.object();
            for (String c : COLUMNS) {
                String v = l.row().get(c);
                cells.add(v == null ? "" : v);
                if (c.equals("row")) {
                    json.put(c, Integer.parseInt(v));
                } else {
                    json.put(c, v);
                }
            }
            for (int i = 0; i < dataColumns.size(); i++) {
                String v = l.data().get(dataColumns.get(i));
                cells.add(v == null ? "" : inert(v));
                json.put(dataNames.get(i), v);
            }
            rows.add(cells);
            jsonl.append(Json.write(json)).append('\n');
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        header.forEach(schema::addColumn);
        try {
            String csv = CSV_MAPPER.writer(schema.build()).writeValueAsString(rows);
            atomic(dir.resolve(CSV), csv);
            atomic(dir.resolve(JSONL), jsonl.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void atomic(Path file, String text) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".tmp");
        try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            w.write(text);
        }
        try {
            FileDownload.publish(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
