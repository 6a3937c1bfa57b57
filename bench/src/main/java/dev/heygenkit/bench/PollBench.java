package dev.heygenkit.bench;

import dev.heygenkit.HeyGen;
import dev.heygenkit.PollSchedule;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.internal.render.Estimate;
import dev.heygenkit.internal.render.RenderHistory;
import dev.heygenkit.internal.render.Waiter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The waiter's polling against HeyGen's own CLI (first poll at once, then 2 s doubling to 30 s), on a virtual clock
 * with the real {@link Waiter} and {@link PollSchedule#defaults()}. Each cell is a render time T0 (1-20 min) and a
 * script length (10-300 words); its renders take T0 times a log-normal factor (σ 0.25, so about half land within
 * ±17 %), and the kit either learns T0 from ten earlier renders of the cell through {@link RenderHistory} or, on a
 * first render, knows nothing but the rule of thumb. Per cell: mean requests per render and median detection delay
 * (poll that sees {@code completed} minus the moment it completed), kit ÷ CLI.
 */
final class PollBench {
    private static final int[] MINUTES = {1, 2, 5, 10, 20};
    private static final int[] WORDS = {10, 50, 150, 300};
    private static final double SIGMA = 0.25;
    private static final int HISTORY = 10;

    /** A client that never sends: the waiter wants one, the bench's targets read the virtual clock instead. */
    private static final HeyGen UNUSED = HeyGen.builder().apiKey("bench").baseUrl("http://127.0.0.1:9").noJournal().build();

    private final Bench bench;
    private final int renders;

    PollBench(Bench bench, boolean quick) {
        this.bench = bench;
        this.renders = quick ? 100 : 2000;
    }

    void run() {
        for (boolean learnt : new boolean[] {true, false}) {
            double worstRequests = 0;
            double worstDelay = 0;
            double sumRequests = 0;
            double sumDelay = 0;
            List<String> cells = new ArrayList<>();
            for (int minutes : MINUTES) {
                for (int words : WORDS) {
                    double[] r = cell(minutes * 60.0, words, learnt, 1, new Random(minutes * 1000L + words));
                    double requests = r[0] / r[1];
                    double delay = r[2] / r[3];
                    worstRequests = Math.max(worstRequests, requests);
                    worstDelay = Math.max(worstDelay, delay);
                    sumRequests += requests;
                    sumDelay += delay;
                    cells.add(String.format(Locale.ROOT, "%dm/%dw %.2f/%.2f", minutes, words, requests, delay));
                }
            }
            int n = MINUTES.length * WORDS.length;
            double avgRequests = sumRequests / n;
            double avgDelay = sumDelay / n;
            System.err.println((learnt ? "poll (history): " : "poll (first): ") + String.join(", ", cells));
            String what = learnt
                    ? "waiter vs the official CLI's schedule, render times 1-20 min x scripts 10-300 words, estimate learnt "
                    + "from 10 earlier renders: worst cell requests / median delay (grid average in kit column)"
                    : "the same grid on a first render (no history: the rule of thumb only)";
            String kit = String.format(Locale.ROOT, "avg %.2f / %.2f", avgRequests, avgDelay);
            String base = String.format(Locale.ROOT, "worst %.2f / %.2f", worstRequests, worstDelay);
            boolean met = worstRequests <= 1.0 && worstDelay <= 1.0 && (!learnt || Math.min(avgRequests, avgDelay) <= 0.7);
            bench.add(learnt ? "poll-learnt" : "poll-first", what, kit, base, Math.max(worstRequests, worstDelay),
                    learnt ? "<= 1.0 both in every cell; <= 0.7 on one averaged" : "<= 1.0 both in every cell", met);
        }
        drift();
    }

    /**
     * The learnt grid again with a history that no longer fits: renders now take 0.7x or 1.3x what the journal says
     * (a plan change, a busy week). Requests stay within the CLI's by construction; the row shows what it costs.
     */
    void drift() {
        double worstRequests = 0;
        double worstDelay = 0;
        for (double drift : new double[] {0.7, 1.3}) {
            for (int minutes : MINUTES) {
                for (int words : WORDS) {
                    double[] r = cell(minutes * 60.0, words, true, drift, new Random(minutes * 1000L + words));
                    worstRequests = Math.max(worstRequests, r[0] / r[1]);
                    worstDelay = Math.max(worstDelay, r[2] / r[3]);
                }
            }
        }
        bench.add("poll-drift", "the learnt grid when renders now take 0.7x or 1.3x what history says: worst cell "
                        + "requests / median delay vs the CLI", String.format(Locale.ROOT, "worst %.2f / %.2f", worstRequests,
                        worstDelay), "CLI 1.00 / 1.00", Math.max(worstRequests, worstDelay), "requests <= 1.0 in every cell",
                worstRequests <= 1.0);
    }

    /**
     * Mean requests and median delay for the kit and the CLI in one cell: {kitRequests, cliRequests, kitDelay,
     * cliDelay}. History comes from renders {@code drift} times as fast as today's ({@code 1} when nothing changed).
     */
    private double[] cell(double seconds, int words, boolean learnt, double drift, Random random) {
        double length = words / 2.5;
        List<RenderHistory.Sample> history = new ArrayList<>();
        for (int i = 0; i < HISTORY; i++) {
            history.add(new RenderHistory.Sample(Instant.EPOCH, "b", "a", "avatar", length, draw(seconds / drift, random)));
        }
        Estimate estimate = learnt
                ? RenderHistory.estimate(history, "b", "a", "avatar", Duration.ofMillis(Math.round(length * 1000)))
                : new Estimate(Duration.ofSeconds(Math.round(60 + 10 * length)), Estimate.Basis.GUESS, 0);
        double[] kitRequests = new double[renders];
        double[] cliRequests = new double[renders];
        double[] kitDelay = new double[renders];
        double[] cliDelay = new double[renders];
        for (int i = 0; i < renders; i++) {
            double done = draw(seconds, random);
            double[] kit = kit(done, estimate, random.nextLong());
            double[] cli = cli(done);
            kitRequests[i] = kit[0];
            kitDelay[i] = kit[1];
            cliRequests[i] = cli[0];
            cliDelay[i] = cli[1];
        }
        return new double[] {mean(kitRequests), mean(cliRequests), median(kitDelay), median(cliDelay)};
    }

    private static double draw(double seconds, Random random) {
        return seconds * Math.exp(random.nextGaussian() * SIGMA);
    }

    /** The real waiter on a virtual clock: requests made and seconds from completion to the poll that saw it. */
    private static double[] kit(double done, Estimate estimate, long seed) {
        VirtualClock clock = new VirtualClock();
        int[] requests = {0};
        Random jitter = new Random(seed);
        Waiter waiter = new Waiter(UNUSED.videos(), clock, clock::advance, PollSchedule.defaults(), jitter::nextDouble);
        Waiter.Target<String> target = new Waiter.Target<>() {
            @Override
            public String read() {
                requests[0]++;
                return clock.seconds() >= done ? "completed" : "processing";
            }

            @Override
            public String status(String value) {
                return value;
            }

            @Override
            public boolean isFinal(String status) {
                return status.equals("completed");
            }

            @Override
            public ProgressEvent changed(String from, String to, Duration elapsed) {
                return new ProgressEvent.Note(to);
            }

            @Override
            public ProgressEvent polled(String status, Duration elapsed, Duration estimate, Duration nextPoll) {
                return new ProgressEvent.Note(status);
            }

            @Override
            public ProgressEvent finished(String status, Duration elapsed) {
                return new ProgressEvent.Note(status);
            }

            @Override
            public RuntimeException timedOut(String status, Duration waited) {
                return new IllegalStateException("timed out");
            }

            @Override
            public RuntimeException interrupted(String status, Throwable cause) {
                return new IllegalStateException("interrupted", cause);
            }

            @Override
            public String describe() {
                return "bench";
            }
        };
        waiter.await(target, VideoStatus.WAITING.value(), Duration.ofHours(3), estimate, e -> { });
        return new double[] {requests[0], clock.seconds() - done};
    }

    /** HeyGen's CLI: polls at 0, 2, 6, 14, 30, then every 30 s. */
    private static double[] cli(double done) {
        double t = 0;
        double wait = 2;
        int requests = 1;
        while (t < done) {
            t += wait;
            wait = Math.min(wait * 2, 30);
            requests++;
        }
        return new double[] {requests, t - done};
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** A clock that moves only when the waiter sleeps. */
    private static final class VirtualClock extends Clock {
        private long nanos;

        void advance(Duration d) {
            nanos += d.toNanos();
        }

        double seconds() {
            return nanos / 1e9;
        }

        @Override
        public Instant instant() {
            return Instant.EPOCH.plusNanos(nanos);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
