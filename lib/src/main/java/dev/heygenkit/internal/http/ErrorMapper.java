package dev.heygenkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.ApiException;
import dev.heygenkit.AuthenticationException;
import dev.heygenkit.BadRequestException;
import dev.heygenkit.ConflictException;
import dev.heygenkit.InsufficientCreditException;
import dev.heygenkit.NotFoundException;
import dev.heygenkit.PermissionDeniedException;
import dev.heygenkit.RateLimitException;
import dev.heygenkit.ServerException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * Turns an error answer into the exception tree: the {@code {"error":{code,message,param,doc_url}}} envelope when
 * present, otherwise a code derived from the status (gateway HTML pages and empty bodies included).
 */
public final class ErrorMapper {
    private ErrorMapper() {
    }

    /** Maps an error answer; every text passes through the redactor. */
    public static ApiException map(String method, String path, int status, byte[] body, String requestId,
                                   Duration retryAfter, Redactor redactor) {
        String code = null;
        String message = null;
        String param = null;
        String docUrl = null;
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.startsWith("{")) {
            try {
                JsonNode root = Json.readTree(text);
                JsonNode err = root.path("error");
                if (err.isObject()) {
                    code = textOrNull(err, "code");
                    message = textOrNull(err, "message");
                    param = textOrNull(err, "param");
                    docUrl = textOrNull(err, "doc_url");
                } else if (err.isTextual()) {
                    message = err.asText();
                } else {
                    code = textOrNull(root, "code");
                    message = textOrNull(root, "message");
                }
            } catch (java.io.IOException malformed) {
                message = null;
            }
        }
        if (code == null || code.isBlank() || code.equalsIgnoreCase("error")) {
            code = fallbackCode(status);
        }
        if (message == null || message.isBlank()) {
            message = describeBody(status, text);
        }
        // Server text is input too: a megabyte of message must not reach a terminal or a log whole.
        message = Json.abbreviate(redactor.redact(oneLine(message)), 240);
        code = Json.abbreviate(code, 80);
        param = Json.abbreviate(redactor.redact(param), 120);
        String full = method + " " + path + " failed: " + status + " " + code + ": " + message
                + (param == null ? "" : " (param " + param + ")");
        full = redactor.redact(full);
        docUrl = redactor.redact(docUrl);
        requestId = redactor.redact(requestId);
        String hint = redactor.redact(hint(status, code, param, path, retryAfter));
        return switch (status) {
            case 400, 422 -> new BadRequestException(status, code, full, param, docUrl, requestId, hint);
            case 401 -> new AuthenticationException(status, code, full, param, docUrl, requestId, hint);
            case 402 -> new InsufficientCreditException(status, code, full, param, docUrl, requestId, hint);
            case 403 -> new PermissionDeniedException(status, code, full, param, docUrl, requestId, hint);
            case 404 -> new NotFoundException(status, code, full, param, docUrl, requestId, hint);
            case 409 -> new ConflictException(status, code, full, param, docUrl, requestId, hint);
            case 429 -> new RateLimitException(status, code, full, param, docUrl, requestId, hint, retryAfter);
            default -> status >= 500
                    ? new ServerException(status, code, full, param, docUrl, requestId, hint)
                    : new ApiException(status, code, full, param, docUrl, requestId, hint);
        };
    }

    /** The code HeyGen's CLI derives when the API names none. */
    public static String fallbackCode(int status) {
        return switch (status) {
            case 400 -> "validation_error";
            case 401 -> "unauthorized";
            case 402 -> "insufficient_credit";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 409 -> "conflict";
            case 413 -> "payload_too_large";
            case 429 -> "rate_limit_exceeded";
            default -> status >= 500 ? "unclassified_server_error" : "unclassified_client_error";
        };
    }

    private static String describeBody(int status, String text) {
        if (text.isEmpty()) {
            return "HeyGen answered HTTP " + status + " with an empty body";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<") || lower.contains("<html")) {
            return "HeyGen answered HTTP " + status + " with an HTML page (a gateway or proxy error, not the API)";
        }
        String cut = text.length() > 120 ? text.substring(0, 120) + "…" : text;
        return "HeyGen answered HTTP " + status + " with an unexpected body: " + cut;
    }

    private static String hint(int status, String code, String param, String path, Duration retryAfter) {
        if ("request_in_progress".equals(code)) {
            return "The same Idempotency-Key is still being processed; retry later with the same key, never a new one.";
        }
        return switch (status) {
            case 400, 422 -> param != null ? "Fix " + param + " and send again; nothing was created."
                    : "Check the request fields against the v3 reference; nothing was created.";
            case 401 -> "Check HEYGEN_API_KEY (or ~/.heygen/credentials); keys are under Settings > API in the HeyGen app. "
                    + "No key? Use the sandbox (HeyGen.sandbox() or --sandbox).";
            case 402 -> "Add API credit in the HeyGen app (Settings > API); nothing was created or charged.";
            case 403 -> "This key may not use this resource or feature; check your plan or the resource owner.";
            case 404 -> notFoundHint(path);
            case 429 -> "Too many requests; " + (retryAfter != null ? "wait " + retryAfter.toSeconds() + " s" : "wait a little")
                    + " or raise HEYGEN_MAX_RETRIES.";
            default -> status >= 500 ? "HeyGen had a server problem; try again in a minute and quote the request id if it persists."
                    : null;
        };
    }

    private static String notFoundHint(String path) {
        if (path.startsWith("/v3/avatars/looks")) {
            return "Check the look id: list them with client.looks().list() or `heygen looks`.";
        }
        if (path.startsWith("/v3/avatars")) {
            return "Check the avatar group id: list them with client.avatars().list() or `heygen avatars`.";
        }
        if (path.startsWith("/v3/voices")) {
            return "Check the voice id: list them with client.voices().list() or `heygen voices`.";
        }
        if (path.startsWith("/v3/assets")) {
            return "Check the asset id: it is the asset_id an upload returned.";
        }
        if (path.startsWith("/v3/webhooks/endpoints")) {
            return "Check the endpoint id: list them with client.webhooks().listEndpoints().";
        }
        if (path.startsWith("/v3/templates")) {
            return "Check the template id: list them with client.templates().list() or `heygen templates list`.";
        }
        if (path.startsWith("/v3/videos/batches")) {
            return "Check the batch id: it is the batch_id that client.videos().createBatch(...) returned.";
        }
        if (path.startsWith("/v3/videos")) {
            return "Check the video id: list recent videos with client.videos().list().";
        }
        return "Check the id in the path.";
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
