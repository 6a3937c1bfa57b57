package dev.heygenkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Overwrite;
import dev.heygenkit.Scene;
import dev.heygenkit.Scenes;
import dev.heygenkit.Video;
import dev.heygenkit.api.Look;
import dev.heygenkit.api.Looks;
import dev.heygenkit.sandbox.Sandbox;
import dev.heygenkit.internal.media.Cue;
import dev.heygenkit.internal.media.Media;
import dev.heygenkit.internal.media.Shot;
import dev.heygenkit.internal.media.Storyboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark harness: each benchmark times the kit and a baseline doing the same job in the same run, and
 * reports the ratio against a goal. {@code bench/run} builds and starts it; {@code --quick} does a smoke run,
 * {@code --write FILE} rewrites BENCHMARKS.md.
 */
public final class Bench {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One line of the report. */
    record Row(String name, String what, String kit, String baseline, double ratio, String goal, boolean met) {
    }

    private final boolean quick;
    private final List<Row> rows = new ArrayList<>();

    private Bench(boolean quick) {
        this.quick = quick;
    }

    /**
     * Runs every benchmark; {@code --quick} for a smoke run, {@code --write PATH} to write the Markdown report,
     * {@code --only core|batch} for one group (a report written then holds only that group).
     */
    public static void main(String[] args) throws Exception {
        boolean quick = List.of(args).contains("--quick");
        Path write = null;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--write")) {
                write = Path.of(args[i + 1]);
            }
        }
        if (args.length > 0 && args[0].equals("child")) {
            Child.main(args);
            return;
        }
        Bench bench = new Bench(quick);
        String only = null;
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--only")) {
                only = args[i + 1];
            }
        }
        if (only == null || only.equals("core")) {
            bench.jsonBody();
            bench.preflight();
            bench.clientGet();
            bench.paging();
            bench.download();
            bench.sandboxStart();
            bench.storyboard();
        }
        if (only == null || only.equals("batch")) {
            new BatchBench(bench, quick).run();
        }
        if (only == null || only.equals("mcp")) {
            new McpBench(bench, quick).run();
        }
        String report = bench.report();
        System.out.println(report);
        if (write != null) {
            Files.writeString(write, report);
        }
        System.exit(bench.rows.stream().allMatch(Row::met) || quick ? 0 : 1);
    }

    int rounds(int full) {
        return quick ? 2 : full;
    }

    void add(String name, String what, String kit, String baseline, double ratio, String goal, boolean met) {
        rows.add(new Row(name, what, kit, baseline, ratio, goal, met));
        System.err.printf(Locale.ROOT, "%-16s ratio %.2f  %s%n", name, ratio, met ? "ok" : "MISSED " + goal);
    }

    // --- benchmarks -------------------------------------------------------------------------------------------

    private static Scenes fiftyScenes() {
        List<Scene> scenes = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            scenes.add(i % 2 == 0
                    ? Avatar.look("anna").say("Scene " + i + " says something worth hearing. <break time=\"1s\"/> Then more.")
                    .on(Background.color("#0A84FF"))
                    : Scene.image(URI.create("https://example.com/slide" + i + ".png")).hold(Duration.ofSeconds(3)));
        }
        return Scenes.of(scenes).aspect("16:9").title("bench");
    }

    private static JsonNode fiftyScenesTree() {
        ObjectNode root = MAPPER.createObjectNode().put("type", "studio");
        ArrayNode scenes = root.putArray("scenes");
        for (int i = 0; i < 50; i++) {
            ObjectNode s = scenes.addObject();
            if (i % 2 == 0) {
                s.put("type", "avatar_video").putObject("input").put("type", "avatar").put("avatar_id", "anna")
                        .put("script", "Scene " + i + " says something worth hearing. <break time=\"1s\"/> Then more.")
                        .putObject("background").put("type", "color").put("color", "#0A84FF");
            } else {
                s.put("type", "image").put("duration", 3.0).putObject("source").put("type", "url")
                        .put("url", "https://example.com/slide" + i + ".png");
            }
        }
        root.put("title", "bench").put("aspect_ratio", "16:9");
        return root;
    }

    /** DSL to request JSON for a 50-scene studio video, against Jackson writing the same tree built by hand. */
    private void jsonBody() throws Exception {
        Scenes spec = fiftyScenes();
        JsonNode tree = fiftyScenesTree();
        Measure.Result[] r = Measure.pair(rounds(200), rounds(30), 20,
                () -> fiftyScenes().toJson(), () -> MAPPER.writeValueAsString(fiftyScenesTree()));
        double ratio = r[0].medianNanos() / r[1].medianNanos();
        Measure.sink = spec.toJson().length() + tree.size();
        add("dsl-to-json", "50-scene studio spec built and serialised (DSL vs hand-built Jackson tree)",
                micros(r[0]), micros(r[1]), ratio, "kit < 1000 µs for the largest legal spec", r[0].medianNanos() < 1_000_000);
    }

    /** Local preflight of the same spec, against serialising it (what a submit costs anyway). */
    private void preflight() throws Exception {
        Scenes spec = fiftyScenes();
        Measure.Result[] r = Measure.pair(rounds(200), rounds(30), 20, spec::check, spec::toJson);
        double ratio = r[0].medianNanos() / r[1].medianNanos();
        add("preflight-local", "local preflight of a 50-scene spec vs its toJson()", micros(r[0]), micros(r[1]), ratio,
                "ratio <= 10", ratio <= 10);
    }

    /** A typed GET through the kit against the sandbox, vs a raw java.net.http GET plus Jackson parse. */
    private void clientGet() throws Exception {
        try (Sandbox sb = Sandbox.builder().manualClock().start()) {
            HeyGen client = HeyGen.builder().apiKey("bench").baseUrl(sb.baseUri().toString()).noJournal().build();
            HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest get = HttpRequest.newBuilder(URI.create(sb.baseUri() + "/v3/avatars/looks/anna"))
                    .header("x-api-key", "bench").build();
            Measure.Result[] r = Measure.pair(rounds(300), rounds(30), 20, () -> client.looks().get("anna"),
                    () -> MAPPER.readTree(raw.send(get, HttpResponse.BodyHandlers.ofByteArray()).body()));
            double ratio = r[0].medianNanos() / r[1].medianNanos();
            add("client-get", "GET /v3/avatars/looks/anna as a typed Look (kit) vs raw HTTP + readTree", micros(r[0]),
                    micros(r[1]), ratio, "ratio <= 1.5", ratio <= 1.5);
        }
    }

    /** Walking every look 5 per page through the lazy Page, vs a hand-written token loop. */
    private void paging() throws Exception {
        try (Sandbox sb = Sandbox.builder().manualClock().start()) {
            HeyGen client = HeyGen.builder().apiKey("bench").baseUrl(sb.baseUri().toString()).noJournal().build();
            HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Measure.Result[] r = Measure.pair(rounds(20), rounds(15), 2, () -> {
                int n = 0;
                for (Look ignored : client.looks().list(Looks.LookQuery.of().limit(5))) {
                    n++;
                }
                return n;
            }, () -> {
                int n = 0;
                String token = null;
                do {
                    URI uri = URI.create(sb.baseUri() + "/v3/avatars/looks?limit=5" + (token == null ? "" : "&token=" + token));
                    JsonNode page = MAPPER.readTree(raw.send(HttpRequest.newBuilder(uri).header("x-api-key", "bench").build(),
                            HttpResponse.BodyHandlers.ofByteArray()).body());
                    n += page.path("data").size();
                    token = page.path("has_more").asBoolean() ? page.path("next_token").asText() : null;
                } while (token != null);
                return n;
            });
            double ratio = r[0].medianNanos() / r[1].medianNanos();
            add("auto-paging", "every look, 5 per page, via Page iteration vs a raw token loop", millis(r[0]),
                    millis(r[1]), ratio, "ratio <= 1.5", ratio <= 1.5);
        }
    }

    /** Downloading a large file with {@code Video.download} (temp file, atomic rename, refresh logic) vs HttpClient ofFile. */
    private void download() throws Exception {
        long size = quick ? 16L << 20 : 256L << 20;
        HttpServer server = fileServer(size);
        Path dir = Files.createTempDirectory("bench-dl");
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            HeyGen client = HeyGen.builder().apiKey("bench").baseUrl(base).noJournal().build();
            HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Path kitTarget = dir.resolve("kit.mp4");
            Path rawTarget = dir.resolve("raw.mp4");
            Measure.Result[] r = Measure.pair(1, rounds(5), 1, () -> {
                Video.of(client, "vid_bench").download(kitTarget, Overwrite.YES);
                return Files.size(kitTarget);
            }, () -> {
                raw.send(HttpRequest.newBuilder(URI.create(base + "/files/big.mp4")).build(),
                        HttpResponse.BodyHandlers.ofFile(rawTarget));
                return Files.size(rawTarget);
            });
            double ratio = r[0].medianNanos() / r[1].medianNanos();
            double mbPerSecKit = size / 1e6 / (r[0].medianNanos() / 1e9);
            double mbPerSecRaw = size / 1e6 / (r[1].medianNanos() / 1e9);
            add("download-speed", (size >> 20) + " MiB via Video.download vs HttpClient ofFile",
                    String.format(Locale.ROOT, "%.0f MB/s", mbPerSecKit), String.format(Locale.ROOT, "%.0f MB/s", mbPerSecRaw),
                    ratio, "time ratio <= 1.5", ratio <= 1.5);
        } finally {
            server.stop(0);
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
        int kitHeap = Child.smallestHeapMiB("download-kit", size);
        int rawHeap = Child.smallestHeapMiB("download-raw", size);
        add("download-heap", "smallest -Xmx (of 8/16/32/64/128 MiB) that downloads " + (size >> 20) + " MiB in a fresh JVM",
                kitHeap + " MiB", rawHeap + " MiB", (double) kitHeap / rawHeap,
                "kit <= 32 MiB whatever the file size", kitHeap <= 32);
    }

    /** Cold start of the sandbox in a fresh JVM until its first answer, vs a bare JDK HttpServer doing the same. */
    private void sandboxStart() throws Exception {
        int n = quick ? 1 : 5;
        List<Double> kit = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            kit.add(Child.coldStartMillis("sandbox"));
            base.add(Child.coldStartMillis("bare"));
        }
        double k = median(kit);
        double b = median(base);
        add("sandbox-cold-start", "fresh JVM to first answer: Sandbox vs bare com.sun.net.httpserver",
                String.format(Locale.ROOT, "%.0f ms", k), String.format(Locale.ROOT, "%.0f ms", b), k / b,
                "sandbox adds < 1000 ms to the bare server's start", k - b < 1000);
    }

    /** Encoding a 30 s storyboard to MP4, vs only drawing its frames (the part every renderer must do). */
    private void storyboard() throws Exception {
        double seconds = quick ? 6 : 30;
        byte[] portrait = Media.portraitPng("anna", "Anna", "female", "studio_avatar", 384, 384);
        List<Cue> cues = new ArrayList<>();
        for (double t = 0; t < seconds; t += 2.5) {
            cues.add(new Cue(t, Math.min(seconds, t + 2.5), "Caption line at " + (int) t + " seconds"));
        }
        Storyboard sb = new Storyboard(640, 360, List.of(new Shot(0, seconds, "avatar", "anna", portrait, null, "#0A84FF", cues)),
                true, "bench");
        double fps = Media.videoFrameRate(sb);
        int frames = (int) Math.ceil(seconds * fps);
        Measure.Result[] r = Measure.pair(1, rounds(3), 1, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Media.storyboardMp4(sb, out);
            return out.size();
        }, () -> {
            long sum = 0;
            for (int i = 0; i < frames; i++) {
                sum += Media.videoFrame(sb, i / fps).getRGB(10, 10);
            }
            return sum;
        });
        double ratio = r[0].medianNanos() / r[1].medianNanos();
        add("storyboard-mp4", (int) seconds + " s 640x360 storyboard encoded vs its frames only drawn", millis(r[0]),
                millis(r[1]), ratio, "encode < " + (int) (seconds / 6) + " s (6x faster than real time)",
                r[0].medianNanos() / 1e9 < seconds / 6);
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static HttpServer fileServer(long size) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v3/videos/vid_bench", ex -> {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] body = ("{\"data\":{\"id\":\"vid_bench\",\"status\":\"completed\",\"video_url\":\"" + base
                    + "/files/big.mp4\"}}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.createContext("/files/big.mp4", ex -> {
            ex.getResponseHeaders().add("Content-Type", "video/mp4");
            ex.sendResponseHeaders(200, size);
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (byte) (i * 31);
            }
            try (OutputStream o = ex.getResponseBody()) {
                for (long sent = 0; sent < size; sent += chunk.length) {
                    o.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
                }
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(2));
        server.start();
        return server;
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.sort(Double::compare);
        return v.get(v.size() / 2);
    }

    static String micros(Measure.Result r) {
        return String.format(Locale.ROOT, "%.0f µs", r.medianNanos() / 1e3);
    }

    private static String millis(Measure.Result r) {
        return String.format(Locale.ROOT, "%.0f ms", r.medianMillis());
    }

    private String report() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Benchmarks\n\n");
        sb.append("Written by `bench/run` on ").append(LocalDate.now()).append(" (").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(Runtime.version()).append(quick ? ", QUICK smoke run: numbers are not meaningful" : "")
                .append("). Each row times the kit and a baseline doing the same job in the same run, interleaved, and reports ")
                .append("the median; **ratio** is kit ÷ baseline (time or memory), so below 1 is better than the baseline.\n\n");
        sb.append("| benchmark | what | kit | baseline | ratio | goal | met |\n|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.name()).append(" | ").append(r.what()).append(" | ").append(r.kit()).append(" | ")
                    .append(r.baseline()).append(" | ").append(String.format(Locale.ROOT, "%.2f", r.ratio())).append(" | ")
                    .append(r.goal()).append(" | ").append(r.met() ? "yes" : "**no**").append(" |\n");
        }
        sb.append("\nRe-run with `bench/run` (full) or `bench/run --quick` (smoke, as CI does). Timed results live here, ")
                .append("never in unit tests.\n");
        return sb.toString();
    }

    /** Cold-start probes run in a child JVM. */
    static final class Child {
        private Child() {
        }

        static void main(String[] args) throws Exception {
            if (args[1].startsWith("download-")) {
                long size = Long.parseLong(args[2]);
                HttpServer server = fileServer(size);
                Path target = Files.createTempFile("bench-heap", ".mp4");
                try {
                    String base = "http://127.0.0.1:" + server.getAddress().getPort();
                    if (args[1].equals("download-kit")) {
                        HeyGen client = HeyGen.builder().apiKey("bench").baseUrl(base).noJournal().build();
                        Video.of(client, "vid_bench").download(target, Overwrite.YES);
                    } else {
                        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                                URI.create(base + "/files/big.mp4")).build(), HttpResponse.BodyHandlers.ofFile(target));
                    }
                    if (Files.size(target) != size) {
                        throw new IllegalStateException("downloaded " + Files.size(target) + " of " + size + " bytes");
                    }
                    System.out.println("READY 0");
                } finally {
                    server.stop(0);
                    Files.deleteIfExists(target);
                }
                System.exit(0);
            }
            long t0 = Long.parseLong(args[2]);
            if (args[1].equals("sandbox")) {
                Sandbox sb = Sandbox.builder().start();
                answer(sb.baseUri() + "/_sandbox/health");
                System.out.println("READY " + (System.currentTimeMillis() - t0));
                sb.close();
            } else {
                HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                s.createContext("/", ex -> {
                    ex.sendResponseHeaders(200, 2);
                    try (OutputStream o = ex.getResponseBody()) {
                        o.write("ok".getBytes(StandardCharsets.UTF_8));
                    }
                });
                s.start();
                answer("http://127.0.0.1:" + s.getAddress().getPort() + "/");
                System.out.println("READY " + (System.currentTimeMillis() - t0));
                s.stop(0);
            }
        }

        private static void answer(String url) throws Exception {
            HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
        }

        /** The smallest of a few heap limits under which a fresh JVM completes the probe; 9999 when none does. */
        static int smallestHeapMiB(String kind, long size) throws Exception {
            for (int mib : new int[]{8, 16, 32, 64, 128}) {
                if (run(List.of("-Xmx" + mib + "m"), kind, String.valueOf(size)).contains("READY ")) {
                    return mib;
                }
            }
            return 9999;
        }

        private static String run(List<String> jvm, String kind, String arg) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> cmd = new ArrayList<>(List.of(java, "-XX:+ExitOnOutOfMemoryError"));
            cmd.addAll(jvm);
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Bench.class.getName(), "child", kind, arg));
            Path log = Files.createTempFile("bench-child", ".log");
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    return "TIMED OUT";
                }
                String out = Files.readString(log);
                return p.exitValue() == 0 ? out : "FAILED " + out;
            } finally {
                Files.deleteIfExists(log);
            }
        }

        static double coldStartMillis(String kind) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Bench.class.getName(),
                    "child", kind, String.valueOf(System.currentTimeMillis())).redirectErrorStream(true).start();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.contains("READY ")) {
                throw new IllegalStateException("cold start probe " + kind + " failed: " + out);
            }
            String line = out.lines().filter(l -> l.startsWith("READY ")).findFirst().orElseThrow();
            return Double.parseDouble(line.substring(6).trim());
        }
    }
}
