package dev.heygenkit.internal.http;

import dev.heygenkit.internal.Internals;
import dev.heygenkit.HttpListener;
import dev.heygenkit.RetryPolicy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.heygenkit.ConflictException;
import dev.heygenkit.HeyGen;
import dev.heygenkit.NotFoundException;
import dev.heygenkit.RateLimitException;
import dev.heygenkit.ServerException;
import dev.heygenkit.TransportException;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Speaker;
import dev.heygenkit.api.VideoCreated;



import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retry counts, delays, Retry-After and idempotency keys across attempts; no test sleeps (recorded waits). */
class RetryTest extends WireTest {
    private static final String LOOK = "/v3/avatars/looks/look_1";
    private static final String LOOK_JSON = "{\"data\":{\"id\":\"look_1\",\"name\":\"Anna\",\"avatar_type\":\"studio_avatar\"}}";
    private static final String CREATED = "{\"data\":{\"video_id\":\"v1\",\"status\":\"waiting\"}}";
    /** Answers {@code failures} error responses, then {@code success}. */
    private void failThenSucceed(String method, String path, int failures, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure,
                                 String success) {
        String state = STARTED;
        for (int i = 0; i < failures; i++) {
            String next = "after-" + (i + 1);
            wire.server().stubFor(request(method, urlPathEqualTo(path)).inScenario("retry").whenScenarioStateIs(state)
                    .willReturn(failure).willSetStateTo(next));
            state = next;
        }
        wire.server().stubFor(request(method, urlPathEqualTo(path)).inScenario("retry").whenScenarioStateIs(state)
                .willReturn(okJson(success)));
    }

    private int count(String method, String path) {
        return wire.requests(new com.github.tomakehurst.wiremock.matching.RequestPatternBuilder(
                com.github.tomakehurst.wiremock.http.RequestMethod.fromString(method), urlPathEqualTo(path))).size();
    }

    @ParameterizedTest(name = "GET is retried after {0}")
    @ValueSource(ints = {429, 500, 502, 503, 504})
    void get_is_retried_on_retryable_statuses_with_doubling_delays(int status) {
        failThenSucceed("GET", LOOK, 2, aResponse().withStatus(status), LOOK_JSON);
        assertThat(client.looks().get("look_1").name()).isEqualTo("Anna");
        assertThat(count("GET", LOOK)).isEqualTo(3);
        assertThat(wire.sleeper().millis()).containsExactly(1000L, 2000L);
    }

    @ParameterizedTest(name = "{0} is not retried")
    @ValueSource(ints = {400, 401, 402, 403, 404, 409, 422})
    void client_errors_are_not_retried(int status) {
        wire.server().stubFor(get(LOOK).willReturn(aResponse().withStatus(status)
                .withBody("{\"error\":{\"code\":\"some_code\",\"message\":\"no\"}}")));
        assertThatThrownBy(() -> client.looks().get("look_1")).isInstanceOf(dev.heygenkit.ApiException.class);
        assertThat(count("GET", LOOK)).isEqualTo(1);
        assertThat(wire.sleeper().delays()).isEmpty();
    }

