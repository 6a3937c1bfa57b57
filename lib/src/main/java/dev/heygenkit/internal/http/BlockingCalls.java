package dev.heygenkit.internal.http;

import javax.net.ssl.SSLSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * API calls sent with {@link HttpURLConnection} in the calling thread, for short-lived processes (the CLI turns it on
 * with the {@value #PROPERTY} system property). java.net.http keeps a selector thread blocked in native code, and
 * HotSpot's exit waits up to 300 ms for such threads: about half of a one-request command's time. Only calls with a
 * JSON body or none, and methods this API class knows, take this path; everything else (PATCH, multipart uploads,
 * storage transfers) stays on the HttpClient.
 */
final class BlockingCalls {
    /** The system property that turns this path on ({@code true}). */
    static final String PROPERTY = "heygen.internal.blockingCalls";
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE");

    private BlockingCalls() {
    }

    /** Whether this request goes this way: switched on, a method HttpURLConnection sends, a JSON body or none. */
    static boolean eligible(ApiRequest request, byte[] jsonBody) {
        return Boolean.getBoolean(PROPERTY) && METHODS.contains(request.method())
                && !(request.body() instanceof ApiRequest.FileBody);
    }

    /**
     * Sends {@code http} with {@code body}, never following redirects; a read or connect timeout is an
     * {@link HttpTimeoutException}, as on the HttpClient.
     */
    static HttpResponse<byte[]> send(HttpRequest http, byte[] body, Duration connectTimeout) throws IOException {
        HttpURLConnection c = (HttpURLConnection) http.uri().toURL().openConnection();
        try {
            c.setInstanceFollowRedirects(false);
            c.setUseCaches(false);
            c.setRequestMethod(http.method());
            c.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, connectTimeout.toMillis()));
            http.timeout().ifPresent(t -> c.setReadTimeout((int) Math.min(Integer.MAX_VALUE, t.toMillis())));
            http.headers().map().forEach((name, values) -> values.forEach(v -> c.addRequestProperty(name, v)));
            if (body != null) {
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            byte[] bytes;
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                bytes = in == null ? new byte[0] : in.readAllBytes();
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            c.getHeaderFields().forEach((k, v) -> {
                if (k != null) {
                    headers.put(k, v);
                }
            });
            return new Answer(http, status, HttpHeaders.of(headers, (k, v) -> true), bytes);
        } catch (SocketTimeoutException e) {
            HttpTimeoutException timeout = new HttpTimeoutException(e.getMessage());
            timeout.initCause(e);
            throw timeout;
        }
    }

    /** A received answer in java.net.http's shape, so the transport treats both paths alike. */
    private record Answer(HttpRequest request, int statusCode, HttpHeaders headers, byte[] body)
            implements HttpResponse<byte[]> {
        @Override
        public Optional<HttpResponse<byte[]>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return Optional.empty();
        }

        @Override
        public URI uri() {
            return request.uri();
        }

        @Override
        public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
        }
    }
}
