package dev.heygenkit.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.internal.http.ApiRequest;
import dev.heygenkit.internal.http.ApiResponse;
import dev.heygenkit.internal.http.HttpTransport;
import dev.heygenkit.internal.http.Json;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** Envelope handling shared by the resource groups: {@code data} objects and cursor pages. */
final class Resources {
    private Resources() {
    }

    /**
     * Sends the request and reads the envelope's {@code data} as {@code type}: in one pass from the bytes, or through
     * a tree when that pass declines (whose errors are the ones callers know).
     */
    static <T> T data(HttpTransport transport, ApiRequest request, Class<T> type) {
        ApiResponse response = transport.send(request);
        T value = Json.readData(response.body(), type);
        return value != null ? value : Json.read(response.data(), type);
    }

    /** Reads a list envelope ({@code data} array, {@code has_more}/{@code next_token} beside it) into a lazy page. */
    static <T> Page<T> page(HttpTransport transport, ApiRequest request, Class<T> type) {
        ApiResponse response = transport.send(request);
        Function<String, Page<T>> next = token -> page(transport, request.query("token", token), type);
        Json.Listing<T> listing = Json.readListing(response.body(), type);
        if (listing != null) {
            return page(listing.items(), listing.cursor(), next);
        }
        JsonNode root = response.json();
        return page(root.path("data"), root, type, next);
    }

    /** Builds a page from an items array and the node holding {@code has_more}/{@code next_token}. */
    static <T> Page<T> page(JsonNode items, JsonNode cursorHolder, Class<T> type, Function<String, Page<T>> next) {
        return page(Json.readList(items, type), cursorHolder, next);
    }

    private static <T> Page<T> page(List<T> list, JsonNode cursorHolder, Function<String, Page<T>> next) {
        boolean hasMore = cursorHolder.path("has_more").asBoolean(false);
        JsonNode token = cursorHolder.get("next_token");
        return new Page<>(list, hasMore, token == null || token.isNull() ? null : token.asText(), next);
    }

    /** A path segment for an id, rejecting blank ids with a message naming what was expected. */
    static String id(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank; pass the id returned by the API");
        }
        return URLEncoder.encode(value.trim(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Refuses a local file where the typed client sends JSON as is: it would go out as its {@code local-file:}
     * placeholder. The DSL ({@code CustomAvatar}, {@code CustomVoice}) uploads local files for you.
     */
    static void notLocal(AssetInput input, String what, String dsl) {
        if (input instanceof AssetInput.LocalFile f) {
            throw new IllegalArgumentException(what + " " + f.path() + " is a local file, which the typed client does not "
                    + "upload; upload it with client.assets().upload(path) and pass AssetInput.asset(id), or use " + dsl);
        }
    }

    /** Checks a page size against the endpoint's range. */
    static Integer limit(Integer limit, int max) {
        if (limit != null && (limit < 1 || limit > max)) {
            throw new IllegalArgumentException("limit " + limit + " is out of range; use 1 to " + max);
        }
        return limit;
    }
}
