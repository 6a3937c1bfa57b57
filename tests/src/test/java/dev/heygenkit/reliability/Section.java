package dev.heygenkit.reliability;

import java.util.ArrayList;
import java.util.List;

/**
 * One part of RELIABILITY.md: a table whose rows were measured by running cases, the figures above it, and the test
 * class that asserts the same rows in the normal build.
 */
final class Section {
    /** A measured row: its cells, and why it is BAD (null when it behaved). */
    record Row(String id, List<String> cells, String bad) {
        boolean isBad() {
            return bad != null;
        }
    }

    final String title;
    final String testClass;
    final List<String> headers;
    final List<Row> rows = new ArrayList<>();
    final List<String> figures = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    Section(String title, Class<?> testClass, String... headers) {
        this.title = title;
        this.testClass = testClass.getSimpleName();
        this.headers = List.of(headers);
    }

    Section row(String id, String bad, String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row " + id + " has " + cells.length + " cells for " + headers.size() + " headers");
        }
        rows.add(new Row(id, List.of(cells), bad));
        return this;
    }

    Section figure(String line) {
        figures.add(line);
        return this;
    }

    Section note(String line) {
        notes.add(line);
        return this;
    }

    List<Row> badRows() {
        return rows.stream().filter(Row::isBad).toList();
    }

    /** The section as Markdown: heading, figures, table, notes. */
    String markdown() {
        StringBuilder sb = new StringBuilder("## ").append(title).append("\n\n");
        sb.append("Asserted by `").append(testClass).append("` in the normal build.\n\n");
        for (String f : figures) {
            sb.append("- ").append(f).append('\n');
        }
        if (!figures.isEmpty()) {
            sb.append('\n');
        }
        if (!rows.isEmpty()) {
            sb.append('|').append(String.join("|", headers)).append("|\n|");
            sb.append("---|".repeat(headers.size())).append('\n');
            for (Row r : rows) {
                sb.append('|');
                for (String c : r.cells()) {
                    sb.append(cell(c)).append('|');
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        for (String n : notes) {
            sb.append(n).append("\n\n");
        }
        return sb.toString();
    }

    /** A table cell: one line, pipes and control characters made harmless, at most 160 characters. */
    static String cell(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 160; i++) {
            char c = s.charAt(i);
            if (c == '|') {
                b.append("\\|");
            } else if (c == '\n' || c == '\r' || c == '\t') {
                b.append(' ');
            } else if (Character.isISOControl(c) || (c >= 0x80 && c < 0xA0)) {
                b.append(String.format("\\x%02X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.length() >= 160 ? b.append('…').toString() : b.toString();
    }
}
