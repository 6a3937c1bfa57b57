package dev.heygenkit.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.WebhookSignatureException;
import dev.heygenkit.internal.http.Json;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Checks webhook deliveries for receivers: HMAC-SHA256 of the raw body keyed by the endpoint's secret, compared in
 * constant time with the signature header (default {@code X-HeyGen-Signature}, lowercase hex). HeyGen does not
 * document the header or encoding, so both are configurable. Verify the raw bytes, never re-serialised JSON.
 *
 * <pre>{@code WebhookEvent e = WebhookSignature.verifyAndParse(secret, rawBody, request.getHeader("X-HeyGen-Signature"));}</pre>
 */
public final class WebhookSignature {
    /** The header the signature is read from unless configured otherwise. */
    public static final String DEFAULT_HEADER = "X-HeyGen-Signature";

    /** How the digest is written in the header. */
    public enum Encoding {
        /** Hexadecimal, either case (the default). */
        HEX,
        /** Base64, standard or URL-safe alphabet. */
        BASE64
    }

    private final byte[] secret;
    private final String header;
    private final Encoding encoding;

    private WebhookSignature(byte[] secret, String header, Encoding encoding) {
        this.secret = secret;
        this.header = header;
        this.encoding = encoding;
    }

    /** A verifier for an endpoint's secret with the default header and hex encoding. */
    public static WebhookSignature of(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the webhook secret is empty; use the secret returned by createEndpoint or rotateSecret");
        }
        return new WebhookSignature(secret.getBytes(StandardCharsets.UTF_8), DEFAULT_HEADER, Encoding.HEX);
    }

    /** A copy reading the signature from another header, e.g. {@code Signature}. */
    public WebhookSignature header(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the signature header name is blank; use e.g. " + DEFAULT_HEADER);
        }
        return new WebhookSignature(secret, name.trim(), encoding);
    }

    /** A copy expecting another digest encoding. */
    public WebhookSignature encoding(Encoding value) {
        return new WebhookSignature(secret, header, Objects.requireNonNull(value, "encoding"));
    }

    /** The header this verifier reads. */
    public String header() {
        return header;
    }

    /** The digest encoding this verifier expects. */
    public Encoding encoding() {
        return encoding;
    }

    /** The signature a sender would put in the header for this body. */
    public String sign(byte[] rawBody) {
        byte[] mac = mac(rawBody);
        return encoding == Encoding.HEX ? HexFormat.of().formatHex(mac) : Base64.getEncoder().encodeToString(mac);
    }

    /**
     * Whether the header value is a valid signature of the body. Accepts an optional {@code sha256=} style prefix and
     * several comma-separated candidates (as during a secret rotation); a null or malformed value is false.
     */
    public boolean verify(byte[] rawBody, String headerValue) {
        if (rawBody == null || headerValue == null || headerValue.isBlank()) {
            return false;
        }
        byte[] expected = mac(rawBody);
        boolean match = false;
        for (String candidate : headerValue.split("[,\\s]+")) {
            byte[] given = decode(stripPrefix(candidate));
            // Every candidate is compared, in constant time, so the timing tells nothing about which one matched.
            match |= given != null && MessageDigest.isEqual(expected, given);
        }
        return match;
    }

    /** Whether the request's headers (any case of the name, as servlet or JDK maps give them) sign the body. */
    public boolean verify(byte[] rawBody, Map<String, ? extends Collection<String>> headers) {
        return verify(rawBody, headerValue(headers));
    }

    /** Verifies the body and parses it, or throws {@link WebhookSignatureException} without parsing anything. */
    public WebhookEvent verifyAndParse(byte[] rawBody, String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            throw new WebhookSignatureException("The webhook delivery has no " + header + " header.",
                    "Reject it with 401; if HeyGen signs under another header, configure it with header(...).");
        }
        if (!verify(rawBody, headerValue)) {
            throw new WebhookSignatureException("The webhook delivery's " + header + " does not match its body.",
                    "Reject it with 401; check the endpoint's current secret (rotateSecret invalidates the old one) "
                            + "and that the raw body bytes were verified.");
        }
        return parse(rawBody);
    }

    /** Verifies and parses using the request's header map. */
    public WebhookEvent verifyAndParse(byte[] rawBody, Map<String, ? extends Collection<String>> headers) {
        return verifyAndParse(rawBody, headerValue(headers));
    }

    /** Whether {@code headerValue} is the hex HMAC-SHA256 of the body under {@code secret}. */
    public static boolean verify(String secret, byte[] rawBody, String headerValue) {
        return of(secret).verify(rawBody, headerValue);
    }

    /** Verifies a delivery signed in hex under the default header and parses it. */
    public static WebhookEvent verifyAndParse(String secret, byte[] rawBody, String headerValue) {
        return of(secret).verifyAndParse(rawBody, headerValue);
    }

    /** The lowercase hex HMAC-SHA256 of the body under {@code secret}, as senders put it in the header. */
    public static String sign(String secret, byte[] rawBody) {
        return of(secret).sign(rawBody);
    }

    /**
     * Parses a delivery body {@code {"event_id","event_type","created_at","event_data":{…}}}, keeping unknown keys
     * of the payload; only call it on verified bodies.
     */
    public static WebhookEvent parse(byte[] rawBody) {
        JsonNode root;
        try {
            root = Json.readTree(rawBody == null ? new byte[0] : rawBody);
        } catch (IOException e) {
            throw new HeyGenException("invalid_webhook", "The webhook body is not JSON.", "Pass the raw request body bytes.", e);
        }
        if (root == null || !root.isObject() || !root.hasNonNull("event_type")) {
            throw new HeyGenException("invalid_webhook", "The webhook body is not an event: it has no event_type.",
                    "Pass the raw body of a HeyGen webhook delivery.");
        }
        return Json.read(root, WebhookEvent.class);
    }

    private String headerValue(Map<String, ? extends Collection<String>> headers) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, ? extends Collection<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(header) && e.getValue() != null && !e.getValue().isEmpty()) {
                return String.join(",", e.getValue());
            }
        }
        return null;
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM lacks HmacSHA256", e);
        }
    }

    private static String stripPrefix(String candidate) {
        int eq = candidate.indexOf('=');
        // "sha256=<digest>" style prefixes are dropped; base64 padding ("abc=") is not a prefix.
        if (eq > 0 && candidate.substring(eq + 1).replace("=", "").length() > 0
                && candidate.substring(0, eq).matches("[A-Za-z0-9_-]{1,16}")) {
            return candidate.substring(eq + 1);
        }
        return candidate;
    }

    private byte[] decode(String value) {
        try {
            if (encoding == Encoding.HEX) {
                return HexFormat.of().parseHex(value.toLowerCase(Locale.ROOT));
            }
            return value.indexOf('-') >= 0 || value.indexOf('_') >= 0
                    ? Base64.getUrlDecoder().decode(value) : Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "WebhookSignature[header=" + header + ", encoding=" + encoding + ", secret=<redacted>]";
    }
}
