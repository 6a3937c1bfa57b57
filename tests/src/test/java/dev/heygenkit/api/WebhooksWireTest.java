package dev.heygenkit.api;


import dev.heygenkit.NotFoundException;

import dev.heygenkit.internal.http.WireTest;



import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.heygenkit.internal.http.WireFixture.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The /v3/webhooks group on the wire. */
class WebhooksWireTest extends WireTest {
    private static final String ENDPOINTS = "/v3/webhooks/endpoints";
    @Test
    void create_endpoint_posts_url_events_and_entity_and_returns_the_secret_once() {
        wire.server().stubFor(post(ENDPOINTS).willReturn(okJson(response("webhooks-endpoint-create.json"))));
        WebhookEndpoint ep = client.webhooks().createEndpoint(WebhookEndpointRequest.of("https://example.com/hooks/heygen")
                .events(WebhookEventType.AVATAR_VIDEO_SUCCESS, WebhookEventType.AVATAR_VIDEO_FAIL).entityId("vid_1"));
        wire.server().verify(postRequestedFor(urlEqualTo(ENDPOINTS)).withHeader("Idempotency-Key", matching("hk-[0-9a-f]{32}"))
                .withRequestBody(equalToJson("{\"url\":\"https://example.com/hooks/heygen\","
                        + "\"events\":[\"avatar_video.success\",\"avatar_video.fail\"],\"entity_id\":\"vid_1\"}")));
        assertThat(ep.endpointId()).isEqualTo("ep_1");
        assertThat(ep.secret()).isEqualTo("whsec_shown_once");
        assertThat(ep.isEnabled()).isTrue();
        assertThat(ep.events()).containsExactly(WebhookEventType.AVATAR_VIDEO_SUCCESS, WebhookEventType.AVATAR_VIDEO_FAIL);
        assertThat(ep.toString()).doesNotContain("whsec_shown_once").contains("<redacted>");
    }

    @Test
    void create_endpoint_for_every_event_sends_only_the_url() {
        wire.server().stubFor(post(ENDPOINTS).willReturn(okJson(response("webhooks-endpoint-create.json"))));
        client.webhooks().createEndpoint("https://example.com/all");
        wire.server().verify(postRequestedFor(urlEqualTo(ENDPOINTS)).withRequestBody(equalToJson("{\"url\":\"https://example.com/all\"}")));
        assertThatThrownBy(() -> client.webhooks().createEndpoint(" ")).hasMessageContaining("url");
    }

    @Test
    void list_endpoints_reads_pages_and_null_events_as_all() {
        wire.server().stubFor(get(urlPathEqualTo(ENDPOINTS)).willReturn(okJson(response("webhooks-endpoints-list.json"))));
        List<WebhookEndpoint> eps = client.webhooks().listEndpoints(50).all();
        wire.server().verify(getRequestedFor(urlEqualTo(ENDPOINTS + "?limit=50")));
        assertThat(eps).extracting(WebhookEndpoint::endpointId).containsExactly("ep_1", "ep_2");
        assertThat(eps.get(1).events()).isEmpty();
        assertThat(eps.get(1).isEnabled()).isFalse();
        assertThat(eps.get(0).secret()).isNull();
    }

    @Test
    void update_endpoint_patches_only_the_fields_set() {
        wire.server().stubFor(patch(urlEqualTo(ENDPOINTS + "/ep_1")).willReturn(okJson(response("webhooks-endpoint-update.json"))));
        WebhookEndpoint ep = client.webhooks().updateEndpoint("ep_1", WebhookEndpointUpdate.of().url("https://example.com/hooks/v2"));
        wire.server().verify(patchRequestedFor(urlEqualTo(ENDPOINTS + "/ep_1")).withHeader("Idempotency-Key", matching("hk-.+"))
                .withRequestBody(equalToJson("{\"url\":\"https://example.com/hooks/v2\"}")));
        assertThat(ep.url()).isEqualTo("https://example.com/hooks/v2");
        client.webhooks().updateEndpoint("ep_1", WebhookEndpointUpdate.of().events(WebhookEventType.BATCH_FINISHED));
        wire.server().verify(patchRequestedFor(urlEqualTo(ENDPOINTS + "/ep_1")).withRequestBody(equalToJson("{\"events\":[\"batch.finished\"]}")));
        assertThatThrownBy(() -> client.webhooks().updateEndpoint("ep_1", WebhookEndpointUpdate.of())).hasMessageContaining("changes nothing");
    }

