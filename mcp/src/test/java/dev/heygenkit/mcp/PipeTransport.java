package dev.heygenkit.mcp;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpClientTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import reactor.core.publisher.Mono;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The SDK client's end of an in-process stdio connection: newline-delimited JSON-RPC written to the server's stdin and
 * read from its stdout, exactly what a client process would do, without a process.
 */
final class PipeTransport implements McpClientTransport {
    private final McpJsonMapper mapper;
    private final InputStream fromServer;
    private final OutputStream toServer;

    PipeTransport(McpJsonMapper mapper, InputStream fromServer, OutputStream toServer) {
        this.mapper = mapper;
        this.fromServer = fromServer;
        this.toServer = toServer;
    }

    @Override
    public Mono<Void> connect(Function<Mono<JSONRPCMessage>, Mono<JSONRPCMessage>> handler) {
        return Mono.fromRunnable(() -> {
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(fromServer, StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        handler.apply(Mono.just(McpSchema.deserializeJsonRpcMessage(mapper, line))).subscribe();
                    }
                } catch (IOException e) {
                    // The server side closed: the client sees no more messages, as with a process that exited.
                }
            }, "mcp-test-client-reader");
            reader.setDaemon(true);
            reader.start();
        });
    }

    @Override
    public Mono<Void> sendMessage(JSONRPCMessage message) {
        return Mono.fromRunnable(() -> {
            try {
                byte[] line = (mapper.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8);
                synchronized (toServer) {
                    toServer.write(line);
                    toServer.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write to the server: " + e.getMessage(), e);
            }
        });
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.fromRunnable(() -> {
            try {
                toServer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
        return mapper.convertValue(data, type);
    }
}
