package dev.heygenkit.api;

/**
 * An entry of the webhook event catalog ({@code GET /v3/webhooks/event-types}).
 *
 * @param eventType   the type to subscribe to
 * @param description what it reports
 */
public record WebhookEventTypeInfo(WebhookEventType eventType, String description) {
}
