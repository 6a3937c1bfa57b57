package dev.heygenkit.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The question before a permanent delete: asked at a terminal; without one, a script must pass {@code --force}. */
final class Confirm {
    private Confirm() {
    }

    /**
     * Whether to delete {@code what} (e.g. {@code video 9f3a}): true with {@code force}; at a terminal, when the answer
     * starts with y (else "not deleted" is printed); otherwise a usage error, so a script never deletes by accident.
     */
    static boolean delete(Io io, String what, boolean force) {
        return delete(io, what, what, force);
    }

    /** {@link #delete(Io, String, boolean)} naming the things {@code ids} in the refusal and {@code what} in the question. */
    static boolean delete(Io io, String what, String ids, boolean force) {
        if (force) {
            return true;
        }
        if (!io.terminal()) {
            throw new Durations.UsageException("refusing to delete " + ids + " without confirmation: not at a terminal; add --force");
        }
        io.err().print("Delete " + what + " permanently? [y/N] ");
        io.err().flush();
        String answer;
        try {
            answer = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the answer: " + e.getMessage(), e);
        }
        if (answer == null || !answer.trim().toLowerCase(Locale.ROOT).startsWith("y")) {
            io.err().println("not deleted");
            return false;
        }
        return true;
    }
}
