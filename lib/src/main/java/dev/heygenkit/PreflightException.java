package dev.heygenkit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Preflight found problems before anything was paid for: every problem is listed, each naming the value and the fix.
 * Nothing was sent to {@code POST /v3/videos}.
 *
 * <pre>{@code try { spec.render(client); } catch (PreflightException e) { e.problems().forEach(System.err::println); }}</pre>
 */
public class PreflightException extends HeyGenException {
    private final List<Problem> problems;
    private final List<Problem> warnings;

    /** Creates the error from the problems found (errors) and the warnings that came with them. */
    public PreflightException(List<Problem> problems, List<Problem> warnings) {
        super("preflight_failed", message(problems), "Fix the values named above; nothing was sent and no credit was spent.");
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    private static String message(List<Problem> problems) {
        String list = problems.stream().map(Problem::message).collect(Collectors.joining("; "));
        return (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + " before submitting: " + list;
    }

    /** The errors that stopped the render, in the order found. */
    public List<Problem> problems() {
        return problems;
    }

    /** Warnings found alongside, which alone would not have stopped the render. */
    public List<Problem> warnings() {
        return warnings;
    }

    /** Whether a problem with this code was found. */
    public boolean has(String code) {
        return problems.stream().anyMatch(p -> p.code().equals(code));
    }

    /** How serious a problem is: errors stop the render, warnings are reported as progress. */
    public enum Severity {
        /** Stops the render before any credit is spent. */
        ERROR,
        /** Reported, but the render goes ahead. */
        WARNING
    }

    /**
     * One problem found by preflight.
     *
     * @param severity error or warning
     * @param code     stable machine-readable code, e.g. {@code voice_settings_speed}
     * @param param    the request field it concerns, e.g. {@code scenes[1].input.voice_settings.speed}, or null
     * @param message  one line naming the value and what to do
     */
    public record Problem(Severity severity, String code, String param, String message) {
        /** Checks the parts. */
        public Problem {
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            message = shortenLongWords(message);
        }

        /**
         * Cuts any run of more than 120 characters without a space (a pasted id, a URL, a value from a file) to its
         * first 60, saying how long it was, so one hostile value cannot make a message kilobytes long.
         */
        static String shortenLongWords(String text) {
            if (text.length() <= 120) {
                return text;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S{121,}").matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                        m.group().substring(0, 60) + "…(" + m.group().length() + " characters)"));
            }
            m.appendTail(out);
            return out.toString();
        }

        /** An error: the render does not go ahead. */
        public static Problem error(String code, String param, String message) {
            return new Problem(Severity.ERROR, code, param, message);
        }

        /** A warning: reported, the render goes ahead. */
        public static Problem warning(String code, String param, String message) {
            return new Problem(Severity.WARNING, code, param, message);
        }

        /** Whether this problem stops the render. */
        public boolean isError() {
            return severity == Severity.ERROR;
        }

        /** The same problem as a warning (used for codes the spec chose to ignore). */
        public Problem asWarning() {
            return new Problem(Severity.WARNING, code, param, message);
        }

        @Override
        public String toString() {
            return (isError() ? "error" : "warning") + " [" + code + (param == null ? "" : " " + param) + "] " + message;
        }
    }
}
