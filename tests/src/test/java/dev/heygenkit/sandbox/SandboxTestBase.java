package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A fresh manual-clock sandbox per test and a raw client that validates every response. */
abstract class SandboxTestBase {
    static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

    Sandbox sb;
    Raw raw;

    Sandbox.Builder configure(Sandbox.Builder b) {
        return b;
    }

    @BeforeEach
    void startSandbox() {
        sb = configure(Sandbox.builder().manualClock().startTime(START).webhookBackoff(Duration.ofMillis(50))).start();
        raw = new Raw(sb);
    }

    @AfterEach
    void stopSandbox() {
        if (sb != null) {
            sb.close();
        }
    }

    String createVideo(String body) {
        Raw.Reply r = raw.post("/v3/videos", body);
        assertThat(r.status()).as("create: %s", r.text()).isEqualTo(200);
        assertThat(r.data().get("status").asText()).isEqualTo("waiting");
        return r.data().get("video_id").asText();
    }

    String say(String look, String script) {
        return "{\"type\":\"avatar\",\"avatar_id\":\"" + look + "\",\"script\":" + Raw.q(script) + "}";
    }

    JsonNode video(String id) {
        Raw.Reply r = raw.get("/v3/videos/" + id);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.data();
    }

    /** Every item of a list endpoint, following next_token, asserting the page shape on the way. */
    List<JsonNode> all(String path, int limit) {
        List<JsonNode> out = new ArrayList<>();
        String token = null;
        for (int pages = 0; pages < 200; pages++) {
            String sep = path.contains("?") ? "&" : "?";
            Raw.Reply r = raw.get(path + sep + "limit=" + limit + (token == null ? "" : "&token=" + token));
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            JsonNode body = r.json();
            assertThat(body.get("data").size()).isLessThanOrEqualTo(limit);
            body.get("data").forEach(out::add);
            if (!body.get("has_more").asBoolean()) {
                assertThat(body.get("next_token").isNull()).isTrue();
                return out;
            }
            token = body.get("next_token").asText();
        }
        throw new AssertionError("pagination of " + path + " did not end");
    }

    /** The delivery log once it holds {@code n} attempts (deliveries finish on background threads). */
    static List<WebhookDelivery> awaitDeliveries(Sandbox sandbox, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sandbox.deliveries().size() < n && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return sandbox.deliveries();
    }

    static String wordsOf(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append("word").append(i);
        }
        return b.toString();
    }
}
