package dev.heygenkit.sandbox;

import java.time.Instant;

/**
 * Something that moves forward on the sandbox clock (renders, batches, and later trainings). {@link Clockwork} calls
 * every settler in order, holding the world's monitor, each time a request arrives or time is advanced.
 */
@FunctionalInterface
interface Settler {
    /** Brings this part of the world up to {@code now}; events it emits are delivered after the lock is released. */
    void settle(Instant now);
}
