package dev.heygenkit.internal.render;

import dev.heygenkit.PollSchedule;

import java.time.Duration;

/**
 * When the waiter polls next. The {@link PollSchedule}'s grid (by default HeyGen's own CLI: 0, 2, 6, 14, 30 s, then
 * every 30 s) is the budget: the n-th poll never comes before the grid's n-th, so no wait ever sends more requests by
 * any moment than the grid. Within that budget:
 * <ol>
 *   <li>Without an estimate worth acting on, polls keep the grid's times from the point its waits settle, plus one
 *       early check for quick failures: 0, 6, 30, 60 s … . Detection is never later than the grid's, and the early
 *       polls a real render cannot use are saved.</li>
 *   <li>With one (the server's word, this account's history, the caller's), the expected end E has a window around it
 *       ({@code E·e^-0.5} to {@code E·e^0.5}; the server's word is nearly exact, so its window opens just past E, by a
 *       twentieth of it or at most a second). Before the window, polls come
 *       at most four times plus the early check; inside it, the requests saved so far plus the grid's own are spread
 *       over three quarters of what is left of it; after it, waits grow again by half the time past it, up to the
 *       cap.</li>
 * </ol>
 * Planned waits come up to {@code jitter} earlier, never later. {@code bench/} measures this against the grid over
 * render times of 1-20 minutes.
 */
final class PollPlan {
    private static final double SPREAD = 0.25;
    private static final int POLLS_BEFORE_WINDOW = 4;
    private static final double WINDOW_USE = 0.75;

    private final PollSchedule schedule;
    private final Estimate estimate;

    PollPlan(PollSchedule schedule, Estimate estimate) {
        this.schedule = schedule;
        this.estimate = estimate == null ? Estimate.NONE : estimate;
    }

    /**
     * The wait before the next poll.
     *
     * @param polls   polls made so far (at least 1: the first is at once)
     * @param elapsed time since waiting began
     * @param uniform a uniform random number in [0, 1) for the jitter
     */
    Duration next(int polls, Duration elapsed, double uniform) {
        double t = elapsed.toMillis();
        double at = estimate.meaningful() ? planned(polls, t, estimate.time().toMillis(), uniform) : gridPlan(polls, t);
        double earliest = schedule.gridMillis(polls);
        return Duration.ofMillis(Math.max(1, Math.round(Math.max(at, earliest) - t)));
    }

    /** No estimate: the early check, then the grid's settled times. */
    private double gridPlan(int polls, double t) {
        double early = schedule.early().toMillis();
        double settled = schedule.settledMillis();
        if (polls == 1 && early > 0 && early < settled) {
            return early;
        }
        int n = Math.max(schedule.gridCount(Math.max(t + schedule.initial().toMillis() / 2.0, settled - 1)), polls);
        return schedule.gridMillis(n);
    }

    /** An estimate: sparse before the window around the expected end, dense inside, growing after. */
    private double planned(int polls, double t, double expected, double uniform) {
        boolean server = estimate.basis() == Estimate.Basis.SERVER;
        // The server's word is close to exact: the window opens just past it. Other estimates spread both ways.
        double from = server ? expected + Math.min(expected / 20, 1000) : expected * Math.exp(-2 * SPREAD);
        double to = server ? from + Math.max(expected / 10, schedule.initial().toMillis()) : expected * Math.exp(2 * SPREAD);
        double shorter = 1 - schedule.jitter() * uniform;
        double early = schedule.early().toMillis();
        if (t < from - 1) {
            if (polls == 1 && early > t && early < from) {
                return early;
            }
            // Evenly spaced, at least a cap apart, the last one opening the window (not moved: it is placed best).
            double wait = Math.max(schedule.cap().toMillis(), from / POLLS_BEFORE_WINDOW);
            double steps = Math.max(1, Math.floor((from - t) / wait));
            return steps == 1 ? from : t + (from - t) / steps * shorter;
        }
        if (t < to) {
            int allowed = Math.max(1, schedule.gridCount(to) - polls);
            return t + (to - t) / allowed * WINDOW_USE * shorter;
        }
        double wait = Math.min(schedule.cap().toMillis(), schedule.initial().toMillis() + (t - to) / 2);
        return t + wait * shorter;
    }
}
