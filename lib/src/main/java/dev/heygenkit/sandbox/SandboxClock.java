package dev.heygenkit.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Sandbox time: real time scaled by the clock speed, or frozen until {@link #advance} (manual mode). */
final class SandboxClock {
    private final boolean manual;
    private final double speed;
    private final Instant origin;
    private final long originNanos;
    private long advancedNanos;
    private Instant pinned;

    SandboxClock(boolean manual, double speed, Instant origin) {
        this.manual = manual;
        this.speed = speed;
        this.origin = origin;
        this.originNanos = System.nanoTime();
    }

    synchronized Instant now() {
        if (pinned != null) {
            return pinned;
        }
        long elapsed = manual ? 0 : (long) ((System.nanoTime() - originNanos) * speed);
        return origin.plusNanos(elapsed + advancedNanos);
    }

    synchronized Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the sandbox clock only moves forward; got " + by);
        }
        advancedNanos += by.toNanos();
        return now();
    }

    /** Stops time at {@code at} until {@link #unpin()}: a restored world replays each change at its own time. */
    synchronized void pin(Instant at) {
        pinned = at;
    }

    /** Lets time run again from where it would be without the pin. */
    synchronized void unpin() {
        pinned = null;
    }

    boolean manual() {
        return manual;
    }

    double speed() {
        return speed;
    }

    /**
     * What every answer advertises in {@code X-Sandbox-Clock}, so a client can convert sandbox time to its own:
     * {@code speed=30.0; now=1767225600.250} (sandbox seconds per real second, or {@code manual}; the sandbox time
     * in Unix seconds).
     */
    String advertise() {
        Instant n = now();
        return "speed=" + (manual ? "manual" : Double.toString(speed)) + "; now=" + n.getEpochSecond() + "."
                + String.format(java.util.Locale.ROOT, "%03d", n.getNano() / 1_000_000);
    }

    /** {@code manual} or the speed, e.g. {@code 30.0x}. */
    String describe() {
        return manual ? "manual" : speed + "x";
    }

    /** ISO-8601 in whole seconds, e.g. {@code 2026-01-05T10:00:00Z}. */
    static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
}
