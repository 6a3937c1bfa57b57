package dev.heygenkit.internal.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Personalisation data: the column names and the data rows, numbered from 1 as a spreadsheet user counts them below
 * the header, plus everything wrong with the file that reading found.
 *
 * @param columns  column names in file order
 * @param rows     the data rows
 * @param problems problems with the file or single rows (row 0 is the header or the file itself)
 */
public record DataTable(List<String> columns, List<Row> rows, List<RowProblem> problems) {
    /** Copies the lists. */
    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /**
     * One data row.
     *
     * @param number 1-based data row number (the header is not counted)
     * @param line   the line the row starts on in the source (1-based; 0 when the data did not come from a file)
     * @param values cell values by column, in column order; missing trailing cells are empty strings
     */
    public record Row(int number, int line, Map<String, String> values) {
        /** Copies the values, keeping their order. */
        public Row {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The value of a column, or null when the table has no such column. */
        public String get(String column) {
            return values.get(column);
        }

        /** Whether every cell is blank. */
        public boolean isBlank() {
            return values.values().stream().allMatch(v -> v == null || v.isBlank());
        }
    }

    /** Rows from Java values: maps (column → value) in order. */
    public static DataTable of(List<String> columns, List<Map<String, String>> maps) {
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            Map<String, String> in = maps.get(i);
            Map<String, String> values = new LinkedHashMap<>();
            for (String c : columns) {
                String v = in.get(c);
                values.put(c, v == null ? "" : v);
            }
            rows.add(new Row(i + 1, 0, values));
        }
        return new DataTable(columns, rows, List.of());
    }
}
