package dev.heygenkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A successful API answer: status, headers and the JSON body, with the envelope's {@code data} at hand.
 *
 * @param status    the HTTP status (2xx)
 * @param headers   response headers
 * @param body      raw body bytes
 * @param requestId the {@code X-Request-Id} header, or null
 */
public record ApiResponse(int status, HttpHeaders headers, byte[] body, String requestId) {
    /** The body parsed as JSON; an empty body reads as a missing node, a non-JSON one is a {@code TransportException}. */
    public JsonNode json() {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return Json.readTree(body);
        } catch (java.io.IOException e) {
            throw new dev.heygenkit.TransportException("invalid_response", "HeyGen answered " + status
                    + " with a body that is not JSON: " + preview(),
                    "A proxy or captive portal may be in the way; check HEYGEN_API_BASE and the network.", e);
        }
    }

    /** The envelope's {@code data} member (missing node when absent). */
    public JsonNode data() {
        return json().path("data");
    }

    /** The first value of a header. */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** The body as text, cut to 200 characters, for messages. */
    public String preview() {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
