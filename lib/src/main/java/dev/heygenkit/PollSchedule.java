package dev.heygenkit;

import java.time.Duration;

/**
 * How often a render is polled: the first wait is {@code initial}, each next one {@code factor} times longer, never
 * more than {@code cap}, spread by ±{@code jitter}. With a render-time estimate the cap shrinks to a tenth of it
 * (but not below {@code floor}), so short renders are noticed soon after they finish.
 *
 * <pre>{@code PollSchedule.defaults()   // 2 s, 3 s, 4.5 s, 6.75 s, … capped at 30 s, ±20 %}</pre>
 *
 * @param initial first wait
 * @param factor  growth per poll, at least 1
 * @param cap     longest wait
 * @param floor   the cap never shrinks below this when an estimate is known
 * @param jitter  relative spread in [0, 1), 0.2 for ±20 %
 */
public record PollSchedule(Duration initial, double factor, Duration cap, Duration floor, double jitter) {
    /** Checks the numbers. */
    public PollSchedule {
        if (initial == null || initial.isNegative() || initial.isZero()) {
            throw new IllegalArgumentException("initial poll interval " + initial + " must be positive");
        }
        if (factor < 1) {
            throw new IllegalArgumentException("poll factor " + factor + " must be at least 1");
        }
        if (cap == null || cap.compareTo(initial) < 0) {
            throw new IllegalArgumentException("poll cap " + cap + " must be at least the initial interval " + initial);
        }
        if (floor == null || floor.isNegative()) {
            throw new IllegalArgumentException("poll floor " + floor + " must not be negative");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("poll jitter " + jitter + " must be in [0, 1)");
        }
    }

    /** 2 s, ×1.5, capped at 30 s (10 s floor when an estimate shortens the cap), ±20 % jitter. */
    public static PollSchedule defaults() {
        return new PollSchedule(Duration.ofSeconds(2), 1.5, Duration.ofSeconds(30), Duration.ofSeconds(10), 0.2);
    }

    /** A copy with another jitter; 0 makes the schedule exact. */
    public PollSchedule jitter(double value) {
        return new PollSchedule(initial, factor, cap, floor, value);
    }

    /** A copy with another cap. */
    public PollSchedule cap(Duration value) {
        return new PollSchedule(initial, factor, value, floor, jitter);
    }

    /** The cap in effect for a render expected to take {@code estimate} (null when unknown). */
    public Duration effectiveCap(Duration estimate) {
        if (estimate == null) {
            return cap;
        }
        Duration tenth = estimate.dividedBy(10);
        Duration c = tenth.compareTo(cap) > 0 ? cap : tenth;
        Duration min = floor.compareTo(initial) < 0 ? initial : floor;
        return c.compareTo(min) < 0 ? (min.compareTo(cap) > 0 ? cap : min) : c;
    }

    /**
     * The wait after poll number {@code poll} (0-based).
     *
     * @param poll     how many polls came before
     * @param estimate expected render time, or null
     * @param uniform  a uniform random number in [0, 1) for the jitter
     */
    public Duration delay(int poll, Duration estimate, double uniform) {
        double base = initial.toMillis() * Math.pow(factor, Math.min(poll, 60));
        return spread(Math.min(base, effectiveCap(estimate).toMillis()), uniform);
    }

    /**
     * The wait after poll number {@code poll} when the render is expected to finish {@code expected} after waiting
     * began, an expectation worth acting on (the server's word or the account's history). The next poll never lands
     * much after the expected end: it is moved to just past it (a twentieth of the expectation, at most a second).
     * Once the end has passed, waits start again, short (an eighth of the expectation, at most {@code initial}) and
     * growing by {@code factor}, so a render finishing a little late is seen a little late, not a whole cap late.
     *
     * @param poll     how many polls came before
     * @param expected expected time from the start of waiting until the video finishes, or null
     * @param elapsed  time since waiting began
     * @param uniform  a uniform random number in [0, 1) for the jitter
     */
    public Duration delay(int poll, Duration expected, Duration elapsed, double uniform) {
        if (expected == null || elapsed == null) {
            return delay(poll, expected, uniform);
        }
        Duration toEnd = expected.minus(elapsed);
        if (toEnd.compareTo(Duration.ZERO) > 0) {
            Duration usual = delay(poll, expected, uniform);
            Duration margin = expected.dividedBy(20);
            Duration landing = toEnd.plus(margin.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : margin);
            return usual.compareTo(landing) > 0 ? landing : usual;
        }
        // Past the expected end, with s the time since it, first + (factor - 1) * s is the next term of a geometric
        // series of waits that started there: the schedule restarts without counting polls.
        double first = Math.max(1, Math.min(initial.toMillis(), expected.toMillis() / 8.0));
        double base = first + (factor - 1) * toEnd.negated().toMillis();
        return spread(Math.min(base, effectiveCap(expected).toMillis()), uniform);
    }

    private Duration spread(double millis, double uniform) {
        double spread = 1 + jitter * (2 * uniform - 1);
        return Duration.ofMillis(Math.max(1, Math.round(millis * spread)));
    }
}
