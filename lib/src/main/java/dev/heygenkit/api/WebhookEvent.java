package dev.heygenkit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.heygenkit.internal.http.Json;

/**
 * A webhook event, as delivered to a receiver or listed by {@code GET /v3/webhooks/events}. The payload is free-form
 * and keys the kit does not know are kept; read it as a tree or map it with {@link #data(Class)}.
 *
 * <pre>{@code WebhookEvent e = WebhookSignature.verifyAndParse(secret, body, header); if (e.eventType().isSuccess()) e.video().videoUrl();}</pre>
 *
 * @param eventId   the event id; the same event may arrive more than once, so deduplicate on it
 * @param eventType e.g. {@code avatar_video.success}
 * @param createdAt ISO-8601 time
 * @param eventData the payload (an empty object when absent)
 */
public record WebhookEvent(String eventId, WebhookEventType eventType, String createdAt, JsonNode eventData) {
    /** Keeps a private copy of the payload, an empty object when absent. */
    public WebhookEvent {
        eventData = eventData == null || eventData.isNull() || eventData.isMissingNode()
                ? JsonNodeFactory.instance.objectNode() : eventData.deepCopy();
    }

    /** A text field of the payload, or null when absent or null. */
    public String text(String field) {
        JsonNode v = eventData.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The payload's {@code video_id}, or null. */
    public String videoId() {
        return text("video_id");
    }

    /** The payload's {@code callback_id} (the id given at create time), or null. */
    public String callbackId() {
        return text("callback_id");
    }

    /** The payload of a video event ({@code avatar_video.*}, {@code avatar_video_gif.*}, …). */
    public VideoEventData video() {
        return data(VideoEventData.class);
    }

    /** The payload mapped to a record or class of yours (snake_case keys, unknown keys ignored). */
    public <T> T data(Class<T> type) {
        return Json.read(eventData, type);
    }

    /**
     * The payload of a video event; every field may be absent.
     *
     * @param videoId           the video
     * @param videoUrl          the finished video (success)
     * @param thumbnailUrl      a still (success)
     * @param gifUrl            an animated preview, when asked for
     * @param captionedVideoUrl the video with burned-in captions (caption events)
     * @param duration          seconds (success)
     * @param callbackId        the id given at create time
     * @param error             why it failed (failure events)
     */
    public record VideoEventData(String videoId, String videoUrl, String thumbnailUrl, String gifUrl,
                                 String captionedVideoUrl, Double duration, String callbackId, JsonNode error) {
        /** The failure reason as text, or null. */
        public String errorMessage() {
            if (error == null || error.isNull()) {
                return null;
            }
            return error.isTextual() ? error.asText() : error.path("message").asText(error.toString());
        }
    }
}
