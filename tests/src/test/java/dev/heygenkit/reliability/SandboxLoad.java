package dev.heygenkit.reliability;

import dev.heygenkit.HeyGen;
import dev.heygenkit.HttpListener;
import dev.heygenkit.RateLimitException;
import dev.heygenkit.RetryPolicy;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Speaker;
import dev.heygenkit.api.VideoStatusItem;
import dev.heygenkit.sandbox.Sandbox;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 50 clients sharing one key create and poll against one sandbox whose rate limit they exceed, for 60 s
 * ({@code -Dheygen.reliability.loadSeconds=N} shortens it locally; the generator always runs 60 s). Then every video
 * is followed to a terminal status. Counts the configured 429s apart from every other error, and samples the heap.
 */
final class SandboxLoad {
    static final int CLIENTS = 50;
    static final int RATE_LIMIT = 200;
    static final String KEY = "hgk_load_key";

    private SandboxLoad() {
    }

    static long seconds() {
        return Sections.generating() ? 60 : Long.getLong("heygen.reliability.loadSeconds", 60);
    }

    static Section measure() {
        long seconds = seconds();
        Section s = new Section("Sandbox under load", ReliabilityLoadTest.class, "figure", "value");
        AtomicLong requests = new AtomicLong();
        AtomicLong limited = new AtomicLong();
        AtomicLong otherErrors = new AtomicLong();
        Map<String, String> failures = new ConcurrentHashMap<>();
        Set<String> ids = ConcurrentHashMap.newKeySet();
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = retained();
        AtomicLong peak = new AtomicLong(heapBefore);
        try (Sandbox sb = Sandbox.builder().clockSpeed(300).rateLimit(RATE_LIMIT).apiKey(KEY).creditBalance(1_000_000).start()) {
            HttpListener counting = new HttpListener() {
                @Override
                public void onResponse(String method, String path, int status, Duration elapsed, String requestId) {
                    requests.incrementAndGet();
                    if (status == 429) {
                        limited.incrementAndGet();
                    } else if (status >= 400) {
                        otherErrors.incrementAndGet();
                        failures.putIfAbsent(method + " " + path + " " + status, "");
                    }
                }
            };
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            Future<?> sampler = pool.submit(() -> sample(mem, peak, deadline));
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                HeyGen client = HeyGen.builder().apiKey(KEY).baseUrl(sb.baseUri().toString()).noJournal().listener(counting)
                        .retryPolicy(new RetryPolicy(5, Duration.ofMillis(50), Duration.ofSeconds(2), 0.25, Math::random)).build();
                int n = c;
                clients.add(pool.submit(() -> work(client, n, deadline, ids, otherErrors, failures)));
            }
            for (Future<?> f : clients) {
                f.get();
            }
            HeyGen drain = HeyGen.builder().apiKey(KEY).baseUrl(sb.baseUri().toString()).noJournal().listener(counting).build();
            long drainStart = System.nanoTime();
            int open = drain(drain, ids);
            long drainMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - drainStart);
            sampler.cancel(true);
            pool.shutdownNow();
            s.row("duration", null, "load phase", seconds + " s, " + CLIENTS + " clients, one key, sandbox limit " + RATE_LIMIT + " req/s");
            s.row("requests", null, "HTTP answers", requests.get() + " (" + requests.get() / Math.max(1, seconds) + "/s)");
            s.row("videos", null, "videos created", String.valueOf(ids.size()));
            s.row("429", null, "configured 429s (retried with back-off)", String.valueOf(limited.get()));
            s.row("errors", otherErrors.get() == 0 ? null : otherErrors.get() + " errors: " + failures.keySet(),
                    "errors other than the configured 429s", otherErrors.get() + (failures.isEmpty() ? "" : " " + failures.keySet()));
            s.row("terminal", open == 0 ? null : open + " videos never finished", "videos not terminal at the end",
                    open + " (drained in " + drainMs + " ms)");
            long peakMb = peak.get() >> 20;
            System.gc();
            s.row("heap", peakMb < 512 ? null : "peak retained heap " + peakMb + " MB", "peak heap retained after GC "
                    + "(sampled every 100 ms, whole test JVM; limit 512 MB)", peakMb + " MB (" + (heapBefore >> 20) + " MB before, "
                    + (retained() >> 20) + " MB after)");
        } catch (Exception e) {
            throw new IllegalStateException("load run failed: " + e, e);
        }
        return s;
    }

    private static void work(HeyGen client, int n, long deadline, Set<String> ids, AtomicLong errors, Map<String, String> failures) {
        List<String> mine = new ArrayList<>();
        for (int i = 0; System.nanoTime() < deadline; i++) {
            try {
                if (i % 4 == 0) {
                    String id = client.videos().create(AvatarVideoRequest.of("anna", Speaker.saying("Load " + n + "-" + i))).videoId();
                    mine.add(id);
                    ids.add(id);
                } else if (!mine.isEmpty()) {
                    List<String> ask = mine.subList(Math.max(0, mine.size() - 100), mine.size());
                    client.videos().statuses(ask);
                }
            } catch (RateLimitException limitedAfterRetries) {
                // counted by the listener as 429s: the configured limit doing its job
            } catch (RuntimeException e) {
                errors.incrementAndGet();
                failures.putIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(), "");
            }
        }
    }

    /** Follows every video to a terminal status; returns how many are still open after 60 s. */
    private static int drain(HeyGen client, Set<String> ids) {
        List<String> open = new ArrayList<>(ids);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!open.isEmpty() && System.nanoTime() < until) {
            List<String> next = new ArrayList<>();
            for (int i = 0; i < open.size(); i += 100) {
                for (VideoStatusItem item : client.videos().statuses(open.subList(i, Math.min(open.size(), i + 100)))) {
                    if (item.status() == null || !item.status().isTerminal()) {
                        next.add(item.videoId());
                    }
                }
            }
            open = next;
        }
        return open.size();
    }

    /** Heap still in use after the last collection of each pool: what the run retains, not garbage awaiting GC. */
    static long retained() {
        long sum = 0;
        for (java.lang.management.MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                sum += pool.getCollectionUsage().getUsed();
            }
        }
        return sum;
    }

    private static void sample(MemoryMXBean mem, AtomicLong peak, long deadline) {
        while (!Thread.currentThread().isInterrupted()) {
            peak.accumulateAndGet(retained(), Math::max);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
