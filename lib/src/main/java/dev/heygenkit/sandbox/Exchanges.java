package dev.heygenkit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The JDK server's side: reads an exchange into a {@link Req} (bodies over {@value #MAX_BODY} bytes are a 413), hands
 * it to the {@link Pipeline}, writes the {@link Resp} with an {@code X-Request-Id}, and turns a bug into a 500.
 */
final class Exchanges {
    static final int MAX_BODY = 33 * 1024 * 1024;

    private final Pipeline pipeline;
    private final Ids ids;
    private final Consumer<String> listener;

    Exchanges(Pipeline pipeline, Ids ids, Consumer<String> listener) {
        this.pipeline = pipeline;
        this.ids = ids;
        this.listener = listener;
    }

    void handle(HttpExchange ex) {
        String requestId = "req_" + ids.next("request", 24);
        try {
            byte[] body = read(ex);
            Resp resp;
            if (body == null) {
                resp = Resp.error(new ApiError(413, "payload_too_large", "request body is over 32 MB; use POST /v3/assets/direct-uploads for big files", null, null));
            } else {
                resp = pipeline.process(new Req(ex.getRequestMethod().toUpperCase(Locale.ROOT), ex.getRequestURI().getRawPath(),
                        ex.getRequestURI().getRawQuery(), ex.getRequestHeaders(), body));
            }
            if (resp == Resp.DROP) {
                return;
            }
            write(ex, resp, requestId);
        } catch (RuntimeException e) {
            listener.accept("sandbox: internal error on " + ex.getRequestURI().getPath() + ": " + e);
            try {
                write(ex, Resp.error(new ApiError(500, "internal_error", "the sandbox hit a bug: " + e, null, null)), requestId);
            } catch (IOException ignored) {
                // the client is gone
            }
        } catch (IOException e) {
            // the client went away mid-request
        } finally {
            ex.close();
        }
    }

    /** The body, or null when it is over the limit (the rest is drained so the answer can be sent). */
    private static byte[] read(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] data = in.readNBytes(MAX_BODY + 1);
            if (data.length > MAX_BODY) {
                in.skip(Long.MAX_VALUE);
                return null;
            }
            return data;
        }
    }

    private static void write(HttpExchange ex, Resp resp, String requestId) throws IOException {
        ex.getResponseHeaders().set("X-Request-Id", requestId);
        if (resp.contentType() != null) {
            ex.getResponseHeaders().set("Content-Type", resp.contentType());
        }
        resp.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        byte[] body = resp.body();
        boolean empty = body.length == 0 || ex.getRequestMethod().equalsIgnoreCase("HEAD");
        ex.sendResponseHeaders(resp.status(), empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
