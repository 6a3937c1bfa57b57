package dev.heygenkit.api;

/**
 * A new signing secret from {@code rotate-secret}; the old one stops working at once. {@code toString()} hides it.
 *
 * @param endpointId the endpoint
 * @param secret     the new secret, to pass to {@link WebhookSignature}
 */
public record WebhookSecret(String endpointId, String secret) {
    @Override
    public String toString() {
        return "WebhookSecret[endpointId=" + endpointId + ", secret=<redacted>]";
    }
}
