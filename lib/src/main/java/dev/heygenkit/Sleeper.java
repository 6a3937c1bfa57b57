package dev.heygenkit;

import java.time.Duration;

/** Waits between attempts; tests swap in a recording sleeper so no test sleeps for real. */
@FunctionalInterface
public interface Sleeper {
    /** Blocks for the given time, or throws when the thread is interrupted. */
    void sleep(Duration duration) throws InterruptedException;

    /** Sleeps with {@link Thread#sleep(long)}. */
    static Sleeper system() {
        return d -> Thread.sleep(Math.max(0, d.toMillis()));
    }
}
