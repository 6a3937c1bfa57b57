package dev.heygenkit.testing;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

/** Posts webhook deliveries to a receiver on 127.0.0.1, signed like HeyGen (hex HMAC-SHA256 of the raw body). */
public final class Deliveries {
    /** The header the kit signs and verifies under by default. */
    public static final String HEADER = "X-HeyGen-Signature";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Deliveries() {
    }

    /** An independent HMAC, so the receiver is not checked against the kit's own signer. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A delivery body like the sandbox's; no {@code event_id} key when {@code eventId} is null. */
    public static byte[] event(String eventId, String type, String videoId) {
        String id = eventId == null ? "" : "\"event_id\":\"" + eventId + "\",";
        return ("{" + id + "\"event_type\":\"" + type + "\",\"created_at\":\"2026-01-05T10:00:47Z\",\"event_data\":"
                + "{\"video_id\":\"" + videoId + "\",\"video_url\":\"https://x/v.mp4\",\"callback_id\":\"order-42\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Posts the body with {@code header: signature} (no header when signature is null); returns the status. */
    public static int post(URI url, byte[] body, String header, String signature) {
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            b.header(header, signature);
        }
        return send(b.build()).statusCode();
    }

    /** Posts the body signed with {@code secret} under the default header. */
    public static int post(URI url, byte[] body, String secret) {
        return post(url, body, HEADER, sign(secret, body));
    }

    /** Sends a request, failing the test on a transport error. */
    public static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("request to " + request.uri() + " failed: " + e, e);
        }
    }
}
