package dev.heygenkit.internal.http;

import dev.heygenkit.internal.Internals;
import dev.heygenkit.HttpListener;

import dev.heygenkit.HeyGen;
import dev.heygenkit.RequestTimeoutException;
import dev.heygenkit.api.AvatarVideoRequest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Timeouts per operation class: a slow server (WireMock delay) and a short client timeout. */
class TimeoutTest extends WireTest {
    private static final Duration SHORT = Duration.ofMillis(250);
    private static final int SLOW_MS = 800;

    @Test
    void a_slow_read_times_out_with_a_hint_to_raise_the_read_timeout() {
        HeyGen client = wire.builder().maxRetries(0).readTimeout(SHORT).build();
        wire.server().stubFor(get("/v3/voices/v1").willReturn(okJson("{\"data\":{}}").withFixedDelay(SLOW_MS)));
        assertThatThrownBy(() -> client.voices().get("v1")).isInstanceOfSatisfying(RequestTimeoutException.class, e -> {
            assertThat(e.code()).isEqualTo("timeout");
            assertThat(e.getMessage()).isEqualTo("GET /v3/voices/v1 got no answer within 0.25 s (after 1 attempts).");
            assertThat(e.hint()).contains("readTimeout");
        });
    }

    @Test
    void a_slow_create_times_out_with_the_may_still_have_been_accepted_hint() {
        HeyGen client = wire.builder().maxRetries(0).writeTimeout(SHORT).readTimeout(Duration.ofSeconds(5)).build();
        wire.server().stubFor(post("/v3/videos").willReturn(okJson("{\"data\":{}}").withFixedDelay(SLOW_MS)));
        assertThatThrownBy(() -> client.videos().create(AvatarVideoRequest.of("look_1", null)))
                .isInstanceOfSatisfying(RequestTimeoutException.class, e -> {
                    assertThat(e.getMessage()).startsWith("POST /v3/videos got no answer within 0.25 s");
                    assertThat(e.hint()).contains("may still have been accepted").contains("GET or list");
                });
    }

    @Test
    void the_write_timeout_does_not_apply_to_reads() {
        HeyGen client = wire.builder().maxRetries(0).writeTimeout(SHORT).build();
        wire.server().stubFor(get("/v3/voices/v1").willReturn(okJson("{\"data\":{\"voice_id\":\"v1\"}}").withFixedDelay(400)));
        assertThat(client.voices().get("v1").id()).isEqualTo("v1");
    }

    @Test
    void a_timed_out_post_is_retried_and_every_attempt_carries_one_idempotency_key() throws InterruptedException {
        var attempts = new java.util.concurrent.atomic.AtomicInteger();
        HeyGen client = wire.builder().maxRetries(1).writeTimeout(SHORT).listener(new HttpListener() {
            @Override
            public void onRequest(String method, String path, int attempt) {
                attempts.incrementAndGet();
            }
        }).build();
        wire.server().stubFor(post("/v3/videos").willReturn(okJson("{\"data\":{}}").withFixedDelay(SLOW_MS)));
        assertThatThrownBy(() -> client.videos().create(AvatarVideoRequest.of("look_1", null)))
                .isInstanceOf(RequestTimeoutException.class).hasMessageContaining("after 2 attempts");
        assertThat(attempts).hasValue(2);
        assertThat(wire.sleeper().millis()).containsExactly(1000L);
        // On a loaded machine an attempt can time out before it reaches the server, so at least one must arrive.
        var posts = awaitRequests(2);
        assertThat(posts).isNotEmpty().extracting(r -> r.getHeader("Idempotency-Key"))
                .containsOnly(posts.get(0).getHeader("Idempotency-Key")).allMatch(k -> k.startsWith("hk-"));
    }

    /** WireMock journals a delayed request only once its response is sent, so wait for the journal to catch up. */
    private static java.util.List<com.github.tomakehurst.wiremock.verification.LoggedRequest> awaitRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        var found = wire.requests(postRequestedFor(urlEqualTo("/v3/videos")));
        while (found.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            found = wire.requests(postRequestedFor(urlEqualTo("/v3/videos")));
        }
        return found;
    }

    @Test
    void timeouts_default_to_thirty_seconds_two_minutes_and_ten_minutes() {
        ClientConfig c = Internals.config(wire.client());
        assertThat(c.timeout(Operation.READ)).isEqualTo(Duration.ofSeconds(30));
        assertThat(c.timeout(Operation.WRITE)).isEqualTo(Duration.ofMinutes(2));
        assertThat(c.timeout(Operation.TRANSFER)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void a_zero_timeout_is_refused() {
        assertThatThrownBy(() -> wire.builder().readTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
    }
}
