package dev.heygenkit.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Overwrite;
import dev.heygenkit.Video;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Transfers on loopback in a child JVM limited to -Xmx64m: 1 GiB down through {@code Video.download} and up through
 * {@code assets().uploadDirect}, and 32 MiB (the multipart limit) up through {@code assets().upload}, each against a
 * bare {@code HttpClient} ({@code ofFile} handler / publisher) and curl when installed, in interleaved rounds. Every
 * client writes a new file each round, as a user's download does. The server runs in the harness JVM.
 */
final class TransferBench {
    private static final String[] KINDS = {"down-kit", "down-raw", "down-curl", "up-kit", "up-raw", "up-curl",
            "multipart-kit", "multipart-raw"};

    private final Bench bench;
    private final boolean quick;

    TransferBench(Bench bench, boolean quick) {
        this.bench = bench;
        this.quick = quick;
    }

    void run() throws Exception {
        long size = quick ? 32L << 20 : 1L << 30;
        long multipart = Math.min(size, 32L << 20);
        int rounds = quick ? 1 : 5;
        boolean curl = curl();
        Path dir = Files.createTempDirectory("bench-transfer");
        HttpServer server = server(size);
        try {
            Path up = sparse(dir.resolve("up.mp4"), size);
            Path small = sparse(dir.resolve("small.mp4"), multipart);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            List<String> cmd = new ArrayList<>(List.of(Launch.java(), "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                    System.getProperty("java.class.path"), Bench.class.getName(), "child", "transfer", base,
                    String.valueOf(size), String.valueOf(rounds), dir.toString(), up.toString(), small.toString(),
                    String.valueOf(curl)));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException("transfer child failed at -Xmx64m:\n" + out);
            }
            Map<String, List<Double>> t = new HashMap<>();
            out.lines().filter(l -> l.startsWith("T ")).forEach(l -> {
                String[] f = l.split(" ");
                t.computeIfAbsent(f[1], k -> new ArrayList<>()).add(Double.parseDouble(f[2]));
            });
            String big = size >= 1L << 30 ? (size >> 30) + " GiB" : (size >> 20) + " MiB";
            row("download", big + " down at -Xmx64m: Video.download (URL lookup, temp file, rename)", size, t, "down", curl);
            row("upload", big + " up at -Xmx64m: assets().uploadDirect (slot, PUT, complete)", size, t, "up", curl);
            row("upload-multipart", (multipart >> 20) + " MiB up at -Xmx64m: assets().upload multipart POST", multipart, t,
                    "multipart", false);
            long heapSize = quick ? 16L << 20 : 256L << 20;
            int kitHeap = Child.smallestHeapMiB("download-kit", heapSize);
            int rawHeap = Child.smallestHeapMiB("download-raw", heapSize);
            bench.add("download-heap", "smallest -Xmx (of 8/16/32/64/128 MiB) that downloads " + (heapSize >> 20)
                    + " MiB in a fresh JVM", kitHeap + " MiB", rawHeap + " MiB", (double) kitHeap / rawHeap,
                    "kit <= 32 MiB whatever the file size", kitHeap <= 32);
        } finally {
            server.stop(0);
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private void row(String name, String what, long size, Map<String, List<Double>> t, String kind, boolean curl) {
        double kit = Bench.median(t.get(kind + "-kit"));
        double raw = Bench.median(t.get(kind + "-raw"));
        bench.add(name, what + " vs HttpClient ofFile", mbps(size, kit), mbps(size, raw), kit / raw,
                "throughput >= 0.9x (time ratio <= 1.11)", kit / raw <= 1 / 0.9);
        if (curl) {
            double c = Bench.median(t.get(kind + "-curl"));
            bench.add(name + "-curl", "the same " + (size >> 20) + " MiB, kit vs curl", mbps(size, kit), mbps(size, c), kit / c,
                    "report", true);
        }
    }

    private static String mbps(long size, double nanos) {
        return String.format(Locale.ROOT, "%.0f MB/s", size / 1e6 / (nanos / 1e9));
    }

    private static boolean curl() {
        try {
            return new ProcessBuilder("curl", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** A file of {@code size} bytes written once (content irrelevant, pages in the cache after the first read). */
    private static Path sparse(Path file, long size) throws IOException {
        byte[] chunk = new byte[1 << 20];
        try (OutputStream o = Files.newOutputStream(file)) {
            for (long n = 0; n < size; n += chunk.length) {
                o.write(chunk, 0, (int) Math.min(chunk.length, size - n));
            }
        }
        return file;
    }

    /** The stub API and storage: a video whose URL serves {@code size} bytes, a direct-upload slot, sinks. */
    private static HttpServer server(long size) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        json(server, "/v3/videos/vid_bench", "{\"data\":{\"id\":\"vid_bench\",\"status\":\"completed\",\"video_url\":\""
                + base + "/files/big.mp4\"}}");
        json(server, "/v3/assets/direct-uploads", "{\"data\":{\"asset_id\":\"ast_1\",\"upload_url\":\"" + base
                + "/storage/ast_1\",\"upload_headers\":{\"Content-Type\":\"video/mp4\"}}}");
        json(server, "/v3/assets", "{\"data\":{\"asset_id\":\"ast_1\",\"url\":\"" + base + "/storage/ast_1\"}}");
        json(server, "/storage/", "{}");
        server.createContext("/files/big.mp4", ex -> {
            ex.getResponseHeaders().add("Content-Type", "video/mp4");
            ex.sendResponseHeaders(200, size);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream o = ex.getResponseBody()) {
                for (long sent = 0; sent < size; sent += chunk.length) {
                    o.write(chunk, 0, (int) Math.min(chunk.length, size - sent));
                }
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        return server;
    }

    /** Drains any request body, then answers {@code body} as JSON. */
    private static void json(HttpServer server, String path, String body) {
        server.createContext(path, (HttpExchange ex) -> {
            byte[] buf = new byte[64 * 1024];
            try (InputStream in = ex.getRequestBody()) {
                while (in.read(buf) >= 0) {
                    // drained: the bytes are not kept
                }
            }
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, b.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(b);
            }
        });
    }

    /** The child: {@code rounds} interleaved rounds of every kind, one {@code T kind nanos} line each. */
    static void child(String[] args) throws Exception {
        String base = args[2];
        long size = Long.parseLong(args[3]);
        int rounds = Integer.parseInt(args[4]);
        Path dir = Path.of(args[5]);
        Path up = Path.of(args[6]);
        Path small = Path.of(args[7]);
        boolean curl = Boolean.parseBoolean(args[8]);
        HeyGen client = HeyGen.builder().apiKey("bench").baseUrl(base).noJournal().build();
        HttpClient raw = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Path target = dir.resolve("down.mp4");
        for (int r = 0; r <= rounds; r++) {
            for (String kind : KINDS) {
                if (kind.endsWith("-curl") && !curl) {
                    continue;
                }
                Files.deleteIfExists(target);
                long t0 = System.nanoTime();
                switch (kind) {
                    case "down-kit" -> Video.of(client, "vid_bench").download(target, Overwrite.YES);
                    case "down-raw" -> raw.send(HttpRequest.newBuilder(URI.create(base + "/files/big.mp4")).build(),
                            HttpResponse.BodyHandlers.ofFile(target));
                    case "down-curl" -> exec("curl", "-sf", "-o", target.toString(), base + "/files/big.mp4");
                    case "up-kit" -> client.assets().uploadDirect(up, false);
                    case "up-raw" -> put(raw, base + "/storage/raw", up);
                    case "up-curl" -> exec("curl", "-sf", "-o", "/dev/null", "-T", up.toString(), base + "/storage/curl");
                    case "multipart-kit" -> client.assets().upload(small);
                    default -> put(raw, base + "/storage/raw", small);
                }
                long nanos = System.nanoTime() - t0;
                if (kind.startsWith("down") && Files.size(target) != size) {
                    throw new IllegalStateException(kind + " wrote " + Files.size(target) + " of " + size + " bytes");
                }
                if (r > 0) {
                    // round 0 warms the JIT and the page cache for every kind alike
                    System.out.println("T " + kind + " " + nanos);
                }
            }
        }
        Files.deleteIfExists(target);
        System.exit(0);
    }

    private static void put(HttpClient raw, String url, Path file) throws Exception {
        HttpResponse<byte[]> r = raw.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "video/mp4")
                .PUT(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("PUT " + url + " answered " + r.statusCode());
        }
    }

    private static void exec(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " exited " + p.exitValue());
        }
    }
}
