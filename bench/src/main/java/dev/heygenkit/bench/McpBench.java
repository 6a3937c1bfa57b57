package dev.heygenkit.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.sandbox.Sandbox;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The MCP server's benchmarks, each against a baseline in the same run: a fresh server process answering
 * {@code initialize} against a JVM printing hello world, and {@code get_video} through the server (stdio, JSON-RPC,
 * the SDK's client) against a direct {@code client.videos().get()} on the same sandbox.
 */
final class McpBench {
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}";

    private final Bench bench;
    private final boolean quick;

    McpBench(Bench bench, boolean quick) {
        this.bench = bench;
        this.quick = quick;
    }

    void run() throws Exception {
        // The SDK client logs each connection at INFO through slf4j-simple; the report needs none of it.
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Path dir = Files.createTempDirectory("bench-mcp");
        try {
            coldStart(dir);
            getVideo(dir);
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Prints one line, the baseline of the cold start: what any JVM needs before it can answer anything. */
    static final class Hello {
        public static void main(String[] args) {
            System.out.println("hello");
        }
    }

    /** The server's own class path, as Maven built it into mcp/target (bench/run builds the module first). */
    static String serverClassPath() throws java.io.IOException {
        Path target = Path.of("mcp", "target").toAbsolutePath();
        Path cp = target.resolve("runtime-classpath.txt");
        if (!Files.exists(cp)) {
            throw new IllegalStateException(cp + " is missing: build the server first (bench/run does: mvn package -pl lib,mcp,bench -am)");
        }
        return target.resolve("classes") + java.io.File.pathSeparator + Files.readString(cp).strip();
    }

    private static List<String> java(String classPath, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Milliseconds from starting the process to its first stdout line, after writing {@code input} (or nothing). */
    private static double firstLineMillis(List<String> cmd, String input, Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().keySet().removeIf(k -> k.startsWith("HEYGEN_"));
        pb.environment().put("HEYGEN_CONFIG_DIR", dir.toString());
        long t0 = System.nanoTime();
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream();
             BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            if (input != null) {
                in.write((input + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
            String line = out.readLine();
            double ms = (System.nanoTime() - t0) / 1e6;
            if (line == null || (input != null && !line.contains("\"id\":1"))) {
                throw new IllegalStateException(cmd.get(3) + " answered " + line);
            }
            in.close();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(cmd.get(3) + " did not exit when stdin closed");
            }
            return ms;
        } finally {
            p.destroyForcibly();
        }
    }

    /** A fresh server process (offline sandbox, so no key) to its initialize answer, vs a JVM hello world. */
    private void coldStart(Path dir) throws Exception {
        int n = quick ? 1 : 7;
        List<Double> server = new ArrayList<>();
        List<Double> hello = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            server.add(firstLineMillis(java(serverClassPath(), "dev.heygenkit.mcp.HeyGenMcp", "--sandbox", "--folder", dir.toString()),
                    INITIALIZE, dir));
            hello.add(firstLineMillis(java(System.getProperty("java.class.path"), Hello.class.getName()), null, dir));
        }
        double s = Bench.median(server);
        double h = Bench.median(hello);
        bench.add("mcp-cold-start", "fresh JVM to the initialize answer: heygen-mcp (sandbox) vs a JVM printing hello world",
                String.format(Locale.ROOT, "%.0f ms", s), String.format(Locale.ROOT, "%.0f ms", h), s / h,
                "server adds < 2000 ms to a JVM's start", s - h < 2000);
    }

    /** get_video through a server process over stdio, vs client.videos().get() in this JVM, on one sandbox. */
    private void getVideo(Path dir) throws Exception {
        try (Sandbox sb = Sandbox.builder().manualClock().start()) {
            HeyGen client = HeyGen.builder().apiKey("bench").baseUrl(sb.baseUri().toString()).noJournal().build();
            String id = Avatar.look("anna").say("Benchmark me.").submit(client).id();
            List<String> cmd = java(serverClassPath(), "dev.heygenkit.mcp.HeyGenMcp", "--folder", dir.toString());
            ServerParameters server = ServerParameters.builder(cmd.get(0)).args(cmd.subList(1, cmd.size()))
                    .env(Map.of("HEYGEN_API_KEY", "bench", "HEYGEN_API_BASE", sb.baseUri().toString(),
                            "HEYGEN_CONFIG_DIR", dir.toString(), "HEYGEN_SANDBOX", "0"))
                    .build();
            StdioClientTransport transport = new StdioClientTransport(server, new JacksonMcpJsonMapper(new ObjectMapper()));
            transport.setStdErrorHandler(line -> { });
            McpSyncClient mcp = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build();
            try {
                mcp.initialize();
                CallToolRequest get = new CallToolRequest("get_video", Map.of("video_id", id));
                Measure.Result[] r = Measure.pair(bench.rounds(300), bench.rounds(30), 20, () -> {
                    CallToolResult res = mcp.callTool(get);
                    if (Boolean.TRUE.equals(res.isError())) {
                        throw new IllegalStateException("get_video failed: " + res.content());
                    }
                    return res;
                }, () -> client.videos().get(id));
                double ratio = r[0].medianNanos() / r[1].medianNanos();
                double overhead = (r[0].medianNanos() - r[1].medianNanos()) / 1e6;
                bench.add("mcp-get-video", "get_video through heygen-mcp over stdio (SDK client) vs client.videos().get() in-process",
                        Bench.micros(r[0]), Bench.micros(r[1]), ratio, "MCP adds < 2 ms per call", overhead < 2);
            } finally {
                mcp.closeGracefully();
            }
        }
    }
}
