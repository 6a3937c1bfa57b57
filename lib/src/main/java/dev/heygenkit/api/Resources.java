package dev.heygenkit.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.TransportException;
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
        if (value != null) {
            return value;
        }
        JsonNode data = data(response, request);
        try {
            return Json.read(data, type);
        } catch (IllegalStateException e) {
            throw unexpected(response, request, "a " + type.getSimpleName() + " of the wrong shape (" + e.getMessage() + ")");
        }
    }

    /**
     * The envelope's {@code data} member, which every v3 answer carries: an empty body, a missing or null
     * {@code data}, or an error envelope on a 2xx status is a broken answer, never a success with nothing in it.
     */
    static JsonNode data(ApiResponse response, ApiRequest request) {
        JsonNode root = response.json();
        JsonNode data = root.path("data");
        if (!data.isMissingNode() && !data.isNull()) {
            return data;
        }
        if (root.path("error").isObject()) {
            JsonNode error = root.path("error");
            throw unexpected(response, request, "an error (" + Json.abbreviate(error.path("code").asText("?"), 60) + ": "
                    + Json.abbreviate(error.path("message").asText(""), 200) + ")");
        }
        throw unexpected(response, request, response.body().length == 0 ? "an empty body" : "no data");
    }

    /** The error for a 2xx answer the kit cannot use; it names the request and says what came instead. */
    static TransportException unexpected(ApiResponse response, ApiRequest request, String what) {
        return new TransportException("invalid_response", "HeyGen's " + response.status() + " answer to " + request.method()
                + " " + request.path() + " is unusable: " + what,
                "Try again; if it persists, a proxy may be in the way or HeyGen changed the answer"
                        + (response.requestId() == null ? "" : " (request id " + response.requestId() + ")") + ".", null);
    }

    /** Reads a list envelope ({@code data} array, {@code has_more}/{@code next_token} beside it) into a lazy page. */
    static <T> Page<T> page(HttpTransport transport, ApiRequest request, Class<T> type) {
        return page(transport, request, type, null);
    }

    /** As above for the page reached with {@code token}; a server handing out the same token again is refused. */
    private static <T> Page<T> page(HttpTransport transport, ApiRequest request, Class<T> type, String token) {
        ApiResponse response = transport.send(request);
        Function<String, Page<T>> next = nextToken -> {
            if (nextToken.equals(token)) {
                throw unexpected(response, request, "the same next_token it was asked for (paging would never end)");
            }
            return page(transport, request.query("token", nextToken), type, nextToken);
        };
        Json.Listing<T> listing = Json.readListing(response.body(), type);
        if (listing != null) {
            return page(listing.items(), listing.cursor(), next);
        }
        JsonNode items = data(response, request);
        if (!items.isArray()) {
            throw unexpected(response, request, "a data member that is not a list");
        }
        try {
            return page(items, response.json(), type, next);
        } catch (IllegalArgumentException e) {
            throw unexpected(response, request, "list items of the wrong shape");
        }
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
