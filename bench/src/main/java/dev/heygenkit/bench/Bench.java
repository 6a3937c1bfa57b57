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
     * {@code --only core|batch|poll|mcp|speed} for one group (a report written then keeps the other groups' rows it had).
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
            bench.paging();
            bench.sandboxStart();
            bench.storyboard();
        }
        if (only == null || only.equals("batch")) {
            new BatchBench(bench, quick).run();
        }
        if (only == null || only.equals("poll")) {
            new PollBench(bench, quick).run();
        }
        if (only == null || only.equals("mcp")) {
            new McpBench(bench, quick).run();
        }
        if (only == null || only.equals("speed")) {
            new SpeedBench(bench, quick).run();
            new TransferBench(bench, quick).run();
        }
        String report = bench.report(write == null || only == null ? List.of() : Report.rows(write));
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

    /**
     * The Markdown report: the rows of an earlier report ({@code kept}, when one group ran) in their places, replaced
     * by this run's rows of the same name, and this run's new rows after them.
     */
    private String report(List<String> kept) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Benchmarks\n\n");
        sb.append("Written by `bench/run` on ").append(LocalDate.now()).append(" (").append(Runtime.getRuntime().availableProcessors())
                .append(" cores, Java ").append(Runtime.version()).append(quick ? ", QUICK smoke run: numbers are not meaningful" : "")
                .append("). Each row times the kit and a baseline doing the same job in the same run, interleaved, and reports ")
                .append("the median; **ratio** is kit ÷ baseline (time or memory), so below 1 is better than the baseline.\n\n");
        sb.append("| benchmark | what | kit | baseline | ratio | goal | met |\n|---|---|---|---|---|---|---|\n");
        java.util.Map<String, String> fresh = new java.util.LinkedHashMap<>();
        for (Row r : rows) {
            fresh.put(r.name(), "| " + r.name() + " | " + r.what() + " | " + r.kit() + " | " + r.baseline() + " | "
                    + String.format(Locale.ROOT, "%.2f", r.ratio()) + " | " + r.goal() + " | " + (r.met() ? "yes" : "**no**") + " |");
        }
        for (String line : kept) {
            String name = Report.name(line);
            sb.append(fresh.containsKey(name) ? fresh.remove(name) : line).append('\n');
        }
        fresh.values().forEach(line -> sb.append(line).append('\n'));
        sb.append("\nRe-run with `bench/run` (full) or `bench/run --quick` (smoke, as CI does). Timed results live here, ")
                .append("never in unit tests.\n");
        return sb.toString();
    }
}
