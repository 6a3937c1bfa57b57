package dev.heygenkit.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.HeyGen;
import dev.heygenkit.PollSchedule;
import dev.heygenkit.sandbox.Sandbox;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.json.schema.jackson2.DefaultJsonSchemaValidator;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.TextContent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server and the SDK's own client joined by in-process pipes, over a sandbox: what a stdio client would send and
 * receive, byte for byte. Everything the server writes to its stdout is kept for checks.
 */
final class McpHarness implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Polls fast enough that waiting on a fast sandbox clock takes milliseconds. */
    static final PollSchedule FAST = new PollSchedule(Duration.ofMillis(20), 1.5, Duration.ofMillis(200), Duration.ZERO, 0);

    final HeyGen client;
    final McpSyncServer server;
    final McpSyncClient mcp;
    final List<ProgressNotification> progress = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    private McpHarness(HeyGen client, McpOptions options) throws IOException {
        this.client = client;
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        OutputStream serverOut = Channels.newOutputStream(toClient.sink());
        OutputStream tee = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                synchronized (stdout) {
                    stdout.write(b, off, len);
                }
                serverOut.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                serverOut.flush();
            }
        };
        this.server = HeyGenMcp.serve(client, options, Channels.newInputStream(toServer.source()), tee);
        PipeTransport transport = new PipeTransport(new JacksonMcpJsonMapper(new ObjectMapper()),
                Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()));
        // The client checks every answer against its tool's output schema with the SDK's own (networknt) validator.
        this.mcp = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).progressConsumer(this::received)
                .jsonSchemaValidator(new DefaultJsonSchemaValidator()).enableCallToolSchemaCaching(true).build();
        mcp.initialize();
        // Fills the client's cache of output schemas, so every later call is checked against its schema.
        mcp.listTools();
    }

    /** A harness whose client talks to {@code sandbox} with a fast poll schedule and its own journal. */
    static McpHarness start(Sandbox sandbox, McpOptions options, Path journal) throws IOException {
        return start(HeyGen.builder().sandbox(sandbox).pollSchedule(FAST).journal(journal).build(), options);
    }

    /** A harness over any client. */
    static McpHarness start(HeyGen client, McpOptions options) throws IOException {
        return new McpHarness(client, options);
    }

    private void received(ProgressNotification p) {
        synchronized (progress) {
            progress.add(p);
            progress.notifyAll();
        }
    }

    /** Waits until the client has handed {@code n} progress notifications to its consumer (it does so on a pool). */
    List<ProgressNotification> awaitProgress(int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        synchronized (progress) {
            while (progress.size() < n && System.nanoTime() < deadline) {
                progress.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            return List.copyOf(progress);
        }
    }

    /** Calls a tool. */
    CallToolResult call(String tool, Map<String, Object> args) {
        return mcp.callTool(new CallToolRequest(tool, args));
    }

    /** Calls a tool asking for progress notifications under {@code token}. */
    CallToolResult callWithProgress(String tool, Map<String, Object> args, String token) {
        return mcp.callTool(CallToolRequest.builder().name(tool).arguments(args).meta(Map.of("progressToken", token)).build());
    }

    /** Calls a tool that must succeed and returns its structured content as JSON. */
    JsonNode ok(String tool, Map<String, Object> args) {
        CallToolResult r = call(tool, args);
        assertThat(r.isError()).as(tool + " " + args + " answered " + text(r)).isFalse();
        JsonNode structured = JSON.valueToTree(r.structuredContent());
        assertThat(structured.path("sandbox").isBoolean()).as("every answer says whether the sandbox answered").isTrue();
        return structured;
    }

    /** Calls a tool that must fail as a tool error and returns the error object ({@code code}, {@code message}, ...). */
    JsonNode error(String tool, Map<String, Object> args) {
        CallToolResult r = call(tool, args);
        assertThat(r.isError()).as(tool + " " + args + " answered " + text(r)).isTrue();
        try {
            JsonNode body = JSON.readTree(text(r));
            assertThat(body.path("sandbox").isBoolean()).as("errors say whether the sandbox answered").isTrue();
            assertThat(body.path("error").path("message").asText()).isNotBlank();
            return body.get("error");
        } catch (IOException e) {
            throw new AssertionError("error text is not JSON: " + text(r), e);
        }
    }

    /** The first text content of a result. */
    static String text(CallToolResult r) {
        return r.content().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text()).findFirst().orElse("");
    }

    /** Everything the server wrote to its stdout so far. */
    String stdout() {
        synchronized (stdout) {
            return stdout.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        mcp.closeGracefully();
        server.closeGracefully();
    }
}
