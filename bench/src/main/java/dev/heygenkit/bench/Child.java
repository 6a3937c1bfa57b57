package dev.heygenkit.bench;

import com.sun.net.httpserver.HttpServer;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Overwrite;
import dev.heygenkit.Video;
import dev.heygenkit.sandbox.Sandbox;

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
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Probes run in a child JVM ({@code Bench child KIND ARG}): cold starts, heap limits and transfers. */
final class Child {

    private Child() {
    }

    static void main(String[] args) throws Exception {
        if (args[1].equals("transfer")) {
            TransferBench.child(args);
            return;
        }
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

    static HttpServer fileServer(long size) throws IOException {
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
}
