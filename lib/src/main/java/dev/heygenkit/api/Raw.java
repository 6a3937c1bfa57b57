package dev.heygenkit.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.internal.http.ApiRequest;
import dev.heygenkit.internal.http.ApiResponse;
import dev.heygenkit.internal.http.HttpTransport;
import dev.heygenkit.internal.http.Json;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Any v3 endpoint the typed groups do not cover, with the same key, retries, idempotency keys and error mapping.
 * Bodies may be a {@link JsonNode}, a {@link Map}, a record or JSON text; answers are the whole envelope.
 *
 * <pre>{@code JsonNode page = client.raw().get("/v3/templates", Map.of("limit", 5));}</pre>
 */
public final class Raw {
    private final HttpTransport transport;

    Raw(HttpTransport transport) {
        this.transport = transport;
    }

    /** GETs a path; a query in the path ({@code ?a=b}) is kept. */
    public JsonNode get(String path) {
        return send("GET", path, Map.of(), null, null);
    }

    /** GETs a path with query parameters (null values left out). */
    public JsonNode get(String path, Map<String, ?> query) {
        return send("GET", path, query, null, null);
    }

    /** POSTs a JSON body (null for none) under a generated {@code Idempotency-Key} reused on every retry. */
    public JsonNode post(String path, Object body) {
        return send("POST", path, Map.of(), body, null);
    }

    /** POSTs a JSON body under the caller's {@code Idempotency-Key}. */
    public JsonNode post(String path, Object body, String idempotencyKey) {
        return send("POST", path, Map.of(), body, idempotencyKey);
    }

    /** PATCHes a JSON body. */
    public JsonNode patch(String path, Object body) {
        return send("PATCH", path, Map.of(), body, null);
    }

    /** PUTs a JSON body. */
    public JsonNode put(String path, Object body) {
        return send("PUT", path, Map.of(), body, null);
    }

    /** DELETEs a path. */
    public JsonNode delete(String path) {
        return send("DELETE", path, Map.of(), null, null);
    }

    /**
     * Sends any request and returns the parsed envelope ({@code data}, and {@code has_more}/{@code next_token} for
     * lists); an empty answer reads as a missing node.
     *
     * @param method         HTTP method
     * @param path           path below the base URL, starting with {@code /v3/}
     * @param query          query parameters, null values left out
     * @param body           JSON body or null
     * @param idempotencyKey the key to send, or null to generate one for POST and PATCH
     */
    public JsonNode send(String method, String path, Map<String, ?> query, Object body, String idempotencyKey) {
        return exchange(request(method, path, query, body, idempotencyKey)).json();
    }

    /** Sends a prepared request and returns the whole answer: status, headers, request id and body. */
    ApiResponse exchange(ApiRequest request) {
        return transport.send(request);
    }

    /** Builds the request {@link #send} would send, to adjust it (timeout class, key) before {@link #exchange}. */
    ApiRequest request(String method, String path, Map<String, ?> query, Object body, String idempotencyKey) {
        String bare = checkPath(path);
        Object json = body instanceof String text ? Json.parse(text)
                : body instanceof byte[] bytes ? Json.parse(new String(bytes, StandardCharsets.UTF_8)) : body;
        ApiRequest r = ApiRequest.of(method, bare, json).query(queryOf(path)).idempotencyKey(idempotencyKey);
        return query == null ? r : r.query(query);
    }

    private static String checkPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("://") || path.contains("#")) {
            throw new IllegalArgumentException("raw path \"" + path + "\" must be a path below the API root such as /v3/templates"
                    + " (no scheme, host or fragment), so the key only goes to the configured API");
        }
        int q = path.indexOf('?');
        String bare = q < 0 ? path : path.substring(0, q);
        if (bare.contains(" ") || bare.contains("/../") || bare.endsWith("/..")) {
            throw new IllegalArgumentException("raw path \"" + path + "\" contains a space or a parent segment; encode ids in the path");
        }
        return bare;
    }

    private static Map<String, String> queryOf(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        int q = path.indexOf('?');
        if (q < 0) {
            return out;
        }
        for (String pair : path.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(name, value);
        }
        return out;
    }
}
