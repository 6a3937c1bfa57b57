package dev.heygenkit.kernel;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a failed cell shows: compiler errors with the offending line and a caret under it, runtime exceptions as a short
 * traceback whose frames name the cell and line they came from (not JShell's snippet ids). The traceback lines are kept
 * per exception for the kernel to send.
 */
final class CellErrors {
    private static final int MAX_FRAMES = 12;
    private static final String RED = "\u001b[1;31m";
    private static final String RESET = "\u001b[0m";

    private final JShell jshell;
    private final Map<String, int[]> snippetLines;
    private final Map<Throwable, List<String>> tracebacks;

    /**
     * @param jshell       the session whose diagnostics and dependencies are read
     * @param snippetLines snippet id to {cell, first line}, as the evaluator records them
     * @param tracebacks   where the lines prepared for each thrown exception go
     */
    CellErrors(JShell jshell, Map<String, int[]> snippetLines, Map<Throwable, List<String>> tracebacks) {
        this.jshell = jshell;
        this.snippetLines = snippetLines;
        this.tracebacks = tracebacks;
    }

    /** The exception for a snippet that does not compile, with every error shown under its line. */
    CompilationException compilation(Snippet snippet, String source, int line) {
        List<Diag> errors = jshell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
        if (errors.isEmpty()) {
            String message = "the code does not compile (line " + line + ")";
            return new CompilationException(message, List.of(RED + "CompilationException: " + message + RESET));
        }
        List<String> details = new ArrayList<>();
        String first = null;
        String[] lines = source.split("\n", -1);
        for (Diag diag : errors) {
            int position = (int) Math.max(0, Math.min(diag.getStartPosition(), source.length()));
            int end = (int) Math.max(position, Math.min(diag.getEndPosition(), source.length()));
            int row = newlines(source, 0, position);
            int rowStart = source.lastIndexOf('\n', position - 1) + 1;
            String message = oneLine(diag.getMessage(Locale.ROOT));
            if (first == null) {
                first = message + " (line " + (line + row) + ")";
                details.add(RED + "CompilationException: " + first + RESET);
            } else {
                details.add(RED + "line " + (line + row) + ": " + message + RESET);
            }
            String codeLine = row < lines.length ? lines[row].stripTrailing() : "";
            int col = position - rowStart;
            int width = Math.max(1, Math.min(end, rowStart + codeLine.length()) - position);
            String gutter = String.format(Locale.ROOT, "%4d | ", line + row);
            details.add(gutter + codeLine);
            details.add(" ".repeat(gutter.length() - 2) + "| " + " ".repeat(Math.max(0, col)) + "^".repeat(width));
        }
        return new CompilationException(first, details);
    }

    /** The exception a cell throws for a runtime failure, with its traceback recorded. */
    Exception runtime(JShellException failure, Throwable thrown) {
        List<String> lines = new ArrayList<>();
        Exception toThrow;
        if (failure instanceof UnresolvedReferenceException unresolved) {
            String missing = jshell.unresolvedDependencies(unresolved.getSnippet()).collect(Collectors.joining(", "));
            String message = describe(unresolved.getSnippet()) + " cannot be used until " + missing
                    + " is declared; declare it in a cell first";
            toThrow = new IllegalStateException(message);
            lines.add(RED + "UnresolvedReference: " + message + RESET);
        } else {
            EvalException eval = (EvalException) failure;
            if (thrown instanceof Exception e) {
                toThrow = e;
            } else {
                toThrow = new CellError(thrown != null ? thrown : new Error(eval.getExceptionClassName()));
            }
            appendTrace(lines, eval, false);
        }
        tracebacks.put(toThrow, lines);
        return toThrow;
    }

    private void appendTrace(List<String> lines, EvalException eval, boolean cause) {
        String name = simpleName(eval.getExceptionClassName());
        String message = eval.getMessage() == null ? "" : ": " + eval.getMessage();
        lines.add(cause ? "Caused by: " + name + message : RED + name + message + RESET);
        StackTraceElement[] frames = eval.getStackTrace();
        int limit = cause ? 4 : MAX_FRAMES;
        for (int i = 0; i < frames.length && i < limit; i++) {
            lines.add("    at " + frame(frames[i]));
        }
        if (frames.length > limit) {
            lines.add("    ... " + (frames.length - limit) + " more");
        }
        if (eval.getCause() instanceof EvalException next && next != eval) {
            appendTrace(lines, next, true);
        }
    }

    private String frame(StackTraceElement frame) {
        String file = frame.getFileName();
        if (file != null && file.startsWith("#")) {
            int[] where = snippetLines.get(file.substring(1));
            String place = where == null ? "snippet " + file
                    : "cell " + where[0] + ", line " + (where[1] + Math.max(0, frame.getLineNumber() - 1));
            String who = frame.getClassName().isEmpty() ? "" : frame.getClassName() + ".";
            who += frame.getMethodName();
            return who.isEmpty() ? place : who + " (" + place + ")";
        }
        return frame.toString();
    }

    /** How many line breaks lie between {@code from} and {@code to}. */
    static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /** A compiler message on one line: "cannot find symbol: variable foo", without the location noise. */
    static String oneLine(String message) {
        String[] parts = message.split("\\R");
        StringBuilder out = new StringBuilder(parts[0].strip());
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty() || part.startsWith("location:")) {
                continue;
            }
            out.append(i == 1 ? ": " : ", ").append(part.startsWith("symbol:") ? part.substring(7).strip() : part);
        }
        return out.toString().replaceAll("\\s+", " ");
    }

    /** {@code a.b.C$D} as {@code D}. */
    static String simpleName(String className) {
        int dot = className.lastIndexOf('.');
        String simple = dot < 0 ? className : className.substring(dot + 1);
        int dollar = simple.lastIndexOf('$');
        return dollar < 0 ? simple : simple.substring(dollar + 1);
    }

    /** "method foo", "variable x": how messages name a snippet. */
    static String describe(Snippet snippet) {
        String kind = switch (snippet.kind()) {
            case METHOD -> "method";
            case VAR -> "variable";
            case TYPE_DECL -> "type";
            default -> "code";
        };
        String name = snippet instanceof jdk.jshell.DeclarationSnippet d ? d.name() : snippet.source().strip();
        return kind + " " + name;
    }
}
