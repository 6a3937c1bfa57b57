package dev.heygenkit.internal.batch;

import dev.heygenkit.ProblemCodes;
import dev.heygenkit.internal.render.Suggest;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {{column}}} placeholders in text: filled from one data row, with {@code {{row}}} as the row number. A
 * placeholder that names no column is a problem (with the closest column names), not left in the text.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    /** The built-in placeholder for the 1-based data row number. */
    public static final String ROW = "row";

    private Placeholders() {
    }

    /** Whether the text contains a placeholder. */
    public static boolean present(String text) {
        return text != null && PLACEHOLDER.matcher(text).find();
    }

    /** Every column name the text refers to, in order. */
    public static List<String> names(String text) {
        if (text == null) {
            return List.of();
        }
        return PLACEHOLDER.matcher(text).results().map(m -> m.group(1)).toList();
    }

    /**
     * Problems with placeholders that name no column, found once for the whole batch (row 0) with the closest names.
     *
     * @param texts   field name → text, for every text field of the spec
     * @param columns the data's columns
     */
    public static List<RowProblem> unknown(Map<String, String> texts, java.util.Collection<String> columns) {
        List<RowProblem> out = new java.util.ArrayList<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
        texts.forEach((field, text) -> {
            for (String name : names(text)) {
                if (!columns.contains(name) && !name.equals(ROW) && reported.add(name)) {
                    List<String> close = Suggest.closest(name, columns);
                    out.add(RowProblem.error(0, null, ProblemCodes.PLACEHOLDER_UNKNOWN, "{{" + name + "}} in the "
                            + field + " names no column" + (close.isEmpty() ? "" : "; did you mean {{" + close.get(0)
                            + "}}?") + (close.isEmpty() ? "; the columns are " : " The columns are ")
                            + String.join(", ", columns)));
                }
            }
        });
        return out;
    }

    /**
     * The text with each known placeholder replaced by the row's value (unknown ones are left as they are; see
     * {@link #unknown}); empty cells are reported to {@code problems} naming {@code field}.
     */
    public static String fill(String text, DataTable.Row row, String field, List<RowProblem> problems) {
        if (text == null || text.indexOf("{{") < 0) {
            return text;
        }
        Map<String, String> values = row.values();
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (name.equals(ROW) && !values.containsKey(ROW)) {
                value = Integer.toString(row.number());
            } else if (values.containsKey(name)) {
                value = values.get(name);
                if (value.isBlank()) {
                    problems.add(RowProblem.warning(row.number(), name, ProblemCodes.PLACEHOLDER_EMPTY, "is empty, so {{"
                            + name + "}} in the " + field + " becomes nothing; fill the cell or change the text"));
                }
            } else {
                value = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
