package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;

/** A v3 error answer in flight: HTTP status, API code, one-line message and the offending parameter. */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String param;
    private final Map<String, String> headers;

    ApiError(int status, String code, String message, String param, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.param = param;
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    int status() {
        return status;
    }

    /** The v3 error code, e.g. {@code invalid_parameter}. */
    String code() {
        return code;
    }

    /** The offending parameter's JSON path, or null. */
    String param() {
        return param;
    }

    /** Extra response headers such as Retry-After. */
    Map<String, String> headers() {
        return headers;
    }

    static ApiError invalid(String param, String message) {
        return new ApiError(400, "invalid_parameter", message, param, null);
    }

    static ApiError notFound(String code, String message) {
        return new ApiError(404, code, message, null, null);
    }

    ObjectNode body() {
        ObjectNode error = Json.object();
        error.put("code", code);
        error.put("message", getMessage());
        if (param != null) {
            error.put("param", param);
        }
        error.put("doc_url", "https://developers.heygen.com/docs/error-codes#" + code.replace('_', '-').toLowerCase(Locale.ROOT));
        ObjectNode body = Json.object();
        body.set("error", error);
        return body;
    }
}
