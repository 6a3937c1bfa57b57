package dev.heygenkit.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Moves the world to the current sandbox time: runs the {@link Settler}s in order under the world's monitor, expires
 * idempotency keys, then starts the webhook deliveries that settling queued.
 */
final class Clockwork {
    private final SandboxClock clock;
    private final World world;
    private final List<Settler> settlers;
    private final Idempotency idempotency;
    private final Events events;

    Clockwork(SandboxClock clock, World world, List<Settler> settlers, Idempotency idempotency, Events events) {
        this.clock = clock;
        this.world = world;
        this.settlers = List.copyOf(settlers);
        this.idempotency = idempotency;
        this.events = events;
    }

    Instant now() {
        return clock.now();
    }

    /** The {@code X-Sandbox-Clock} value: speed and current sandbox time. */
    String advertise() {
        return clock.advertise();
    }

    /** Settles everything that became due by now. */
    void settle() {
        Instant now = clock.now();
        synchronized (world) {
            for (Settler s : settlers) {
                s.settle(now);
            }
        }
        idempotency.expire(now);
        events.flush();
    }

    /** Moves sandbox time forward and settles everything that became due. */
    Instant advance(Duration by) {
        Instant now = clock.advance(by);
        settle();
        return now;
    }
}