    @Test
    void delete_endpoint_sends_a_delete_and_maps_a_missing_one_to_not_found() {
        wire.server().stubFor(delete(ENDPOINTS + "/ep_1").willReturn(okJson(response("webhooks-endpoint-delete.json"))));
        client.webhooks().deleteEndpoint("ep_1");
        wire.server().verify(deleteRequestedFor(urlEqualTo(ENDPOINTS + "/ep_1")).withoutHeader("Idempotency-Key"));
        wire.server().stubFor(delete(ENDPOINTS + "/gone").willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":{\"code\":\"not_found\",\"message\":\"Endpoint not found\"}}")));
        assertThatThrownBy(() -> client.webhooks().deleteEndpoint("gone")).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.hint()).contains("listEndpoints"));
    }

    @Test
    void rotate_secret_posts_without_a_body_and_hides_the_new_secret_in_strings() {
        wire.server().stubFor(post(ENDPOINTS + "/ep_1/rotate-secret").willReturn(okJson(response("webhooks-rotate-secret.json"))));
        WebhookSecret s = client.webhooks().rotateSecret("ep_1");
        assertThat(s.secret()).isEqualTo("whsec_rotated");
        assertThat(s.toString()).doesNotContain("whsec_rotated");
        var r = wire.requests(postRequestedFor(urlEqualTo(ENDPOINTS + "/ep_1/rotate-secret"))).get(0);
        assertThat(r.getBody()).isEmpty();
        assertThat(r.getHeader("Idempotency-Key")).isNotBlank();
    }

    @Test
    void event_types_are_read_as_a_catalog() {
        wire.server().stubFor(get("/v3/webhooks/event-types").willReturn(okJson(response("webhooks-event-types.json"))));
        assertThat(client.webhooks().eventTypes()).containsExactly(
                new WebhookEventTypeInfo(WebhookEventType.AVATAR_VIDEO_SUCCESS, "An avatar video finished rendering."),
                new WebhookEventTypeInfo(WebhookEventType.BATCH_FINISHED, "Every item of a batch is finished."));
    }

    @Test
    void events_filter_by_type_and_entity_and_page_lazily() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/webhooks/events")).withQueryParam("token", absent())
                .willReturn(okJson(response("webhooks-events.json"))));
        wire.server().stubFor(get(urlPathEqualTo("/v3/webhooks/events")).withQueryParam("token", equalTo("tok_events2"))
                .willReturn(okJson("{\"data\":[{\"event_id\":\"evt_0\",\"event_type\":\"personalized_video\","
                        + "\"created_at\":\"2026-03-01T11:00:00Z\",\"event_data\":{}}],\"has_more\":false,\"next_token\":null}")));
        Page<WebhookEvent> page = client.webhooks().events(WebhookEventQuery.of().eventType(WebhookEventType.AVATAR_VIDEO_FAIL)
                .entityId("vid_9").limit(2));
        wire.server().verify(getRequestedFor(urlEqualTo("/v3/webhooks/events?event_type=avatar_video.fail&entity_id=vid_9&limit=2")));
        WebhookEvent fail = page.items().get(0);
        assertThat(fail.eventType().isFailure()).isTrue();
        assertThat(fail.videoId()).isEqualTo("vid_9");
        assertThat(fail.video().errorMessage()).isEqualTo("Script too long for selected avatar");
        WebhookEvent ok = page.items().get(1);
        assertThat(ok.video().videoUrl()).endsWith("vid_7f3a.mp4");
        assertThat(ok.video().gifUrl()).endsWith(".gif");
        assertThat(ok.callbackId()).isEqualTo("order-41");
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo("/v3/webhooks/events")))).hasSize(1);
        assertThat(page.stream().map(WebhookEvent::eventId).toList()).containsExactly("evt_2", "evt_1", "evt_0");
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo("/v3/webhooks/events")))).hasSize(2);
    }
}
