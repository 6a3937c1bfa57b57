package dev.heygenkit.api;

/**
 * Filters for {@link Webhooks#events(WebhookEventQuery)}; each method returns a new query.
 *
 * @param eventType only this event type
 * @param entityId  only events about this entity (e.g. a video id)
 * @param limit     page size, 1 to 100 (server default 10)
 * @param token     cursor to start at
 */
public record WebhookEventQuery(WebhookEventType eventType, String entityId, Integer limit, String token) {
    /** No filters. */
    public static WebhookEventQuery of() {
        return new WebhookEventQuery(null, null, null, null);
    }

    /** Only this event type. */
    public WebhookEventQuery eventType(WebhookEventType value) {
        return new WebhookEventQuery(value, entityId, limit, token);
    }

    /** Only events about this entity. */
    public WebhookEventQuery entityId(String value) {
        return new WebhookEventQuery(eventType, value, limit, token);
    }

    /** Page size. */
    public WebhookEventQuery limit(int value) {
        return new WebhookEventQuery(eventType, entityId, value, token);
    }

    /** Start at this cursor. */
    public WebhookEventQuery token(String value) {
        return new WebhookEventQuery(eventType, entityId, limit, value);
    }
}
