package dev.heygenkit.api;

import dev.heygenkit.internal.http.ApiRequest;
import dev.heygenkit.internal.http.HttpTransport;

import java.util.List;
import java.util.Objects;

/**
 * The {@code /v3/webhooks} group: endpoints (create, list, update, delete, rotate secret), the event catalog and the
 * delivery history. Receivers check deliveries with {@link WebhookSignature}.
 *
 * <pre>{@code String secret = client.webhooks().createEndpoint(WebhookEndpointRequest.of("https://example.com/hook")).secret();}</pre>
 */
public final class Webhooks {
    private static final String ENDPOINTS = "/v3/webhooks/endpoints";

    private final HttpTransport transport;

    Webhooks(HttpTransport transport) {
        this.transport = transport;
    }

    /** Registers an endpoint; the answer carries the signing secret, shown only now. */
    public WebhookEndpoint createEndpoint(WebhookEndpointRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.url() == null || request.url().isBlank()) {
            throw new IllegalArgumentException("a webhook endpoint needs a url; pass your public HTTPS receiver");
        }
        return Resources.data(transport, ApiRequest.post(ENDPOINTS, request), WebhookEndpoint.class);
    }

    /** Registers an endpoint at {@code url} for every event type. */
    public WebhookEndpoint createEndpoint(String url) {
        return createEndpoint(WebhookEndpointRequest.of(url));
    }

    /** Every registered endpoint, paging lazily. */
    public Page<WebhookEndpoint> listEndpoints() {
        return listEndpoints(null);
    }

    /** Registered endpoints, {@code limit} (1 to 100) per page, paging lazily. */
    public Page<WebhookEndpoint> listEndpoints(Integer limit) {
        return Resources.page(transport, ApiRequest.get(ENDPOINTS).query("limit", Resources.limit(limit, 100)),
                WebhookEndpoint.class);
    }

    /** Changes an endpoint's URL or event types; fields left null are not sent. */
    public WebhookEndpoint updateEndpoint(String endpointId, WebhookEndpointUpdate update) {
        Objects.requireNonNull(update, "update");
        if (update.url() == null && update.events() == null) {
            throw new IllegalArgumentException("the update for webhook endpoint " + endpointId + " changes nothing; set url or events");
        }
        return Resources.data(transport, ApiRequest.patch(endpoint(endpointId), update), WebhookEndpoint.class);
    }

    /** Deletes an endpoint; deliveries to it stop. */
    public void deleteEndpoint(String endpointId) {
        transport.send(ApiRequest.delete(endpoint(endpointId)));
    }

    /** Replaces an endpoint's signing secret; the old one stops working at once. */
    public WebhookSecret rotateSecret(String endpointId) {
        return Resources.data(transport, ApiRequest.post(endpoint(endpointId) + "/rotate-secret", null), WebhookSecret.class);
    }

    /** The catalog of event types an endpoint can subscribe to. */
    public List<WebhookEventTypeInfo> eventTypes() {
        return Resources.page(transport, ApiRequest.get("/v3/webhooks/event-types"), WebhookEventTypeInfo.class).all();
    }

    /** Recent events, newest first, paging lazily. */
    public Page<WebhookEvent> events() {
        return events(WebhookEventQuery.of());
    }

    /** Recent events matching the query, paging lazily. */
    public Page<WebhookEvent> events(WebhookEventQuery query) {
        ApiRequest r = ApiRequest.get("/v3/webhooks/events")
                .query("event_type", query.eventType() == null ? null : query.eventType().value())
                .query("entity_id", query.entityId())
                .query("limit", Resources.limit(query.limit(), 100))
                .query("token", query.token());
        return Resources.page(transport, r, WebhookEvent.class);
    }

    private static String endpoint(String endpointId) {
        return ENDPOINTS + "/" + Resources.id(endpointId, "webhook endpoint id");
    }
}
