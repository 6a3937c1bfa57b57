package dev.heygenkit.bench;

import java.util.Arrays;

/** Timing of one piece of work: warm-up rounds, then measured rounds, reported as median and p90 per operation. */
final class Measure {
    /** Work to time; returns something so the JIT cannot drop it. */
    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    /** Median and 90th percentile nanoseconds per operation. */
    record Result(double medianNanos, double p90Nanos, int rounds) {
        double medianMillis() {
            return medianNanos / 1e6;
        }
    }

    static volatile Object sink;

    private Measure() {
    }

    /** Runs {@code warmup} unmeasured and {@code rounds} measured rounds of {@code opsPerRound} operations each. */
    static Result time(int warmup, int rounds, int opsPerRound, Work work) throws Exception {
        for (int i = 0; i < warmup; i++) {
            for (int j = 0; j < opsPerRound; j++) {
                sink = work.run();
            }
        }
        double[] perOp = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            for (int j = 0; j < opsPerRound; j++) {
                sink = work.run();
            }
            perOp[i] = (System.nanoTime() - t0) / (double) opsPerRound;
        }
        Arrays.sort(perOp);
        return new Result(perOp[rounds / 2], perOp[Math.min(rounds - 1, (int) Math.ceil(rounds * 0.9) - 1)], rounds);
    }

    /** Runs kit and baseline rounds interleaved so machine load affects both alike; returns {kit, baseline}. */
    static Result[] pair(int warmup, int rounds, int opsPerRound, Work kit, Work baseline) throws Exception {
        time(warmup, 1, opsPerRound, kit);
        time(warmup, 1, opsPerRound, baseline);
        double[] k = new double[rounds];
        double[] b = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            k[i] = time(0, 1, opsPerRound, kit).medianNanos();
            b[i] = time(0, 1, opsPerRound, baseline).medianNanos();
        }
        return new Result[]{summarise(k), summarise(b)};
    }

    private static Result summarise(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return new Result(v[v.length / 2], v[Math.min(v.length - 1, (int) Math.ceil(v.length * 0.9) - 1)], v.length);
    }
}
