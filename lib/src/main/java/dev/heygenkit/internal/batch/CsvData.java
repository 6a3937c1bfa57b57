package dev.heygenkit.internal.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.heygenkit.ProblemCodes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads personalisation data from CSV as spreadsheets export it: UTF-8 with or without a byte-order mark, CRLF or LF,
 * quoted cells with commas, quotes and newlines, empty trailing columns, and {@code ,}, {@code ;}, tab or {@code |}
 * separators (detected from the header unless given). Parsing is Jackson's CSV module; this class adds what a
 * batch needs: a checked header, numbered rows and one problem per bad row instead of an exception.
 */
public final class CsvData {
    private static final char[] SEPARATORS = {',', ';', '\t', '|'};
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvData() {
    }

    /** Reads a CSV file; {@code separator} null to detect it. */
    public static DataTable read(Path file, Character separator) {
        String head;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] buf = new char[64 * 1024];
            int n = in.read(buf);
            head = n < 0 ? "" : new String(buf, 0, n);
        } catch (NoSuchFileException e) {
            return failed(ProblemCodes.DATA_FILE_MISSING, "the data file " + file + " does not exist; check the path");
        } catch (CharacterCodingException e) {
            return failed(ProblemCodes.DATA_NOT_UTF8, "the data file " + file + " is not UTF-8 text; save it as \"CSV UTF-8\" "
                    + "(Excel) or download it as CSV (Google Sheets)");
        } catch (IOException e) {
            return failed(ProblemCodes.DATA_UNREADABLE, "the data file " + file + " cannot be read (" + e.getClass().getSimpleName()
                    + "); check it is a readable file");
        }
        char sep = separator != null ? separator : detect(head);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, sep);
        } catch (CharacterCodingException e) {
            return failed(ProblemCodes.DATA_NOT_UTF8, "the data file " + file + " is not UTF-8 text past its start; save it as "
                    + "\"CSV UTF-8\"");
        } catch (IOException e) {
            return failed(ProblemCodes.DATA_UNREADABLE, "the data file " + file + " cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads CSV text (tests and in-memory data); {@code separator} null to detect it. */
    public static DataTable parse(String text, Character separator) {
        try {
            return parse(new StringReader(text), separator != null ? separator : detect(text));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The separator used most often outside quotes in the first line; a comma when there is no other. */
    static char detect(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] counts = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < SEPARATORS.length; k++) {
                    if (c == SEPARATORS[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < SEPARATORS.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return SEPARATORS[best];
    }

    private static DataTable parse(Reader reader, char separator) throws IOException {
        Reader in = skipBom(reader);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator).withoutHeader();
        List<RowProblem> problems = new ArrayList<>();
        List<String[]> raw = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(schema).readValues(in)) {
            while (true) {
                int line = it.getParser().currentLocation().getLineNr();
                if (!it.hasNextValue()) {
                    break;
                }
                String[] cells = it.nextValue();
                raw.add(cells);
                lines.add(Math.max(1, line));
            }
        } catch (JsonProcessingException | RuntimeException e) {
            int line = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation().getLineNr() : 0;
            problems.add(RowProblem.error(0, null, ProblemCodes.DATA_MALFORMED, "the CSV is malformed near line " + line
                    + " (" + firstLine(e.getMessage()) + "); check the quotes there: a quoted cell must end with \" "
                    + "and a quote inside one is written \"\""));
            return new DataTable(List.of(), List.of(), problems);
        }
        while (!raw.isEmpty() && blank(raw.get(raw.size() - 1))) {
            raw.remove(raw.size() - 1);
        }
        if (raw.isEmpty()) {
            problems.add(RowProblem.error(0, null, ProblemCodes.DATA_EMPTY, "the data has no header row; the first "
                    + "row must name the columns, e.g. first_name,company"));
            return new DataTable(List.of(), List.of(), problems);
        }
        List<String> columns = header(raw.get(0), separator, problems);
        List<DataTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < raw.size(); i++) {
            rows.add(row(i, lines.get(i), raw.get(i), columns, problems));
        }
        if (rows.isEmpty()) {
            problems.add(RowProblem.error(0, null, ProblemCodes.DATA_EMPTY, "the data has a header but no rows; add "
                    + "one row per video below the header"));
        }
        return new DataTable(columns, rows, problems);
    }

    private static List<String> header(String[] cells, char separator, List<RowProblem> problems) {
        int last = cells.length;
        while (last > 0 && cells[last - 1].isBlank()) {
            last--;
        }
        List<String> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < last; i++) {
            String name = cells[i].strip();
            if (name.isEmpty()) {
                problems.add(RowProblem.error(0, null, ProblemCodes.DATA_HEADER_INVALID, "column " + (i + 1)
                        + " of the header has no name; name every column that holds data"));
                name = "column_" + (i + 1);
            } else if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                problems.add(RowProblem.error(0, name, ProblemCodes.DATA_HEADER_INVALID, "the header names \"" + name
                        + "\" twice; give every column its own name"));
            }
            columns.add(name);
        }
        if (columns.size() == 1 && separator == ',' && columns.get(0).contains(";")) {
            problems.add(RowProblem.error(0, null, ProblemCodes.DATA_HEADER_INVALID, "the header \"" + columns.get(0)
                    + "\" looks separated by ; not ,; pass --delimiter ';' (or Batch.delimiter(';'))"));
        }
        return columns;
    }

    private static DataTable.Row row(int number, int line, String[] cells, List<String> columns,
                                     List<RowProblem> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            values.put(columns.get(c), c < cells.length ? cells[c] : "");
        }
        int extra = 0;
        for (int c = columns.size(); c < cells.length; c++) {
            if (!cells[c].isBlank()) {
                extra++;
            }
        }
        if (extra > 0) {
            problems.add(RowProblem.error(number, null, ProblemCodes.DATA_ROW_INVALID, "has " + (columns.size() + extra)
                    + " filled cells but the header names " + columns.size() + " columns (line " + line + "); quote "
                    + "cells that contain the separator, or add the missing column names"));
        }
        DataTable.Row row = new DataTable.Row(number, line, values);
        if (row.isBlank()) {
            problems.add(RowProblem.error(number, null, ProblemCodes.DATA_ROW_EMPTY, "is empty (line " + line
                    + "); delete it or fill it in"));
        }
        return row;
    }

    private static boolean blank(String[] cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static Reader skipBom(Reader in) throws IOException {
        java.io.PushbackReader r = new java.io.PushbackReader(in, 1);
        int first = r.read();
        if (first != -1 && first != '\uFEFF') {
            r.unread(first);
        }
        return r;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static DataTable failed(String code, String message) {
        return new DataTable(List.of(), List.of(), List.of(RowProblem.error(0, null, code, message)));
    }
}
