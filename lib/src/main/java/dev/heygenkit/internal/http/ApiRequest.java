package dev.heygenkit.internal.http;

import dev.heygenkit.TransferProgress;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One logical API call: method, path, query, body and operation class. A logical call keeps one
 * {@code Idempotency-Key} across all its attempts; POST and PATCH get one generated when none is given.
 *
 * <pre>{@code ApiRequest.get("/v3/avatars/looks").query("limit", 20)}</pre>
 */
public final class ApiRequest {
    /** What travels in the request body. */
    public sealed interface Body permits NoBody, JsonBody, FileBody {
    }

    /** No body. */
    public record NoBody() implements Body {
    }

    /** A JSON value (a record, map or tree) serialised with the shared codec. */
    public record JsonBody(Object value) implements Body {
    }

    /** A file sent as the single multipart part {@code field}, streamed from disk. */
    public record FileBody(Path file, String field, String contentType) implements Body {
    }

    private final String method;
    private final String path;
    private final Map<String, String> query;
    private final Body body;
    private final Operation operation;
    private final String idempotencyKey;
    private final TransferProgress progress;

    private ApiRequest(String method, String path, Map<String, String> query, Body body, Operation operation,
                       String idempotencyKey) {
        this(method, path, query, body, operation, idempotencyKey, TransferProgress.NONE);
    }

    private ApiRequest(String method, String path, Map<String, String> query, Body body, Operation operation,
                       String idempotencyKey, TransferProgress progress) {
        this.method = method;
        this.path = path;
        this.query = Collections.unmodifiableMap(query);
        this.body = body;
        this.operation = operation;
        this.idempotencyKey = idempotencyKey;
        this.progress = progress == null ? TransferProgress.NONE : progress;
    }

    /** A GET of metadata. */
    public static ApiRequest get(String path) {
        return new ApiRequest("GET", path, new LinkedHashMap<>(), new NoBody(), Operation.READ, null);
    }

    /** A POST with a JSON body (null for an empty one). */
    public static ApiRequest post(String path, Object json) {
        return new ApiRequest("POST", path, new LinkedHashMap<>(), json == null ? new NoBody() : new JsonBody(json),
                Operation.WRITE, null);
    }

    /** A PATCH with a JSON body. */
    public static ApiRequest patch(String path, Object json) {
        return new ApiRequest("PATCH", path, new LinkedHashMap<>(), new JsonBody(json), Operation.WRITE, null);
    }

    /** A DELETE. */
    public static ApiRequest delete(String path) {
        return new ApiRequest("DELETE", path, new LinkedHashMap<>(), new NoBody(), Operation.WRITE, null);
    }

    /** Any method with a JSON body or none, for {@code client.raw()}. */
    public static ApiRequest of(String method, String path, Object json) {
        String m = method == null ? "" : method.trim().toUpperCase(java.util.Locale.ROOT);
        if (!m.matches("[A-Z]{1,20}")) {
            throw new IllegalArgumentException("HTTP method \"" + method + "\" is not a method name; use e.g. GET, POST, PATCH or DELETE");
        }
        Operation op = m.equals("GET") || m.equals("HEAD") ? Operation.READ : Operation.WRITE;
        return new ApiRequest(m, path, new LinkedHashMap<>(), json == null ? new NoBody() : new JsonBody(json), op, null);
    }

    /** A multipart POST uploading one file. */
    public static ApiRequest upload(String path, Path file, String field, String contentType) {
        return new ApiRequest("POST", path, new LinkedHashMap<>(), new FileBody(file, field, contentType),
                Operation.TRANSFER, null);
    }

    /** A copy with one more query parameter; null values are left out. */
    public ApiRequest query(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put(name, String.valueOf(value));
        return new ApiRequest(method, path, q, body, operation, idempotencyKey, progress);
    }

    /** A copy with all these query parameters (null values left out). */
    public ApiRequest query(Map<String, ?> params) {
        ApiRequest r = this;
        for (Map.Entry<String, ?> e : params.entrySet()) {
            r = r.query(e.getKey(), e.getValue());
        }
        return r;
    }

    /** A copy that uses the caller's idempotency key on every attempt. */
    public ApiRequest idempotencyKey(String key) {
        if (key != null) {
            IdempotencyKeys.check(key);
        }
        return new ApiRequest(method, path, query, body, operation, key, progress);
    }

    /** A copy with a different timeout class. */
    public ApiRequest operation(Operation op) {
        return new ApiRequest(method, path, query, body, Objects.requireNonNull(op), idempotencyKey, progress);
    }

    /** A copy whose request body reports its bytes to {@code listener} as they are sent (uploads). */
    public ApiRequest progress(TransferProgress listener) {
        return new ApiRequest(method, path, query, body, operation, idempotencyKey, listener);
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The path below the base URL, starting with {@code /}. */
    public String path() {
        return path;
    }

    /** Query parameters in insertion order. */
    public Map<String, String> query() {
        return query;
    }

    /** The body. */
    public Body body() {
        return body;
    }

    /** The timeout class. */
    public Operation operation() {
        return operation;
    }

    /** The caller's idempotency key, or null to let the transport generate one for POST/PATCH. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The upload progress listener ({@link TransferProgress#NONE} unless set). */
    public TransferProgress progress() {
        return progress;
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query);
    }
}
