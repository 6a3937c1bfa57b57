package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Signed deliveries to registered endpoints, unsigned per-video callbacks, retries and the event history. */
class WebhookTest extends SandboxTestBase {
    private Receiver receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = new Receiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    static String hmac(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private JsonNode register(String path, String events) {
        Raw.Reply r = raw.post("/v3/webhooks/endpoints", "{\"url\":" + Raw.q(receiver.url(path)) + (events == null ? "" : ",\"events\":" + events) + "}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.data();
    }

    @Test
    void a_completed_video_is_delivered_signed_to_the_endpoint_and_unsigned_to_its_callback_url() throws Exception {
        JsonNode endpoint = register("/hooks", "[\"avatar_video.success\",\"avatar_video.fail\"]");
        String secret = endpoint.get("secret").asText();
        assertThat(secret).startsWith("whsec_");
        String id = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":" + Raw.q(wordsOf(5))
                + ",\"callback_url\":" + Raw.q(receiver.url("/callback")) + ",\"callback_id\":\"order-42\"}");
        sb.advance(Duration.ofMinutes(10));
        Receiver.Delivery a = receiver.next();
        Receiver.Delivery b = receiver.next();
        Receiver.Delivery signed = a.path().equals("/hooks") ? a : b;
        Receiver.Delivery callback = a.path().equals("/hooks") ? b : a;
        assertThat(signed.path()).isEqualTo("/hooks");
        assertThat(callback.path()).isEqualTo("/callback");
        assertThat(signed.header("X-HeyGen-Signature")).isEqualTo(hmac(secret, signed.body()));
        assertThat(callback.header("X-HeyGen-Signature")).isNull();
        JsonNode payload = Raw.JSON.readTree(signed.body());
        assertThat(Raw.fieldNames(payload)).containsExactlyInAnyOrder("event_id", "event_type", "created_at", "event_data");
        assertThat(payload.get("event_type").asText()).isEqualTo("avatar_video.success");
        assertThat(Instant.parse(payload.get("created_at").asText())).isEqualTo(START.plusSeconds(5 + 30 + 12));
        JsonNode data = payload.get("event_data");
        assertThat(data.get("video_id").asText()).isEqualTo(id);
        assertThat(data.get("video_url").asText()).contains("/_media/videos/" + id + "/video.mp4");
        assertThat(data.get("thumbnail_url").asText()).contains("thumbnail.jpg");
        assertThat(data.get("duration").asDouble()).isEqualTo(2.0);
        assertThat(data.get("callback_id").asText()).isEqualTo("order-42");
        assertThat(Raw.JSON.readTree(callback.body()).get("event_data").get("callback_id").asText()).isEqualTo("order-42");
        List<WebhookDelivery> log = awaitDeliveries(sb, 2);
        assertThat(log).hasSize(2).allMatch(WebhookDelivery::delivered);
        assertThat(log).anyMatch(d -> d.signed() && d.url().endsWith("/hooks")).anyMatch(d -> !d.signed() && d.url().endsWith("/callback"));
    }

    @Test
    void a_failed_render_sends_avatar_video_fail_only_to_endpoints_subscribed_to_it() throws Exception {
        register("/fails", "[\"avatar_video.fail\"]");
        register("/successes", "[\"avatar_video.success\"]");
        String id = createVideo(say("anna", "word ".repeat(1001)));
        sb.advance(Duration.ofMinutes(10));
        Receiver.Delivery d = receiver.next();
        assertThat(d.path()).isEqualTo("/fails");
        JsonNode payload = Raw.JSON.readTree(d.body());
        assertThat(payload.get("event_type").asText()).isEqualTo("avatar_video.fail");
        assertThat(payload.get("event_data").get("video_id").asText()).isEqualTo(id);
        assertThat(payload.get("event_data").get("error").asText()).contains("Script too long");
        assertThat(receiver.poll(300)).as("the success-only endpoint gets nothing").isNull();
    }

    @Test
    void rotating_the_secret_signs_later_deliveries_with_the_new_one_and_secrets_are_shown_only_then() throws Exception {
        JsonNode endpoint = register("/hooks", null);
        String id = endpoint.get("endpoint_id").asText();
        JsonNode listed = raw.get("/v3/webhooks/endpoints").json().get("data").get(0);
        assertThat(listed.get("secret").isNull()).isTrue();
        assertThat(listed.get("events").isNull()).as("null events = every event").isTrue();
        String rotated = raw.post("/v3/webhooks/endpoints/" + id + "/rotate-secret", null).data().get("secret").asText();
        assertThat(rotated).isNotEqualTo(endpoint.get("secret").asText()).startsWith("whsec_");
        createVideo(say("anna", "Hi"));
        sb.advance(Duration.ofMinutes(10));
        Receiver.Delivery d = receiver.next();
        assertThat(d.header("X-HeyGen-Signature")).isEqualTo(hmac(rotated, d.body())).isNotEqualTo(hmac(endpoint.get("secret").asText(), d.body()));
        JsonNode patched = raw.patch("/v3/webhooks/endpoints/" + id, "{\"events\":[\"batch.finished\"]}").data();
        assertThat(patched.get("secret").isNull()).isTrue();
        assertThat(patched.get("events")).extracting(JsonNode::asText).containsExactly("batch.finished");
    }

    @Test
    void the_signature_header_name_is_configurable() throws Exception {
        try (Sandbox custom = Sandbox.builder().manualClock().signatureHeader("Signature").start()) {
            Raw r = new Raw(custom);
            String secret = r.post("/v3/webhooks/endpoints", "{\"url\":" + Raw.q(receiver.url("/h")) + "}").data().get("secret").asText();
            r.post("/v3/videos", say("anna", "Hi"));
            custom.advance(Duration.ofMinutes(10));
            Receiver.Delivery d = receiver.next();
            assertThat(d.header("Signature")).isEqualTo(hmac(secret, d.body()));
            assertThat(d.header("X-HeyGen-Signature")).isNull();
        }
    }

    @Test
    void failed_deliveries_are_retried_with_backoff_until_the_receiver_accepts() throws Exception {
        receiver.answer(500, 503);
        register("/flaky", null);
        createVideo(say("anna", "Hi"));
        sb.advance(Duration.ofMinutes(10));
        Receiver.Delivery first = receiver.next();
        Receiver.Delivery second = receiver.next();
        Receiver.Delivery third = receiver.next();
        assertThat(third.body()).isEqualTo(first.body()).isEqualTo(second.body());
        assertThat(awaitDeliveries(sb, 3)).extracting(WebhookDelivery::attempt, WebhookDelivery::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 500), org.assertj.core.groups.Tuple.tuple(2, 503),
                        org.assertj.core.groups.Tuple.tuple(3, 200));
    }

