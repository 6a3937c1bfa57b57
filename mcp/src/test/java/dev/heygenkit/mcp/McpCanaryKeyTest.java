package dev.heygenkit.mcp;

import com.sun.net.httpserver.HttpServer;
import dev.heygenkit.HeyGen;
import dev.heygenkit.sandbox.Sandbox;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static dev.heygenkit.mcp.McpToolsTest.args;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A canary key used for every tool, with a server that echoes it back in errors and an agent that passes it as an
 * argument by mistake, never appears in a tool result, a tool error, the protocol stream, stderr or the kit's log.
 */
class McpCanaryKeyTest {
    static final String CANARY = "canary-key-7f3a9c1e5b";
    private static final Logger KIT_LOG = Logger.getLogger("dev.heygenkit");

    @TempDir
    Path tmp;
    private final List<String> seen = new ArrayList<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream out;
    private PrintStream err;
    private Level level;
    private Handler handler;

    @BeforeEach
    void capture() {
        out = System.out;
        err = System.err;
        PrintStream tee = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(tee);
        System.setErr(tee);
        level = KIT_LOG.getLevel();
        KIT_LOG.setLevel(Level.ALL);
        handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (seen) {
                    seen.add(r.getMessage() + " " + java.util.Arrays.toString(r.getParameters()));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        KIT_LOG.addHandler(handler);
    }

    @AfterEach
    void restore() {
        System.setOut(out);
        System.setErr(err);
        KIT_LOG.removeHandler(handler);
        KIT_LOG.setLevel(level);
    }

    private void keep(CallToolResult r) {
        synchronized (seen) {
            seen.add(String.valueOf(r));
        }
    }

    @Test
    void every_tool_on_a_sandbox_that_demands_the_key_keeps_it_out_of_every_output() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("allowed"));
        try (Sandbox sb = Sandbox.builder().apiKey(CANARY).clockSpeed(600).start();
             McpHarness h = McpHarness.start(HeyGen.builder().sandbox(sb).apiKey(CANARY).pollSchedule(McpHarness.FAST)
                     .journal(tmp.resolve("renders.jsonl")).build(), new McpOptions(folder, null))) {
            keep(h.call("list_avatar_looks", args("limit", 2, "contact_sheet", true)));
            keep(h.call("get_avatar_look", args("look_id", "anna")));
            keep(h.call("list_voices", args("limit", 2)));
            keep(h.call("create_speech", args("voice_id", "en_ava", "text", "Hi")));
            keep(h.call("check_avatar_video", args("avatar_id", "anna", "script", "My key is " + CANARY)));
            CallToolResult created = h.call("create_avatar_video", args("avatar_id", "anna", "script", "Hello canary."));
            keep(created);
            String id = (String) ((Map<?, ?>) created.structuredContent()).get("video_id");
            keep(h.call("wait_for_video", args("video_id", id)));
            keep(h.call("get_video", args("video_id", id)));
            keep(h.call("list_videos", args("limit", 5)));
            keep(h.call("download_video", args("video_id", id)));
            keep(h.call("delete_video", args("video_id", id)));
            keep(h.call("get_quota", Map.of()));
            CallToolResult mistaken = h.call("get_video", args("video_id", CANARY));
            keep(mistaken);
            keep(h.call("get_avatar_look", args("look_id", CANARY)));
            keep(h.call("create_avatar_video", args("avatar_id", CANARY, "script", "Hi")));
            keep(h.call("download_video", args("video_id", "x", "path", "../" + CANARY)));
            assertThat(McpHarness.text(mistaken)).contains("<redacted>");
            assertThat(sb.requests()).as("the key really travelled").isNotEmpty();
            assertNoCanary(h.stdout());
        }
    }

    @Test
    void errors_from_a_server_that_echoes_the_key_stay_free_of_it() throws Exception {
        HttpServer echo = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        echo.createContext("/", ex -> {
            byte[] body = ("{\"error\":{\"code\":\"invalid_api_key\",\"message\":\"key " + CANARY + " rejected\",\"param\":\""
                    + CANARY + "\"}}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("X-Request-Id", CANARY);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(ex.getRequestURI().getPath().contains("voices") ? 401 : 400, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        echo.start();
        try (McpHarness h = McpHarness.start(HeyGen.builder().apiKey(CANARY).baseUrl("http://127.0.0.1:"
                + echo.getAddress().getPort()).noJournal().maxRetries(0).build(), new McpOptions(tmp, null))) {
            CallToolResult voices = h.call("list_voices", Map.of());
            keep(voices);
            keep(h.call("get_video", args("video_id", "v1")));
            keep(h.call("create_avatar_video", args("avatar_id", "anna", "script", "Hi")));
            keep(h.call("get_quota", Map.of()));
            assertThat(voices.isError()).isTrue();
            assertThat(McpHarness.text(voices)).contains("<redacted>");
            assertNoCanary(h.stdout());
        } finally {
            echo.stop(0);
        }
    }

    private void assertNoCanary(String protocol) {
        List<String> all = new ArrayList<>();
        synchronized (seen) {
            all.addAll(seen);
        }
        all.add(protocol);
        all.add(console.toString(StandardCharsets.UTF_8));
        assertThat(protocol).as("the protocol stream was captured").contains("\"jsonrpc\"");
        assertThat(all).noneMatch(s -> s.contains(CANARY));
    }
}
