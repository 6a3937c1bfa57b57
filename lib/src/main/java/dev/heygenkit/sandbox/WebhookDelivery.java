package dev.heygenkit.sandbox;

/**
 * One attempt to deliver a webhook event.
 *
 * @param eventId   the event's {@code event_id}
 * @param eventType e.g. {@code avatar_video.success}
 * @param url       where it was posted
 * @param signed    whether it carried the signature header (registered endpoints do, per-video callbacks do not)
 * @param attempt   1 for the first try
 * @param status    the receiver's HTTP status, or 0 when the connection failed
 * @param error     why the attempt failed, or null on a 2xx answer
 */
public record WebhookDelivery(String eventId, String eventType, String url, boolean signed, int attempt, int status,
                              String error) {
    /** Whether the receiver answered 2xx. */
    public boolean delivered() {
        return status >= 200 && status < 300;
    }
}
