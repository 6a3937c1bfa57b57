package dev.heygenkit.internal.http;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Speaker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every request carries on the wire: key, User-Agent, content negotiation and idempotency keys. */
class TransportHeadersTest extends WireTest {
    @BeforeEach
    void answerEverything() {
        wire.server().stubFor(any(anyUrl()).willReturn(okJson("{\"data\":{\"video_id\":\"v1\",\"status\":\"waiting\"}}")));
    }

    @Test
    void every_request_carries_the_api_key_user_agent_and_accept_header() {
        client.looks().get("look_1");
        LoggedRequest r = wire.requests(getRequestedFor(urlEqualTo("/v3/avatars/looks/look_1"))).get(0);
        assertThat(r.getHeader("x-api-key")).isEqualTo(WireFixture.CANARY_KEY);
        assertThat(r.getHeader("User-Agent")).matches("heygen-kit/\\d+\\.\\d+\\.\\d+\\S* java/\\d+\\.\\d+\\.\\d+");
        assertThat(r.getHeader("Accept")).isEqualTo("application/json");
        assertThat(r.containsHeader("Authorization")).isFalse();
    }

    @Test
    void get_and_delete_carry_no_body_content_type_or_idempotency_key() {
        client.videos().get("v1");
        client.videos().delete("v1");
        for (LoggedRequest r : wire.requests(anyRequestedFor(urlMatching("/v3/videos/v1")))) {
            assertThat(r.containsHeader("Idempotency-Key")).as(r.getMethod().getName()).isFalse();
            assertThat(r.containsHeader("Content-Type")).as(r.getMethod().getName()).isFalse();
            assertThat(r.getBody()).isEmpty();
        }
        assertThat(wire.requests(anyRequestedFor(urlMatching("/v3/videos/v1")))).hasSize(2);
    }

    @Test
    void post_sends_json_with_a_generated_idempotency_key_that_differs_per_call() {
        var body = AvatarVideoRequest.of("look_1", Speaker.saying("Hi"));
        client.videos().create(body);
        client.videos().create(body);
        List<LoggedRequest> posts = wire.requests(postRequestedFor(urlEqualTo("/v3/videos")));
        assertThat(posts).hasSize(2);
        for (LoggedRequest r : posts) {
            assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
            assertThat(r.getHeader("Idempotency-Key")).matches("hk-[0-9a-f]{32}");
        }
        assertThat(posts.get(0).getHeader("Idempotency-Key")).isNotEqualTo(posts.get(1).getHeader("Idempotency-Key"));
    }

    @Test
    void patch_carries_an_idempotency_key_too() {
        client.raw().patch("/v3/webhooks/endpoints/ep_1", Map.of("url", "https://example.com/h"));
        LoggedRequest r = wire.requests(patchRequestedFor(urlEqualTo("/v3/webhooks/endpoints/ep_1"))).get(0);
        assertThat(r.getHeader("Idempotency-Key")).matches("hk-[0-9a-f]{32}");
        assertThat(r.getHeader("Content-Type")).isEqualTo("application/json");
    }

    @Test
    void a_caller_supplied_idempotency_key_is_sent_verbatim() {
        client.videos().create(AvatarVideoRequest.of("look_1", null), "order-42:render.1");
        assertThat(wire.requests(postRequestedFor(urlEqualTo("/v3/videos"))).get(0).getHeader("Idempotency-Key"))
                .isEqualTo("order-42:render.1");
    }

    @Test
    void an_idempotency_key_with_forbidden_characters_fails_before_any_request() {
        assertThatThrownBy(() -> client.videos().create(AvatarVideoRequest.of("a", null), "has space"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has space");
        assertThat(wire.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void query_values_are_percent_encoded_and_commas_kept() {
        // list answers carry a list (an object where a list belongs is refused as a broken answer)
        wire.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/v3/videos"))
                .willReturn(okJson("{\"data\":[],\"has_more\":false}")));
        wire.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/v3/videos/statuses"))
                .willReturn(okJson("{\"data\":[]}")));
        client.videos().list(dev.heygenkit.api.Videos.VideoQuery.of().title("Q1 & Q2/plan")).items();
        client.videos().statuses(List.of("v1", "v2"));
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo("/v3/videos"))).get(0).getUrl())
                .isEqualTo("/v3/videos?title=Q1%20%26%20Q2%2Fplan");
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo("/v3/videos/statuses"))).get(0).getUrl())
                .isEqualTo("/v3/videos/statuses?video_ids=v1,v2");
    }

    @Test
    void ids_are_encoded_as_one_path_segment() {
        client.videos().get("../users/me");
        assertThat(wire.server().getAllServeEvents().get(0).getRequest().getUrl()).isEqualTo("/v3/videos/..%2Fusers%2Fme");
    }

    @Test
    void a_blank_id_fails_before_any_request() {
        assertThatThrownBy(() -> client.videos().get(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("video id");
        assertThat(wire.server().getAllServeEvents()).isEmpty();
    }
}
