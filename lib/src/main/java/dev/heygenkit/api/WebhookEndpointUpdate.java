package dev.heygenkit.api;

import java.util.List;

/**
 * A {@code PATCH /v3/webhooks/endpoints/{endpoint_id}} body: only the fields set are sent; a new events list
 * replaces the old one wholesale. Each method returns a copy.
 *
 * <pre>{@code client.webhooks().updateEndpoint(id, WebhookEndpointUpdate.of().url("https://example.com/v2/hook"))}</pre>
 *
 * @param url    the new URL, or null to keep it
 * @param events the new event types, or null to keep them
 */
public record WebhookEndpointUpdate(String url, List<WebhookEventType> events) {
    /** Copies the events. */
    public WebhookEndpointUpdate {
        events = events == null ? null : List.copyOf(events);
    }

    /** An update that changes nothing yet. */
    public static WebhookEndpointUpdate of() {
        return new WebhookEndpointUpdate(null, null);
    }

    /** A copy that moves the endpoint to this URL. */
    public WebhookEndpointUpdate url(String value) {
        return new WebhookEndpointUpdate(value, events);
    }

    /** A copy that replaces the subscribed event types. */
    public WebhookEndpointUpdate events(WebhookEventType... types) {
        return new WebhookEndpointUpdate(url, List.of(types));
    }

    /** A copy that replaces the subscribed event types. */
    public WebhookEndpointUpdate events(List<WebhookEventType> types) {
        return new WebhookEndpointUpdate(url, types);
    }
}
