package dev.heygenkit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.HeyGen;
import dev.heygenkit.sandbox.Sandbox;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 15's start-up and per-call rows: {@code heygen looks --json} against a running sandbox, through the launcher's
 * JVM options and class-data-sharing archive and through {@code ./jbang}, against a JVM hello world; and a typed GET
 * against a raw {@code HttpClient} + Jackson call, in time and in bytes allocated.
 */
final class SpeedBench {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Bench bench;
    private final boolean quick;

    SpeedBench(Bench bench, boolean quick) {
        this.bench = bench;
        this.quick = quick;
    }

    void run() throws Exception {
        try (Sandbox sb = Sandbox.builder().manualClock().start()) {
            clientGet(sb);
            startUp(sb);
        }
    }

    /** A typed GET through the kit, vs a raw java.net.http GET of the same URL plus a Jackson parse. */
    private void clientGet(Sandbox sb) throws Exception {
        HeyGen client = HeyGen.builder().apiKey("bench").baseUrl(sb.baseUri().toString()).noJournal().build();
        HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest get = HttpRequest.newBuilder(URI.create(sb.baseUri() + "/v3/avatars/looks/anna"))
                .header("x-api-key", "bench").build();
        Measure.Work kit = () -> client.looks().get("anna");
        Measure.Work base = () -> MAPPER.readTree(raw.send(get, HttpResponse.BodyHandlers.ofByteArray()).body());
        int rounds = quick ? 3 : 41;
        Measure.Result[] r = Measure.pair(quick ? 50 : 2000, rounds, 50, kit, base);
        double ratio = r[0].medianNanos() / r[1].medianNanos();
        bench.add("client-get", "GET /v3/avatars/looks/anna as a typed Look (kit) vs raw HttpClient send + Jackson readTree",
                String.format(Locale.ROOT, "%.0f µs", r[0].medianNanos() / 1e3),
                String.format(Locale.ROOT, "%.0f µs", r[1].medianNanos() / 1e3), ratio, "ratio <= 1.10", ratio <= 1.10);
        double kitBytes = Allocation.perOp(kit, quick ? 200 : 2000);
        double rawBytes = Allocation.perOp(base, quick ? 200 : 2000);
        bench.add("client-get-alloc", "bytes allocated per call by the calling and HttpClient threads, same two calls",
                String.format(Locale.ROOT, "%.1f KB", kitBytes / 1024), String.format(Locale.ROOT, "%.1f KB", rawBytes / 1024),
                kitBytes / rawBytes, "ratio <= 2", kitBytes / rawBytes <= 2);
    }

    /** {@code heygen looks --json} in fresh JVMs, interleaved with a JVM hello world. */
    private void startUp(Sandbox sb) throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        Launch launch = Launch.of(repo);
        Path config = Files.createTempDirectory("bench-cli-config");
        Map<String, String> env = Map.of("HEYGEN_API_BASE", sb.baseUri().toString(), "HEYGEN_API_KEY", "bench",
                "HEYGEN_CONFIG_DIR", config.toString());
        List<String> looks = List.of("looks", "--json");
        List<String> hello = List.of(Launch.java(), "-cp", Path.of(Hello.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).toString(), Hello.class.getName());
        List<String> cli = launch.cli(looks);
        List<String> plain = launch.plain(looks);
        launch.record(env);
        boolean jbang = !quick && Files.isExecutable(repo.resolve("jbang"));
        List<String> wrapper = new ArrayList<>(List.of(repo.resolve("jbang").toString(), "heygen"));
        wrapper.addAll(looks);
        if (jbang) {
            // Warm: compile the script, record its archive, save the fast path's command.
            for (int i = 0; i < 3; i++) {
                Launch.time(wrapper, env, repo);
            }
        }
        int rounds = quick ? 2 : 11;
        List<Double> h = new ArrayList<>();
        List<Double> c = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        List<Double> j = new ArrayList<>();
        List<Double> jSlow = new ArrayList<>();
        Map<String, String> slowEnv = new java.util.HashMap<>(env);
        slowEnv.put("HEYGEN_JBANG_FAST", "0");
        for (int i = 0; i < rounds; i++) {
            h.add(Launch.time(hello, env, repo));
            c.add(Launch.time(cli, env, repo));
            p.add(Launch.time(plain, env, repo));
            if (jbang) {
                j.add(Launch.time(wrapper, env, repo));
                jSlow.add(Launch.time(wrapper, slowEnv, repo));
            }
        }
        double hm = Bench.median(h);
        double cm = Bench.median(c);
        double pm = Bench.median(p);
        bench.add("cli-start", "heygen looks --json against a running sandbox: java with the launcher's options and "
                        + "CDS archive (as ./jbang runs it) vs a JVM hello world", ms(cm), ms(hm), cm / hm,
                "kit <= 500 ms median", cm <= 500);
        bench.add("cli-start-plain", "the same command as plain java -cp (no archive, default JIT and GC) vs the same hello "
                + "world", ms(pm), ms(hm), pm / hm, "report", true);
        if (jbang) {
            double jm = Bench.median(j);
            double sm = Bench.median(jSlow);
            bench.add("jbang-start", "./jbang heygen looks --json, warm, vs the same through JBang's own resolution "
                    + "(HEYGEN_JBANG_FAST=0)", ms(jm), ms(sm), jm / sm, "kit <= 1500 ms median", jm <= 1500);
        }
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.0f ms", millis);
    }

    /** Bytes allocated by the calling thread and the HTTP client's threads (not the sandbox's), per operation. */
    static final class Allocation {
        private Allocation() {
        }

        static double perOp(Measure.Work work, int ops) throws Exception {
            for (int i = 0; i < ops / 4; i++) {
                Measure.sink = work.run();
            }
            long before = allocated();
            for (int i = 0; i < ops; i++) {
                Measure.sink = work.run();
            }
            return (allocated() - before) / (double) ops;
        }

        private static long allocated() {
            com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long sum = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t == Thread.currentThread() || t.getName().startsWith("HttpClient-")) {
                    sum += Math.max(0, mx.getThreadAllocatedBytes(t.getId()));
                }
            }
            return sum;
        }
    }
}
