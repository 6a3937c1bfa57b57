package dev.heygenkit.reliability;

import dev.heygenkit.HeyGenException;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One hostile input: where it goes, what it is, and how to run it. Running measures the outcome; the case's
 * expectation only decides whether that outcome is BAD, it never replaces it.
 */
record Hostile(String id, String area, String input, Supplier<Outcome> run) {
    /** What happened: a one-line summary, the exit code (CLI only), requests the server saw, and why it is BAD or null. */
    record Outcome(String text, Integer exit, long requests, String bad) {
        Outcome withBad(String why) {
            return new Outcome(text, exit, requests, bad == null ? why : bad + "; " + why);
        }
    }

    static final long TIMEOUT_SECONDS = 20;

    /** Runs the case on its own daemon thread so one that hangs is reported instead of stalling the build. */
    Outcome measure() {
        FutureTask<Outcome> task = new FutureTask<>(run::get);
        Thread t = new Thread(task, "hostile-" + id);
        t.setDaemon(true);
        t.start();
        try {
            return task.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            t.interrupt();
            return new Outcome("still running after " + TIMEOUT_SECONDS + " s", null, -1, "does not finish within " + TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            return new Outcome("harness error: " + c, null, -1, "the case itself broke: " + c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome("interrupted", null, -1, "interrupted");
        }
    }

    /** One line of an exception: class, code and message, shortened. */
    static String line(Throwable e) {
        String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        String code = e instanceof HeyGenException h ? "(" + h.code() + ")" : "";
        return e.getClass().getSimpleName() + code + ": " + shorten(m);
    }

    static String shorten(String s) {
        return s.length() > 110 ? s.substring(0, 110) + "…" : s;
    }

    /** Why an exception from the library is BAD, or null: it must be a HeyGen or argument error with a short one-line message. */
    static String untyped(Throwable e) {
        boolean typed = e instanceof HeyGenException || e instanceof IllegalArgumentException
                || (e instanceof NullPointerException && e.getMessage() != null && !e.getMessage().startsWith("Cannot invoke"));
        if (!typed) {
            return "untyped " + e.getClass().getSimpleName();
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "no message";
        }
        if (m.length() > 600) {
            return "message of " + m.length() + " chars";
        }
        return null;
    }
}
