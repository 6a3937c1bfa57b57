package dev.heygenkit.api;

import java.util.List;

/**
 * A registered webhook endpoint. The signing {@code secret} is only present in the answers to create and
 * rotate-secret; store it then. {@code toString()} never shows it.
 *
 * @param endpointId the endpoint id
 * @param url        where deliveries are POSTed
 * @param status     {@code enabled} or {@code disabled}
 * @param createdAt  ISO-8601 time
 * @param events     subscribed event types; empty means every type
 * @param secret     the signing secret, or null outside create and rotate
 */
public record WebhookEndpoint(String endpointId, String url, String status, String createdAt,
                              List<WebhookEventType> events, String secret) {
    /** Copies the events, empty when absent (all types). */
    public WebhookEndpoint {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** Whether deliveries are being sent. */
    public boolean isEnabled() {
        return "enabled".equals(status);
    }

    @Override
    public String toString() {
        return "WebhookEndpoint[endpointId=" + endpointId + ", url=" + url + ", status=" + status + ", createdAt=" + createdAt
                + ", events=" + events + (secret == null ? "" : ", secret=<redacted>") + "]";
    }
}