    @Test
    void retries_stop_after_max_retries_and_the_last_error_is_thrown() {
        wire.server().stubFor(get(LOOK).willReturn(aResponse().withStatus(503).withHeader("X-Request-Id", "req-9")));
        assertThatThrownBy(() -> client.looks().get("look_1")).isInstanceOfSatisfying(ServerException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.requestId()).isEqualTo("req-9");
        });
        assertThat(count("GET", LOOK)).isEqualTo(3);
        assertThat(wire.sleeper().millis()).containsExactly(1000L, 2000L);
    }

    @Test
    void jitter_spreads_each_delay_by_a_quarter_either_way() {
        List<Double> randoms = new ArrayList<>(List.of(0.0, 0.999999));
        HeyGen c = wire.builder().retryPolicy(new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.25,
                () -> randoms.remove(0))).build();
        wire.server().stubFor(get(LOOK).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> c.looks().get("look_1")).isInstanceOf(ServerException.class);
        assertThat(wire.sleeper().millis()).containsExactly(750L, 2499L);
    }

    @Test
    void backoff_is_capped_at_thirty_seconds() {
        HeyGen c = wire.builder().maxRetries(7).build();
        wire.server().stubFor(get(LOOK).willReturn(aResponse().withStatus(502)));
        assertThatThrownBy(() -> c.looks().get("look_1")).isInstanceOf(ServerException.class);
        assertThat(wire.sleeper().millis()).containsExactly(1000L, 2000L, 4000L, 8000L, 16000L, 30000L, 30000L);
    }

    @Test
    void retry_after_seconds_is_honoured_when_longer_than_the_backoff() {
        failThenSucceed("GET", LOOK, 1, aResponse().withStatus(429).withHeader("Retry-After", "7"), LOOK_JSON);
        client.looks().get("look_1");
        assertThat(wire.sleeper().millis()).containsExactly(7000L);
    }

    @Test
    void retry_after_shorter_than_the_backoff_keeps_the_backoff() {
        failThenSucceed("GET", LOOK, 1, aResponse().withStatus(503).withHeader("Retry-After", "0"), LOOK_JSON);
        client.looks().get("look_1");
        assertThat(wire.sleeper().millis()).containsExactly(1000L);
    }

    @Test
    void retry_after_http_date_is_measured_against_the_clock() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(WireFixture.NOW.plusSeconds(12).atOffset(ZoneOffset.UTC));
        failThenSucceed("GET", LOOK, 1, aResponse().withStatus(429).withHeader("Retry-After", date), LOOK_JSON);
        client.looks().get("look_1");
        assertThat(wire.sleeper().millis()).containsExactly(12000L);
    }

    @Test
    void retry_after_beyond_the_cap_waits_thirty_seconds() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(WireFixture.NOW.plusSeconds(600).atOffset(ZoneOffset.UTC));
        failThenSucceed("GET", LOOK, 2, aResponse().withStatus(429).withHeader("Retry-After", "3600"), LOOK_JSON);
        client.looks().get("look_1");
        assertThat(wire.sleeper().millis()).containsExactly(30000L, 30000L);
        wire.reset();
        failThenSucceed("GET", LOOK, 1, aResponse().withStatus(429).withHeader("Retry-After", date), LOOK_JSON);
        client.looks().get("look_1");
        assertThat(wire.sleeper().millis()).containsExactly(30000L);
    }

    @Test
    void rate_limit_after_retries_is_a_rate_limit_exception_with_retry_after() {
        wire.server().stubFor(get(LOOK).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5")
                .withBody("{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"slow down\"}}")));
        assertThatThrownBy(() -> client.looks().get("look_1")).isInstanceOfSatisfying(RateLimitException.class, e -> {
            assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(5));
            assertThat(e.code()).isEqualTo("rate_limit_exceeded");
            assertThat(e.hint()).contains("5 s");
        });
        assertThat(count("GET", LOOK)).isEqualTo(3);
        assertThat(wire.sleeper().millis()).containsExactly(5000L, 5000L);
    }

    @Test
    void post_retries_reuse_the_same_idempotency_key() {
        failThenSucceed("POST", "/v3/videos", 2, aResponse().withStatus(500), CREATED);
        VideoCreated v = client.videos().create(AvatarVideoRequest.of("look_1", Speaker.saying("Hi")));
        assertThat(v.videoId()).isEqualTo("v1");
        List<LoggedRequest> posts = wire.requests(postRequestedFor(urlEqualTo("/v3/videos")));
        assertThat(posts).hasSize(3);
        assertThat(posts).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly(posts.get(0).getHeader("Idempotency-Key"))
                .doesNotContainNull();
        assertThat(posts).extracting(LoggedRequest::getBodyAsString).containsOnly(posts.get(0).getBodyAsString());
    }

    @Test
    void a_caller_supplied_key_is_sent_on_every_attempt() {
        failThenSucceed("POST", "/v3/videos", 1, aResponse().withStatus(502), CREATED);
        client.videos().create(AvatarVideoRequest.of("look_1", null), "my-key-1");
        assertThat(wire.requests(postRequestedFor(urlEqualTo("/v3/videos")))).extracting(r -> r.getHeader("Idempotency-Key"))
                .containsExactly("my-key-1", "my-key-1");
    }

    @Test
    void request_in_progress_conflict_is_retried_with_the_same_key() {
        failThenSucceed("POST", "/v3/videos", 1, aResponse().withStatus(409)
                .withBody("{\"error\":{\"code\":\"request_in_progress\",\"message\":\"still working\"}}"), CREATED);
        assertThat(client.videos().create(AvatarVideoRequest.of("look_1", null)).videoId()).isEqualTo("v1");
        List<LoggedRequest> posts = wire.requests(postRequestedFor(urlEqualTo("/v3/videos")));
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).getHeader("Idempotency-Key")).isEqualTo(posts.get(0).getHeader("Idempotency-Key"));
        assertThat(wire.sleeper().millis()).containsExactly(1000L);
    }

    @Test
    void request_in_progress_that_never_clears_ends_in_a_conflict_with_a_hint_to_keep_the_key() {
        wire.server().stubFor(post("/v3/videos").willReturn(aResponse().withStatus(409)
                .withBody("{\"error\":{\"code\":\"request_in_progress\",\"message\":\"still working\"}}")));
        assertThatThrownBy(() -> client.videos().create(AvatarVideoRequest.of("look_1", null)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo("request_in_progress");
                    assertThat(e.hint()).contains("same key");
                });
        assertThat(count("POST", "/v3/videos")).isEqualTo(3);
    }

    @Test
    void other_conflicts_are_not_retried() {
        wire.server().stubFor(post("/v3/videos").willReturn(aResponse().withStatus(409)
                .withBody("{\"error\":{\"code\":\"conflict\",\"message\":\"duplicate\"}}")));
        assertThatThrownBy(() -> client.videos().create(AvatarVideoRequest.of("look_1", null)))
                .isInstanceOf(ConflictException.class);
        assertThat(count("POST", "/v3/videos")).isEqualTo(1);
    }

    /** A client whose listener counts the kit's own attempts (the JDK may add one silent retry on a dead connection). */
    private HeyGen countingAttempts(java.util.concurrent.atomic.AtomicInteger attempts) {
        return wire.builder().listener(new HttpListener() {
            @Override
            public void onRequest(String method, String path, int attempt) {
                attempts.incrementAndGet();
            }
        }).build();
    }

    @Test
    void a_connection_reset_on_a_post_is_retried_with_the_same_key_and_then_succeeds() {
        failThenSucceed("POST", "/v3/videos", 1, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), CREATED);
        assertThat(client.videos().create(AvatarVideoRequest.of("look_1", null)).videoId()).isEqualTo("v1");
        List<LoggedRequest> posts = wire.requests(postRequestedFor(urlEqualTo("/v3/videos")));
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).getHeader("Idempotency-Key")).isEqualTo(posts.get(0).getHeader("Idempotency-Key"));
        assertThat(wire.sleeper().millis()).containsExactly(1000L);
    }

    @Test
    void a_post_after_an_empty_response_is_resent_with_the_same_key() {
        failThenSucceed("POST", "/v3/videos", 1, aResponse().withFault(Fault.EMPTY_RESPONSE), CREATED);
        client.videos().create(AvatarVideoRequest.of("look_1", null));
        List<LoggedRequest> posts = wire.requests(postRequestedFor(urlEqualTo("/v3/videos")));
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).getHeader("Idempotency-Key")).isEqualTo(posts.get(0).getHeader("Idempotency-Key"));
    }

    @Test
    void persistent_connection_resets_on_a_get_end_in_a_transport_exception_after_max_retries() {
        var attempts = new java.util.concurrent.atomic.AtomicInteger();
        HeyGen c = countingAttempts(attempts);
        wire.server().stubFor(get(LOOK).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> c.looks().get("look_1")).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.code()).isEqualTo("network_error");
            assertThat(e.getMessage()).startsWith("GET /v3/avatars/looks/look_1 failed: ");
            assertThat(e.hint()).contains("network");
        });
        assertThat(attempts).hasValue(3);
        assertThat(wire.sleeper().millis()).containsExactly(1000L, 2000L);
        assertThat(count("GET", LOOK)).isBetween(3, 6);
    }

    @Test
    void garbage_from_the_server_is_a_transport_exception_after_retries() {
        var attempts = new java.util.concurrent.atomic.AtomicInteger();
        HeyGen c = countingAttempts(attempts);
        wire.server().stubFor(get(LOOK).willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
        assertThatThrownBy(() -> c.looks().get("look_1")).isInstanceOf(TransportException.class);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void nothing_listening_is_a_transport_exception_naming_the_base_url() throws Exception {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        HeyGen c = wire.builder().baseUrl("http://127.0.0.1:" + port).maxRetries(1).build();
        assertThatThrownBy(() -> c.looks().get("look_1")).isInstanceOfSatisfying(TransportException.class, e ->
                assertThat(e.hint()).contains("http://127.0.0.1:" + port).contains("HEYGEN_API_BASE"));
        assertThat(wire.sleeper().millis()).containsExactly(1000L);
    }

    @Test
    void heygen_max_retries_from_the_environment_sets_the_attempts() {
        HeyGen c = Internals.env(wire.builder().retryPolicy(null), WireFixture.env(Map.of("HEYGEN_MAX_RETRIES", "0"), Path.of("/nonexistent"))).build();
        wire.server().stubFor(get(LOOK).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> c.looks().get("look_1")).isInstanceOf(ServerException.class);
        assertThat(count("GET", LOOK)).isEqualTo(1);
        wire.reset();
        HeyGen four = Internals.env(wire.builder(), WireFixture.env(Map.of("HEYGEN_MAX_RETRIES", "4"), Path.of("/nonexistent"))).build();
        wire.server().stubFor(get(LOOK).willReturn(aResponse().withStatus(500)));
        assertThatThrownBy(() -> four.looks().get("look_1")).isInstanceOf(ServerException.class);
        assertThat(count("GET", LOOK)).isEqualTo(5);
        assertThat(Internals.config(four).retry().maxRetries()).isEqualTo(4);
    }

    @Test
    void the_builder_beats_heygen_max_retries() {
        HeyGen c = Internals.env(wire.builder().maxRetries(1), WireFixture.env(Map.of("HEYGEN_MAX_RETRIES", "5"), Path.of("/x"))).build();
        assertThat(Internals.config(c).retry().maxRetries()).isEqualTo(1);
    }

    @Test
    void the_default_is_two_retries() {
        HeyGen c = Internals.env(HeyGen.builder().apiKey("k"), WireFixture.env(Map.of(), Path.of("/x"))).build();
        assertThat(Internals.config(c).retry().maxRetries()).isEqualTo(2);
    }

    @ParameterizedTest(name = "HEYGEN_MAX_RETRIES={0} is refused")
    @ValueSource(strings = {"-1", "two", "1.5"})
    void a_malformed_heygen_max_retries_is_refused_naming_the_value(String value) {
        assertThatThrownBy(() -> Internals.env(HeyGen.builder().apiKey("k"), WireFixture.env(Map.of("HEYGEN_MAX_RETRIES", value), Path.of("/x"))).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HEYGEN_MAX_RETRIES=" + value);
    }

    @Test
    void a_listener_sees_each_attempt_answer_and_retry() {
        List<String> seen = new ArrayList<>();
        HeyGen c = wire.builder().listener(new HttpListener() {
            @Override
            public void onRequest(String method, String path, int attempt) {
                seen.add("request " + method + " " + path + " #" + attempt);
            }

            @Override
            public void onResponse(String method, String path, int status, Duration elapsed, String requestId) {
                seen.add("response " + status);
            }

            @Override
            public void onRetry(String method, String path, int nextAttempt, Duration delay, String reason) {
                seen.add("retry #" + nextAttempt + " in " + delay.toMillis() + " after " + reason);
            }
        }).build();
        failThenSucceed("GET", LOOK, 1, aResponse().withStatus(503), LOOK_JSON);
        c.looks().get("look_1");
        assertThat(seen).containsExactly("request GET " + LOOK + " #1", "response 503", "retry #2 in 1000 after 503",
                "request GET " + LOOK + " #2", "response 200");
    }

    @Test
    void not_found_is_final_even_with_retries_left() {
        wire.server().stubFor(get(LOOK).willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> client.looks().get("look_1")).isInstanceOf(NotFoundException.class);
        assertThat(wire.sleeper().delays()).isEmpty();
    }
}
