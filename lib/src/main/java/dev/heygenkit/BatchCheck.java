package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;

import java.util.List;

/**
 * Everything wrong with a batch before it runs: problems with the data file and with each row (local checks, and
 * checks against the API when a client was given), each naming its row and, where a placeholder filled the field, its
 * column. Nothing was sent and no credit spent.
 *
 * @param rows   data rows read
 * @param valid  rows without errors
 * @param issues every problem, data-level ones (row 0) first
 */
public record BatchCheck(int rows, int valid, List<Issue> issues) {
    /** Copies the list. */
    public BatchCheck {
        issues = List.copyOf(issues);
    }

    /**
     * One problem and where it is.
     *
     * @param row     1-based data row, or 0 for the data or spec as a whole
     * @param column  the column involved, or null
     * @param problem code, field and message (the message starts with the row and column)
     */
    public record Issue(int row, String column, Problem problem) {
        /** Whether the row cannot be submitted because of it. */
        public boolean isError() {
            return problem.isError();
        }

        @Override
        public String toString() {
            return (problem.isError() ? "error " : "warning ") + problem.code() + ": " + problem.message();
        }
    }

    /** Whether every row can be submitted. */
    public boolean isOk() {
        return issues.stream().noneMatch(Issue::isError);
    }

    /** The errors only. */
    public List<Issue> errors() {
        return issues.stream().filter(Issue::isError).toList();
    }

    /** The warnings only. */
    public List<Issue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }

    /** A summary line and up to 20 problems, one per line. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("BatchCheck[" + rows + " rows, " + valid + " valid, " + errors().size()
                + " errors, " + warnings().size() + " warnings]");
        issues.stream().limit(20).forEach(i -> b.append('\n').append("  ").append(i));
        if (issues.size() > 20) {
            b.append("\n  … and ").append(issues.size() - 20).append(" more");
        }
        return b.toString();
    }
}
