package dev.heygenkit.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A plain text table: left-aligned columns two spaces apart, long cells cut with "...". */
final class Table {
    /** Widest a cell may be before it is cut. */
    static final int MAX_CELL = 40;
    private final List<String> headers;
    private final List<String[]> rows = new ArrayList<>();

    Table(String... headers) {
        this.headers = List.of(headers);
    }

    /** Adds a row; nulls print as "-". */
    Table row(Object... cells) {
        String[] r = new String[headers.size()];
        for (int i = 0; i < r.length; i++) {
            Object c = i < cells.length ? cells[i] : null;
            r[i] = cut(c == null ? "-" : Escapes.line(String.valueOf(c).replace('\n', ' ')));
        }
        rows.add(r);
        return this;
    }

    static String cut(String s) {
        return s.length() <= MAX_CELL ? s : s.substring(0, MAX_CELL - 3) + "...";
    }

    /** Number of rows added. */
    int size() {
        return rows.size();
    }

    /** Prints the header and the rows. */
    void print(PrintStream out) {
        int[] w = new int[headers.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = headers.get(i).length();
        }
        for (String[] r : rows) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        out.println(line(headers.toArray(String[]::new), w));
        for (String[] r : rows) {
            out.println(line(r, w));
        }
    }

    private static String line(String[] cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            b.append(cells[i]);
            if (i < cells.length - 1) {
                b.append(" ".repeat(w[i] - cells[i].length() + 2));
            }
        }
        return b.toString().stripTrailing();
    }

    @Override
    public String toString() {
        return "Table" + headers + " x " + rows.size() + " " + Arrays.toString(rows.isEmpty() ? new String[0] : rows.get(0));
    }
}
