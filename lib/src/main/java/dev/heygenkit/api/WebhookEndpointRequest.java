package dev.heygenkit.api;

import java.util.List;

/**
 * A {@code POST /v3/webhooks/endpoints} body; each method returns a copy.
 *
 * <pre>{@code client.webhooks().createEndpoint(WebhookEndpointRequest.of("https://example.com/hook").events(WebhookEventType.AVATAR_VIDEO_SUCCESS))}</pre>
 *
 * @param url      public HTTPS URL receiving the deliveries
 * @param events   event types to deliver; null for every type
 * @param entityId only events about this entity, or null
 */
public record WebhookEndpointRequest(String url, List<WebhookEventType> events, String entityId) {
    /** Copies the events. */
    public WebhookEndpointRequest {
        events = events == null ? null : List.copyOf(events);
    }

    /** An endpoint at this URL receiving every event type. */
    public static WebhookEndpointRequest of(String url) {
        return new WebhookEndpointRequest(url, null, null);
    }

    /** A copy receiving only these event types. */
    public WebhookEndpointRequest events(WebhookEventType... types) {
        return new WebhookEndpointRequest(url, List.of(types), entityId);
    }

    /** A copy receiving only these event types. */
    public WebhookEndpointRequest events(List<WebhookEventType> types) {
        return new WebhookEndpointRequest(url, types, entityId);
    }

    /** A copy limited to events about this entity. */
    public WebhookEndpointRequest entityId(String value) {
        return new WebhookEndpointRequest(url, events, value);
    }
}
