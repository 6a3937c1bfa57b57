package dev.heygenkit.api;

import dev.heygenkit.HeyGenException;
import dev.heygenkit.WebhookSignatureException;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Verifying webhook deliveries the way the kit's sandbox signs them: hex HMAC-SHA256 of the raw body. */
class WebhookSignatureTest {
    private static final String SECRET = "whsec_test_secret";
    private static final byte[] BODY = ("{\"event_id\":\"evt_1\",\"event_type\":\"avatar_video.success\","
            + "\"created_at\":\"2026-03-01T12:01:00Z\",\"event_data\":{\"video_id\":\"vid_1\",\"video_url\":\"https://x/v.mp4\","
            + "\"duration\":4.5,\"callback_id\":\"order-42\",\"brand_new_key\":{\"nested\":true}},\"also_new\":1}")
            .getBytes(StandardCharsets.UTF_8);

    /** An independent HMAC, so the verifier is not checked against itself. */
    private static byte[] hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return mac.doFinal(body);
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    @Test
    void a_lowercase_hex_signature_of_the_raw_body_verifies() throws Exception {
        String header = hex(hmac(SECRET, BODY));
        assertThat(WebhookSignature.verify(SECRET, BODY, header)).isTrue();
        assertThat(WebhookSignature.sign(SECRET, BODY)).isEqualTo(header);
    }

    @Test
    void uppercase_hex_and_a_sha256_prefix_verify_too() throws Exception {
        String header = hex(hmac(SECRET, BODY));
        assertThat(WebhookSignature.verify(SECRET, BODY, header.toUpperCase())).isTrue();
        assertThat(WebhookSignature.verify(SECRET, BODY, "sha256=" + header)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, BODY, " " + header + " ")).isTrue();
    }

    @Test
    void a_wrong_secret_a_changed_body_or_a_truncated_signature_fails() throws Exception {
        String header = hex(hmac(SECRET, BODY));
        assertThat(WebhookSignature.verify("whsec_other", BODY, header)).isFalse();
        byte[] tampered = BODY.clone();
        tampered[20] ^= 1;
        assertThat(WebhookSignature.verify(SECRET, tampered, header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, BODY, header.substring(0, 62))).isFalse();
        assertThat(WebhookSignature.verify(SECRET, BODY, header + "00")).isFalse();
    }

    @Test
    void missing_or_malformed_headers_are_false_not_errors() {
        assertThat(WebhookSignature.verify(SECRET, BODY, null)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, BODY, "")).isFalse();
        assertThat(WebhookSignature.verify(SECRET, BODY, "not-hex-at-all")).isFalse();
        assertThat(WebhookSignature.verify(SECRET, BODY, "abc")).isFalse();
    }

    @Test
    void one_matching_candidate_among_several_verifies() throws Exception {
        String good = hex(hmac(SECRET, BODY));
        String old = hex(hmac("whsec_old", BODY));
        assertThat(WebhookSignature.verify(SECRET, BODY, old + "," + good)).isTrue();
        assertThat(WebhookSignature.verify(SECRET, BODY, old)).isFalse();
    }

    @Test
    void base64_encoding_and_another_header_name_are_configurable() throws Exception {
        byte[] mac = hmac(SECRET, BODY);
        WebhookSignature verifier = WebhookSignature.of(SECRET).header("Signature").encoding(WebhookSignature.Encoding.BASE64);
        assertThat(verifier.verify(BODY, Base64.getEncoder().encodeToString(mac))).isTrue();
        assertThat(verifier.verify(BODY, Base64.getUrlEncoder().withoutPadding().encodeToString(mac))).isTrue();
        assertThat(verifier.verify(BODY, hex(mac))).isFalse();
        assertThat(verifier.sign(BODY)).isEqualTo(Base64.getEncoder().encodeToString(mac));
        assertThat(verifier.verify(BODY, Map.of("signature", List.of(Base64.getEncoder().encodeToString(mac))))).isTrue();
        assertThat(verifier.verify(BODY, Map.of("X-HeyGen-Signature", List.of(Base64.getEncoder().encodeToString(mac))))).isFalse();
    }

    @Test
    void the_default_header_is_found_in_a_header_map_in_any_case() throws Exception {
        WebhookSignature v = WebhookSignature.of(SECRET);
        assertThat(v.header()).isEqualTo("X-HeyGen-Signature");
        assertThat(v.verify(BODY, Map.of("x-heygen-signature", List.of(hex(hmac(SECRET, BODY)))))).isTrue();
        assertThat(v.verify(BODY, Map.of("content-type", List.of("application/json")))).isFalse();
    }

    @Test
    void verify_and_parse_returns_the_event_with_unknown_keys_kept() throws Exception {
        WebhookEvent e = WebhookSignature.verifyAndParse(SECRET, BODY, hex(hmac(SECRET, BODY)));
        assertThat(e.eventId()).isEqualTo("evt_1");
        assertThat(e.eventType()).isEqualTo(WebhookEventType.AVATAR_VIDEO_SUCCESS);
        assertThat(e.eventType().isSuccess()).isTrue();
        assertThat(e.createdAt()).isEqualTo("2026-03-01T12:01:00Z");
        assertThat(e.videoId()).isEqualTo("vid_1");
        assertThat(e.callbackId()).isEqualTo("order-42");
        assertThat(e.video().duration()).isEqualTo(4.5);
        assertThat(e.eventData().path("brand_new_key").path("nested").asBoolean()).isTrue();
    }

    @Test
    void verify_and_parse_rejects_bad_signatures_without_leaking_the_secret() {
        assertThatThrownBy(() -> WebhookSignature.verifyAndParse(SECRET, BODY, "00".repeat(32)))
                .isInstanceOfSatisfying(WebhookSignatureException.class, e -> {
                    assertThat(e.code()).isEqualTo("invalid_signature");
                    assertThat(e.getMessage()).contains("X-HeyGen-Signature").doesNotContain(SECRET);
                    assertThat(e.hint()).doesNotContain(SECRET);
                });
        assertThatThrownBy(() -> WebhookSignature.verifyAndParse(SECRET, BODY, null))
                .isInstanceOf(WebhookSignatureException.class).hasMessageContaining("no X-HeyGen-Signature header");
        assertThat(WebhookSignature.of(SECRET).toString()).doesNotContain(SECRET);
    }

    @Test
    void parse_refuses_bodies_that_are_not_events() {
        assertThatThrownBy(() -> WebhookSignature.parse("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(HeyGenException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> WebhookSignature.parse("{\"video_id\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(HeyGenException.class).hasMessageContaining("event_type");
    }

    @Test
    void an_event_without_event_data_has_an_empty_payload() {
        WebhookEvent e = WebhookSignature.parse("{\"event_type\":\"batch.finished\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(e.eventData().isObject()).isTrue();
        assertThat(e.videoId()).isNull();
        assertThat(e.video().errorMessage()).isNull();
    }

    @Test
    void an_empty_secret_is_refused() {
        assertThatThrownBy(() -> WebhookSignature.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
