package dev.heygenkit.sandbox;

import java.util.List;
import java.util.Map;

/**
 * One request the sandbox received, as tests want to see it. Credentials ({@code x-api-key}, {@code Authorization})
 * are never recorded; binary bodies are summarised.
 *
 * @param method  HTTP method
 * @param path    path without the query
 * @param query   raw query string, or null
 * @param headers request headers (lower-case names) without credentials
 * @param body    the body as UTF-8 text, {@code <N bytes>} for binary uploads, or empty
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, String body) {
    /** Copies the header map. */
    public RecordedRequest {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    /** The first value of a header (case-insensitive name), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
