package dev.heygenkit.internal.batch;

import dev.heygenkit.PreflightException.Problem;

/**
 * A problem with one data row (or with the data as a whole when {@code row} is 0).
 *
 * @param row     1-based data row, or 0 for the header or the file
 * @param column  the column the problem comes from, or null
 * @param problem the problem; its message already names the row and column
 */
public record RowProblem(int row, String column, Problem problem) {
    /** An error with a message prefixed by where it is. */
    public static RowProblem error(int row, String column, String code, String message) {
        return new RowProblem(row, column, Problem.error(code, column, where(row, column) + message));
    }

    /** A warning with a message prefixed by where it is. */
    public static RowProblem warning(int row, String column, String code, String message) {
        return new RowProblem(row, column, Problem.warning(code, column, where(row, column) + message));
    }

    /** {@code "row 3 (column first_name): "}, {@code "row 3: "} or {@code "header: "}. */
    public static String where(int row, String column) {
        String at = row == 0 ? "data" : "row " + row;
        return column == null ? at + ": " : at + " (column " + column + "): ";
    }

    /** Whether this is an error (the row cannot be submitted). */
    public boolean isError() {
        return problem.isError();
    }
}
