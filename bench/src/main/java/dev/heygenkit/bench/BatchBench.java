package dev.heygenkit.bench;

import dev.heygenkit.Avatar;
import dev.heygenkit.Batch;
import dev.heygenkit.BatchResult;
import dev.heygenkit.HeyGen;
import dev.heygenkit.PollSchedule;
import dev.heygenkit.sandbox.RecordedRequest;
import dev.heygenkit.sandbox.Sandbox;

import java.io.BufferedReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Batch benchmarks on a sandbox that admits R creates per second: throughput against the bound rows/R, bulk status
 * coverage against one GET per video, heap at the harness's -Xmx256m, and a resume that reads the journal once.
 */
final class BatchBench {
    private static final double RATE = 500;

    private final Bench bench;
    private final boolean quick;

    BatchBench(Bench bench, boolean quick) {
        this.bench = bench;
        this.quick = quick;
    }

    void run() throws Exception {
        int rows = quick ? 1_000 : 10_000;
        Path dir = Files.createTempDirectory("bench-batch");
        Path csv = dir.resolve("rows.csv");
        StringBuilder b = new StringBuilder("first_name,company\n");
        for (int i = 1; i <= rows; i++) {
            b.append("Name").append(i).append(",Company ").append(i % 97).append('\n');
        }
        Files.writeString(csv, b);
        try (Sandbox sb = Sandbox.builder().clockSpeed(3000).createRate(RATE).creditBalance(1e9).start()) {
            HeyGen client = HeyGen.builder().apiKey("bench").baseUrl(sb.baseUri().toString()).noJournal()
                    .pollSchedule(new PollSchedule(Duration.ofMillis(250), 1.5, Duration.ofSeconds(1), Duration.ZERO, 0))
                    .build();
            Batch batch = Batch.of(Avatar.look("anna").say("Hi {{first_name}}, thanks for choosing {{company}}."))
                    .rows(csv).concurrency(4);
            resetPeaks();
            long start = System.nanoTime();
            BatchResult r = batch.run(client, dir.resolve("out"), e -> { });
            double seconds = (System.nanoTime() - start) / 1e9;
            double bound = rows / RATE;
            boolean all = r.completed().size() == rows;
            bench.add("batch-throughput", String.format(Locale.ROOT, "%,d rows on a sandbox admitting %.0f creates/s: "
                            + "wall time vs the bound rows/R (ratio = bound / wall)", rows, RATE),
                    String.format(Locale.ROOT, "%.1f s", seconds), String.format(Locale.ROOT, "%.1f s", bound),
                    bound / seconds, "ratio >= 0.9 and every row completed", all && bound / seconds >= 0.9);
            statusCoverage(sb, r);
            long peak = peakHeap();
            bench.add("batch-heap", String.format(Locale.ROOT, "peak heap of the %,d-row run (sandbox in the same JVM) "
                    + "within -Xmx", rows), mib(peak), mib(Runtime.getRuntime().maxMemory()),
                    (double) peak / Runtime.getRuntime().maxMemory(), "completes within -Xmx256m", all);
            resume(batch, client, dir, rows);
        }
    }

    /** Videos covered per bulk status call, against one GET per video per round. */
    private void statusCoverage(Sandbox sb, BatchResult r) {
        long calls = 0;
        long covered = 0;
        for (RecordedRequest q : sb.requests()) {
            if (!q.path().equals("/v3/videos/statuses")) {
                continue;
            }
            calls++;
            String query = q.query() == null ? "" : q.query();
            for (String part : query.split("&")) {
                if (part.startsWith("video_ids=")) {
                    covered += part.substring(10).split("%2C|,").length;
                } else if (part.startsWith("batch_ids=")) {
                    covered += 100L * part.substring(10).split("%2C|,").length;
                }
            }
        }
        double perVideo = calls == 0 ? 0 : (double) calls / Math.max(1, covered);
        bench.add("batch-status-calls", "status requests per video per polling round (bulk statuses) vs one GET per "
                        + "video (1.0)", String.format(Locale.ROOT, "%.4f", perVideo), "1.0000", perVideo,
                "kit <= 0.02", perVideo <= 0.02 && calls > 0);
    }

    /** Running the finished batch again: the journal is read once and nothing is sent, vs one pass over the journal. */
    private void resume(Batch batch, HeyGen client, Path dir, int rows) throws Exception {
        Path journal = dir.resolve("out/batch.jsonl");
        long start = System.nanoTime();
        BatchResult again = batch.run(client, dir.resolve("out"), e -> { });
        double kit = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        long lines = 0;
        try (BufferedReader in = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            while (in.readLine() != null) {
                lines++;
            }
        }
        double pass = (System.nanoTime() - start) / 1e6;
        bench.add("batch-resume", String.format(Locale.ROOT, "re-running the finished %,d-row batch (plan, one journal pass "
                        + "of %,d lines, manifest) vs reading the journal's lines once", rows, lines),
                String.format(Locale.ROOT, "%.0f ms", kit), String.format(Locale.ROOT, "%.0f ms", pass), kit / pass,
                "nothing re-sent; completes", again.completed().size() == rows);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1048576.0);
    }
}
