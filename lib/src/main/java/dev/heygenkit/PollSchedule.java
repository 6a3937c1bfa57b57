package dev.heygenkit;

import java.time.Duration;

/**
 * How often a render is polled. The numbers describe a <em>reference grid</em>: polls at 0, {@code initial}, then
 * waits growing by {@code factor} up to {@code cap} (the defaults are HeyGen's own CLI: 0 s, 2 s, 6 s, 14 s, 30 s,
 * then every 30 s). The waiter never makes its n-th poll before the grid's n-th, so a wait never sends more requests
 * by any moment than the grid would; it spends them better. Without a useful estimate it keeps the grid's times but
 * skips the early polls a render cannot use, except one at {@code early} that catches quick failures. With an
 * estimate from the server or this account's history it polls sparsely until the render could be done and densely
 * around the expected end, using the requests it saved.
 *
 * <pre>{@code PollSchedule.defaults()   // grid 0, 2, 6, 14, 30, 60 s …; early check at 6 s; planned polls up to 20 % early}</pre>
 *
 * @param initial first wait of the grid
 * @param factor  growth of the grid's waits, at least 1
 * @param cap     longest wait of the grid
 * @param early   time of the one early poll that catches quick failures; zero for none
 * @param jitter  in [0, 1): planned polls come up to this fraction of their wait earlier (never later), so waiters
 *                started together drift apart
 */
public record PollSchedule(Duration initial, double factor, Duration cap, Duration early, double jitter) {
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
        if (early == null || early.isNegative()) {
            throw new IllegalArgumentException("early poll time " + early + " must not be negative");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("poll jitter " + jitter + " must be in [0, 1)");
        }
    }

    /** The official CLI's grid (2 s doubling to 30 s), an early check at 6 s, up to 20 % early. */
    public static PollSchedule defaults() {
        return new PollSchedule(Duration.ofSeconds(2), 2, Duration.ofSeconds(30), Duration.ofSeconds(6), 0.2);
    }

    /** A copy with another jitter; 0 makes the schedule exact. */
    public PollSchedule jitter(double value) {
        return new PollSchedule(initial, factor, cap, early, value);
    }

    /** A copy with another cap. */
    public PollSchedule cap(Duration value) {
        return new PollSchedule(initial, factor, value, early, jitter);
    }

    /**
     * The plain back-off wait after {@code n} quiet rounds: {@code initial} times {@code factor}<sup>n</sup>, at most
     * {@code cap}, up to {@code jitter} shorter. Batches pace their bulk status rounds with it.
     *
     * @param uniform a uniform random number in [0, 1) for the jitter
     */
    public Duration delay(int n, double uniform) {
        double base = Math.min(initial.toMillis() * Math.pow(factor, Math.min(Math.max(n, 0), 60)), cap.toMillis());
        return Duration.ofMillis(Math.max(1, Math.round(base * (1 - jitter * uniform))));
    }

    /** Milliseconds from the start of waiting to the grid's poll number {@code n} (0-based; poll 0 is at once). */
    public double gridMillis(int n) {
        double[] ramp = ramp();
        int last = ramp.length - 1;
        return n <= last ? ramp[Math.max(n, 0)] : ramp[last] + (double) (n - last) * step();
    }

    /** How many grid polls happen at or before {@code millis} after the start of waiting. */
    public int gridCount(double millis) {
        if (millis < 0) {
            return 0;
        }
        double[] ramp = ramp();
        int last = ramp.length - 1;
        if (millis >= ramp[last]) {
            return last + 1 + (int) Math.floor((millis - ramp[last]) / step());
        }
        int n = 0;
        while (ramp[n] <= millis) {
            n++;
        }
        return n;
    }

    /** When the grid's waits stop growing: from here on its polls are evenly spaced. */
    public double settledMillis() {
        double[] ramp = ramp();
        return ramp[ramp.length - 1];
    }

    /** The grid's times while its waits still grow, starting with 0. */
    private double[] ramp() {
        double[] times = new double[64];
        int n = 1;
        double wait = initial.toMillis();
        while (factor > 1 && wait < cap.toMillis() && n < times.length) {
            times[n] = times[n - 1] + wait;
            wait = Math.min(wait * factor, cap.toMillis());
            n++;
        }
        return java.util.Arrays.copyOf(times, n);
    }

    /** The grid's wait once it stops growing. */
    private double step() {
        return factor > 1 ? cap.toMillis() : initial.toMillis();
    }
}
