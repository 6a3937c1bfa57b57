package dev.heygenkit.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Idempotency keys, rate limits and the request log. */
class IdempotencyAndLimitsTest extends SandboxTestBase {

    @Test
    void idempotent_replay_returns_the_first_video_without_creating_another() {
        Map<String, String> key = Map.of("Idempotency-Key", "create:tour-1");
        Raw.Reply first = raw.post("/v3/videos", say("anna", "Hello"), key);
        Raw.Reply second = raw.post("/v3/videos", say("anna", "Hello again, slightly different"), key);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.data().get("video_id").asText()).isEqualTo(first.data().get("video_id").asText());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(raw.get("/v3/videos").json().get("data")).hasSize(1);
        Raw.Reply other = raw.post("/v3/videos", say("anna", "Hello"), Map.of("Idempotency-Key", "create:tour-2"));
        assertThat(other.data().get("video_id").asText()).isNotEqualTo(first.data().get("video_id").asText());
    }

    @Test
    void a_key_is_scoped_to_method_and_path_and_expires_after_24_sandbox_hours() {
        Map<String, String> key = Map.of("Idempotency-Key", "same-key");
        String v1 = raw.post("/v3/videos", say("anna", "Hello"), key).data().get("video_id").asText();
        Raw.Reply endpoint = raw.post("/v3/webhooks/endpoints", "{\"url\":\"https://example.com/hook\"}", key);
        assertThat(endpoint.status()).as("other path, same key: runs").isEqualTo(200);
        sb.advance(Duration.ofHours(23));
        assertThat(raw.post("/v3/videos", say("anna", "Hello"), key).data().get("video_id").asText()).isEqualTo(v1);
        sb.advance(Duration.ofHours(2));
        assertThat(raw.post("/v3/videos", say("anna", "Hello"), key).data().get("video_id").asText()).isNotEqualTo(v1);
    }

    @Test
    void a_replayed_error_stays_an_error_and_bad_keys_are_rejected() {
        Map<String, String> key = Map.of("Idempotency-Key", "bad-body-1");
        assertThat(raw.post("/v3/videos", "{\"type\":\"avatar\"}", key).status()).isEqualTo(400);
        assertThat(raw.post("/v3/videos", say("anna", "now valid"), key).status()).isEqualTo(400);
        Raw.Reply invalid = raw.post("/v3/videos", say("anna", "Hello"), Map.of("Idempotency-Key", "has spaces!"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorParam()).isEqualTo("Idempotency-Key");
        Raw.Reply tooLong = raw.post("/v3/videos", say("anna", "Hello"), Map.of("Idempotency-Key", "k".repeat(256)));
        assertThat(tooLong.status()).isEqualTo(400);
    }

    @Test
    void a_retry_while_the_first_attempt_still_runs_gets_409_request_in_progress() throws Exception {
        // the first attempt holds the key for 1.5 s on the server; the retry polls in 10 ms steps until it sees 409
        Map<String, String> slow = Map.of("Idempotency-Key", "in-flight-1", "X-Sandbox-Fault", "slow=1500");
        CompletableFuture<Raw.Reply> first = CompletableFuture.supplyAsync(() -> raw.post("/v3/videos", say("anna", "Hello"), slow));
        Raw.Reply retry = null;
        for (int i = 0; i < 120 && (retry == null || retry.status() != 409) && !first.isDone(); i++) {
            Thread.sleep(10);
            if (sb.requestCount("POST", "/v3/videos") >= 1) {
                retry = raw.post("/v3/videos", say("anna", "Hello"), Map.of("Idempotency-Key", "in-flight-1"));
            }
        }
        assertThat(retry).isNotNull();
        assertThat(retry.status()).as(retry.text()).isEqualTo(409);
        assertThat(retry.errorCode()).isEqualTo("request_in_progress");
        Raw.Reply done = first.get();
        assertThat(done.status()).isEqualTo(200);
        Raw.Reply after = raw.post("/v3/videos", say("anna", "Hello"), Map.of("Idempotency-Key", "in-flight-1"));
        assertThat(after.data().get("video_id").asText()).isEqualTo(done.data().get("video_id").asText());
        assertThat(raw.get("/v3/videos").json().get("data")).hasSize(1);
    }

    @Test
    void past_the_rate_limit_a_key_gets_429_with_retry_after_while_other_keys_pass() {
        try (Sandbox limited = Sandbox.builder().manualClock().rateLimit(3).start()) {
            Raw r = new Raw(limited);
            for (int i = 0; i < 3; i++) {
                assertThat(r.get("/v3/avatars/looks?limit=1").status()).isEqualTo(200);
            }
            Raw.Reply limitedReply = r.get("/v3/avatars/looks?limit=1");
            assertThat(limitedReply.status()).isEqualTo(429);
            assertThat(limitedReply.errorCode()).isEqualTo("rate_limit_exceeded");
            assertThat(Integer.parseInt(limitedReply.header("Retry-After"))).isBetween(1, 1);
            assertThat(r.withKey("sk_another_key").get("/v3/avatars/looks?limit=1").status()).isEqualTo(200);
            assertThat(r.fetch(limited.baseUri() + "/_sandbox/health").status()).as("admin is not limited").isEqualTo(200);
        }
    }

    @Test
    void requests_are_recorded_without_credentials() {
        raw.post("/v3/videos", say("anna", "Hello"), Map.of("Idempotency-Key", "rec-1"));
        raw.get("/v3/videos?limit=5");
        assertThat(sb.requestCount("POST", "/v3/videos")).isEqualTo(1);
        assertThat(sb.requestCount("GET", "/v3/videos")).isEqualTo(1);
        RecordedRequest post = sb.requests().get(0);
        assertThat(post.body()).contains("\"avatar_id\":\"anna\"");
        assertThat(post.header("Idempotency-Key")).isEqualTo("rec-1");
        assertThat(post.header("x-api-key")).isNull();
        assertThat(sb.requests().get(1).query()).isEqualTo("limit=5");
        assertThat(sb.requests().toString()).doesNotContain(Raw.KEY);
    }
}