    @Test
    void events_are_listed_newest_first_with_type_and_entity_filters() {
        String a = createVideo(say("anna", "Hi"));
        String b = createVideo(say("anna", "word ".repeat(1001)));
        sb.advance(Duration.ofMinutes(10));
        List<JsonNode> events = all("/v3/webhooks/events", 1);
        assertThat(events).extracting(e -> e.get("event_type").asText()).containsExactly("avatar_video.success", "avatar_video.fail");
        assertThat(all("/v3/webhooks/events?event_type=avatar_video.fail", 10)).singleElement()
                .satisfies(e -> assertThat(e.get("event_data").get("video_id").asText()).isEqualTo(b));
        assertThat(all("/v3/webhooks/events?entity_id=" + a, 10)).singleElement()
                .satisfies(e -> assertThat(e.get("event_type").asText()).isEqualTo("avatar_video.success"));
        assertThat(raw.get("/v3/webhooks/events?event_type=nope").errorParam()).isEqualTo("event_type");
    }

    @Test
    void endpoints_are_listed_updated_and_deleted_with_the_v3_envelopes() {
        String id = register("/one", null).get("endpoint_id").asText();
        register("/two", "[\"batch.finished\"]");
        assertThat(all("/v3/webhooks/endpoints", 1)).hasSize(2);
        Raw.Reply del = raw.delete("/v3/webhooks/endpoints/" + id);
        assertThat(del.json().toString()).isEqualTo("{\"data\":{},\"error\":null}");
        assertThat(raw.delete("/v3/webhooks/endpoints/" + id).status()).isEqualTo(404);
        assertThat(raw.patch("/v3/webhooks/endpoints/" + id, "{\"url\":\"https://example.com/x\"}").status()).isEqualTo(404);
        Raw.Reply plainHttp = raw.post("/v3/webhooks/endpoints", "{\"url\":\"http://example.com/hook\"}");
        assertThat(plainHttp.status()).isEqualTo(400);
        assertThat(plainHttp.errorParam()).isEqualTo("url");
        Raw.Reply badEvent = raw.post("/v3/webhooks/endpoints", "{\"url\":\"https://example.com/hook\",\"events\":[\"video.done\"]}");
        assertThat(badEvent.errorParam()).isEqualTo("events[0]");
        assertThat(raw.post("/v3/webhooks/endpoints", "{\"url\":\"https://example.com/hook\"}").status()).isEqualTo(200);
    }

    @Test
    void event_types_lists_all_thirty_with_descriptions() {
        JsonNode types = raw.get("/v3/webhooks/event-types").json().get("data");
        assertThat(types).hasSize(30);
        assertThat(types).allMatch(t -> !t.get("description").asText().isBlank());
        assertThat(types).extracting(t -> t.get("event_type").asText()).contains("avatar_video.success", "avatar_video.fail", "batch.finished");
    }

    @Test
    void a_finished_batch_sends_batch_finished_to_endpoints_and_its_callback() throws Exception {
        register("/batches", "[\"batch.finished\"]");
        Raw.Reply created = raw.post("/v3/videos/batches", "{\"title\":\"b\",\"callback_url\":" + Raw.q(receiver.url("/batch-callback"))
                + ",\"videos\":[" + say("anna", "One") + "," + say("marcus", "Two") + "]}");
        String batchId = created.data().get("batch_id").asText();
        sb.advance(Duration.ofMinutes(10));
        Receiver.Delivery a = receiver.next();
        Receiver.Delivery b = receiver.next();
        assertThat(List.of(a.path(), b.path())).containsExactlyInAnyOrder("/batches", "/batch-callback");
        JsonNode payload = Raw.JSON.readTree(a.body());
        assertThat(payload.get("event_type").asText()).isEqualTo("batch.finished");
        assertThat(payload.get("event_data").get("batch_id").asText()).isEqualTo(batchId);
        assertThat(payload.get("event_data").get("counts_by_status").get("completed").asInt()).isEqualTo(2);
    }
}
