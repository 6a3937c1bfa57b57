package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a speaker says, in steps: text from {@code say} and pauses from {@code pause}, joined with single spaces so
 * every {@code <break time="…s"/>} has whitespace on both sides.
 *
 * @param parts {@link String} and {@link Duration} values in order
 */
record Script(List<Object> parts) {
    static final Script EMPTY = new Script(List.of());

    Script {
        parts = List.copyOf(parts);
    }

    Script say(String text) {
        Objects.requireNonNull(text, "text");
        List<Object> p = new ArrayList<>(parts);
        p.add(text);
        return new Script(p);
    }

    Script pause(Duration d) {
        Objects.requireNonNull(d, "pause");
        List<Object> p = new ArrayList<>(parts);
        p.add(d);
        return new Script(p);
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The script text sent to the API, or null when nothing was said. */
    String text() {
        if (parts.isEmpty()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object o : parts) {
            String piece = o instanceof Duration d ? "<break time=\"" + Dsl.seconds(d) + "\"/>" : ((String) o).strip();
            if (!piece.isEmpty()) {
                out.add(piece);
            }
        }
        return String.join(" ", out);
    }

    /** The steps that recreate it, e.g. {@code .say("A").pause(Duration.ofSeconds(1)).say("B")}. */
    String expr() {
        StringBuilder b = new StringBuilder();
        for (Object o : parts) {
            b.append(o instanceof Duration d ? ".pause(" + Dsl.duration(d) + ")" : ".say(" + Dsl.str((String) o) + ")");
        }
        return b.toString();
    }

    /** Pauses that cannot be written as a break. */
    void problems(String param, String label, List<Problem> out) {
        for (Object o : parts) {
            if (o instanceof Duration d && (d.isNegative() || d.toMillis() <= 0)) {
                out.add(Problem.error(ProblemCodes.PAUSE_INVALID, param, label + "pause " + Dsl.duration(d) + " is not positive; "
                        + "use e.g. .pause(Duration.ofMillis(500))"));
            }
        }
    }
}
