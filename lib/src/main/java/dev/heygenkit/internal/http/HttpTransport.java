package dev.heygenkit.internal.http;

import dev.heygenkit.RetryPolicy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.ApiException;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.RequestTimeoutException;
import dev.heygenkit.TransportException;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Sends API requests with authentication, timeouts per operation class, retries with jitter and
 * {@code Retry-After}, one {@code Idempotency-Key} per logical POST/PATCH reused on every attempt, error mapping and
 * redacted logging. Storage URLs (presigned downloads and uploads) go through {@link #sendExternal} without the key.
 */
public final class HttpTransport {
    private static final Set<Integer> RETRY_STATUSES = Set.of(429, 500, 502, 503, 504);

    private final ClientConfig config;
    private final Redactor redactor;
    private final ServerClock serverClock;
    // Clients are made on first use: a command that sends nothing (usage errors, dry runs, preflight failures)
    // never pays for one, and a plain-http base never loads TLS.
    private volatile HttpClient api;
    private volatile HttpClient storage;
    private volatile HttpClient plainStorage;

    /** Creates a transport for a configuration. */
    public HttpTransport(ClientConfig config) {
        this.config = config;
        this.redactor = new Redactor(config.apiKey());
        this.serverClock = new ServerClock(config.baseUri());
    }

    /** The configuration. */
    public ClientConfig config() {
        return config;
    }

    /** What the server said about its clock (the sandbox says how fast it runs); real time for HeyGen. */
    public ServerClock serverClock() {
        return serverClock;
    }

    /** The redactor for this transport's key. */
    public Redactor redactor() {
        return redactor;
    }

    /**
     * Sends a logical request, retrying what is safe to retry, and returns the 2xx answer.
     *
     * @throws ApiException       for error answers (after retries where they apply)
     * @throws TransportException for network failures and timeouts after retries
     */
    public ApiResponse send(ApiRequest request) {
        String method = request.method();
        String key = request.idempotencyKey();
        if (key == null && (method.equals("POST") || method.equals("PATCH"))) {
            key = IdempotencyKeys.generate();
        }
        byte[] jsonBody = jsonBytes(request);
        URI uri = uri(request);
        int maxRetries = config.retry().maxRetries();
        for (int attempt = 0; ; attempt++) {
            HttpRequest http = build(request, uri, key, jsonBody);
            config.listener().onRequest(method, request.path(), attempt + 1);
            long started = System.nanoTime();
            HttpResponse<byte[]> response;
            try {
                response = BlockingCalls.eligible(request, jsonBody) ? BlockingCalls.send(http, jsonBody, config.connectTimeout())
                        : apiClient().send(http, HttpResponse.BodyHandlers.ofByteArray());
            } catch (HttpTimeoutException e) {
                if (attempt < maxRetries) {
                    pause(request, attempt, null, "timeout");
                    continue;
                }
                throw logged(timeout(request, e));
            } catch (IOException e) {
                if (attempt < maxRetries) {
                    pause(request, attempt, null, e.getClass().getSimpleName());
                    continue;
                }
                throw logged(network(request, e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException("interrupted", method + " " + request.path() + " was interrupted.",
                        "The thread was interrupted; a create call may still have been accepted.", e);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            int status = response.statusCode();
            String requestId = response.headers().firstValue("x-request-id").orElse(null);
            serverClock.observe(response.headers(), config.clock());
            config.listener().onResponse(method, request.path(), status, elapsed, requestId);
            logExchange(request, uri, key, jsonBody, response, elapsed, attempt);
            if (status >= 200 && status < 300) {
                ApiResponse ok = new ApiResponse(status, response.headers(), response.body(), requestId);
                if (!looksLikeJson(response.body())) {
                    throw logged(new TransportException("invalid_response", redactor.redact(method + " " + request.path()
                            + ": HeyGen answered " + status + " with a body that is not JSON: " + ok.preview()),
                            "A proxy or captive portal may be in the way; check HEYGEN_API_BASE and the network.", null));
                }
                return ok;
            }
            Duration retryAfter = RetryPolicy.parseRetryAfter(response.headers().firstValue("retry-after").orElse(null),
                    config.clock()).orElse(null);
            if (attempt < maxRetries && retryable(status, response.body())) {
                pause(request, attempt, retryAfter, String.valueOf(status));
                continue;
            }
            throw ErrorMapper.map(method, request.path(), status, response.body(), requestId, retryAfter, redactor);
        }
    }

    /** Empty, or starting (after whitespace) like a JSON object or array, as every v3 answer does. */
    private static boolean looksLikeJson(byte[] body) {
        for (byte b : body) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                continue;
            }
            return b == '{' || b == '[';
        }
        return true;
    }

    private <E extends HeyGenException> E logged(E error) {
        HttpLog.log(Level.INFO, redactor.redact(error.getMessage()));
        return error;
    }

    /**
     * Sends a request to a storage URL (presigned download or upload) without the API key, retrying network errors
     * and 5xx answers, and returns whatever status arrives last for the caller to judge.
     */
    public <T> HttpResponse<T> sendExternal(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        if (request.headers().firstValue("x-api-key").isPresent()) {
            throw new IllegalArgumentException("refusing to send the API key to a storage URL");
        }
        String where = request.method() + " " + request.uri().getHost();
        int maxRetries = config.retry().maxRetries();
        if (HttpLog.enabled(Level.DEBUG)) {
            // Storage URLs carry their signature in the query, so only the path and header names are shown.
            HttpLog.log(Level.DEBUG, redactor.redact(where + " " + request.uri().getPath() + " headers: "
                    + String.join(", ", request.headers().map().keySet())));
        }
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<T> response = storageClient(request.uri()).send(request, handler);
                if (isRedirect(response) && HttpClients.isPlain(request.uri())) {
                    // The plain client follows no redirects (it could not open an https target): the TLS client
                    // starts over from the same URL and follows them as it always did.
                    closeQuietly(response.body());
                    response = storageClient(null).send(request, handler);
                }
                if (response.statusCode() >= 500 && attempt < maxRetries) {
                    closeQuietly(response.body());
                    sleep(config.retry().delay(attempt, null), where);
                    continue;
                }
                HttpLog.log(Level.INFO, where + " " + request.uri().getPath() + " -> " + response.statusCode());
                return response;
            } catch (HttpTimeoutException e) {
                if (attempt < maxRetries) {
                    sleep(config.retry().delay(attempt, null), where);
                    continue;
                }
                throw new RequestTimeoutException(where + " timed out after " + config.transferTimeout().toSeconds() + " s.",
                        "Raise the transfer timeout (HeyGen.builder().transferTimeout(...)) or check the connection.", e);
            } catch (IOException e) {
                if (attempt < maxRetries) {
                    sleep(config.retry().delay(attempt, null), where);
                    continue;
                }
                throw new TransportException("network_error", where + " failed: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : " " + redactor.redact(e.getMessage())) + ".",
                        "Check the network and try again.", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TransportException("interrupted", where + " was interrupted.", null, e);
            }
        }
    }

    /** The HTTP client for API calls: never follows redirects (the key stays with the API host). */
    private HttpClient apiClient() {
        HttpClient c = api;
        if (c == null) {
            synchronized (this) {
                if (api == null) {
                    boolean plain = HttpClients.isPlain(config.baseUri());
                    api = HttpClients.build(plain, plain ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2,
                            config.connectTimeout(), HttpClient.Redirect.NEVER);
                }
                c = api;
            }
        }
        return c;
    }

    /**
     * The HTTP client for storage URLs (null: the TLS one): never carries the key. Plain http URLs (the sandbox's)
     * get a client without TLS that follows no redirects; the TLS client follows them.
     */
    private HttpClient storageClient(URI uri) {
        boolean plain = uri != null && HttpClients.isPlain(uri);
        HttpClient c = plain ? plainStorage : storage;
        if (c == null) {
            synchronized (this) {
                if (plain && plainStorage == null) {
                    plainStorage = HttpClients.build(true, HttpClient.Version.HTTP_2, config.connectTimeout(),
                            HttpClient.Redirect.NEVER);
                } else if (!plain && storage == null) {
                    storage = HttpClients.build(false, HttpClient.Version.HTTP_2, config.connectTimeout(),
                            HttpClient.Redirect.NORMAL);
                }
                c = plain ? plainStorage : storage;
            }
        }
        return c;
    }

    private static boolean isRedirect(HttpResponse<?> response) {
        int s = response.statusCode();
        return (s == 301 || s == 302 || s == 303 || s == 307 || s == 308) && response.headers().firstValue("location").isPresent();
    }

    private static void closeQuietly(Object body) {
        if (body instanceof InputStream in) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the body is being discarded anyway
            }
        }
    }

    private boolean retryable(int status, byte[] body) {
        if (RETRY_STATUSES.contains(status)) {
            return true;
        }
        if (status == 409) {
            try {
                JsonNode n = Json.readTree(body);
                return "request_in_progress".equals(n.path("error").path("code").asText());
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    private void pause(ApiRequest request, int attempt, Duration retryAfter, String reason) {
        Duration delay = config.retry().delay(attempt, retryAfter);
        config.listener().onRetry(request.method(), request.path(), attempt + 2, delay, reason);
        HttpLog.log(Level.INFO, redactor.redact(request.method() + " " + request.path() + ": " + reason + ", retry "
                + (attempt + 1) + " of " + config.retry().maxRetries() + " in " + delay.toMillis() + " ms"));
        sleep(delay, request.method() + " " + request.path());
    }

    private void sleep(Duration delay, String what) {
        try {
            config.sleeper().sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted", what + " was interrupted while waiting to retry.", null, e);
        }
    }

    private RequestTimeoutException timeout(ApiRequest request, Exception cause) {
        Duration t = config.timeout(request.operation());
        String hint = request.method().equals("GET")
                ? "Raise the timeout (HeyGen.builder().readTimeout(...)) or try again."
                : "It may still have been accepted: check with a GET or list before sending it again.";
        String seconds = t.toMillis() % 1000 == 0 ? String.valueOf(t.toSeconds()) : String.valueOf(t.toMillis() / 1000.0);
        return new RequestTimeoutException(redactor.redact(request.method() + " " + request.path() + " got no answer within "
                + seconds + " s (after " + (config.retry().maxRetries() + 1) + " attempts)."), hint, cause);
    }

    private TransportException network(ApiRequest request, IOException e) {
        String detail = e.getMessage() == null ? "" : ": " + redactor.redact(e.getMessage());
        String hint = e instanceof ConnectException
                ? "Nothing answers at " + config.baseUri() + "; check HEYGEN_API_BASE and the network."
                : "Check the network and try again.";
        return new TransportException("network_error", redactor.redact(request.method() + " " + request.path() + " failed: "
                + e.getClass().getSimpleName() + detail), hint, e);
    }

    private URI uri(ApiRequest request) {
        StringBuilder sb = new StringBuilder(config.baseUri().toString()).append(request.path());
        if (!request.query().isEmpty()) {
            StringJoiner q = new StringJoiner("&", "?", "");
            for (Map.Entry<String, String> e : request.query().entrySet()) {
                q.add(enc(e.getKey()) + "=" + enc(e.getValue()));
            }
            sb.append(q);
        }
        return URI.create(sb.toString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%2C", ",");
    }

    private static byte[] jsonBytes(ApiRequest request) {
        if (request.body() instanceof ApiRequest.JsonBody json) {
            try {
                return Json.MAPPER.writeValueAsBytes(json.value());
            } catch (JsonProcessingException e) {
                throw Json.finiteOr(e, json.value());
            }
        }
        return null;
    }

    private HttpRequest build(ApiRequest request, URI uri, String key, byte[] jsonBody) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(config.timeout(request.operation()))
                .header("x-api-key", config.apiKey().secret())
                .header("User-Agent", config.userAgent())
                .header("Accept", "application/json");
        if (key != null) {
            b.header("Idempotency-Key", key);
        }
        HttpRequest.BodyPublisher publisher;
        if (jsonBody != null) {
            b.header("Content-Type", "application/json");
            publisher = HttpRequest.BodyPublishers.ofByteArray(jsonBody);
        } else if (request.body() instanceof ApiRequest.FileBody file) {
            Multipart multipart = Multipart.of(file.file(), file.field(), file.contentType());
            b.header("Content-Type", multipart.contentType());
            publisher = Transfers.counting(multipart.publisher(), request.progress());
        } else {
            publisher = HttpRequest.BodyPublishers.noBody();
        }
        return b.method(request.method(), publisher).build();
    }

    private void logExchange(ApiRequest request, URI uri, String key, byte[] jsonBody, HttpResponse<byte[]> response,
                             Duration elapsed, int attempt) {
        if (!HttpLog.enabled(Level.INFO)) {
            return;
        }
        String requestId = response.headers().firstValue("x-request-id").orElse("-");
        HttpLog.log(Level.INFO, redactor.redact(request.method() + " " + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " -> " + response.statusCode() + " in "
                + elapsed.toMillis() + " ms (attempt " + (attempt + 1) + ", request_id " + requestId + ")"));
        if (HttpLog.enabled(Level.DEBUG)) {
            StringBuilder sb = new StringBuilder("request headers: x-api-key=").append(Redactor.MASK)
                    .append(", User-Agent=").append(config.userAgent());
            if (key != null) {
                sb.append(", Idempotency-Key=").append(key);
            }
            if (jsonBody != null) {
                sb.append("; body: ").append(cut(new String(jsonBody, StandardCharsets.UTF_8)));
            }
            HttpLog.log(Level.DEBUG, redactor.redact(sb.toString()));
            StringBuilder rs = new StringBuilder("response headers: ");
            response.headers().map().forEach((k, v) -> rs.append(k).append('=')
                    .append(redactor.header(k, String.join(",", v))).append(", "));
            rs.append("body: ").append(cut(new String(response.body(), StandardCharsets.UTF_8)));
            HttpLog.log(Level.DEBUG, redactor.redact(rs.toString()));
        }
    }

    private static String cut(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…(" + s.length() + " chars)" : s;
    }

    /** The size of a file, or a one-line error naming it. */
    static long size(java.nio.file.Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new HeyGenException("file_unreadable", "Cannot read " + file + ": " + e.getClass().getSimpleName() + ".",
                    "Check the path and its permissions.", e);
        }
    }
}
