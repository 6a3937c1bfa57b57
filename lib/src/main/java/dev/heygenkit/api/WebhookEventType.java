package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * A webhook event type as the API spells it, e.g. {@code avatar_video.success}. Open: types the kit does not list
 * yet are kept verbatim.
 *
 * @param value the wire value
 */
public record WebhookEventType(@JsonValue String value) {
    /** A video finished rendering. */
    public static final WebhookEventType AVATAR_VIDEO_SUCCESS = new WebhookEventType("avatar_video.success");
    /** A video failed to render. */
    public static final WebhookEventType AVATAR_VIDEO_FAIL = new WebhookEventType("avatar_video.fail");
    /** A video's GIF preview is ready. */
    public static final WebhookEventType AVATAR_VIDEO_GIF_SUCCESS = new WebhookEventType("avatar_video_gif.success");
    /** A video's GIF preview failed. */
    public static final WebhookEventType AVATAR_VIDEO_GIF_FAIL = new WebhookEventType("avatar_video_gif.fail");
    /** A video's burned-in captions are ready. */
    public static final WebhookEventType AVATAR_VIDEO_CAPTION_SUCCESS = new WebhookEventType("avatar_video_caption.success");
    /** A video's burned-in captions failed. */
    public static final WebhookEventType AVATAR_VIDEO_CAPTION_FAIL = new WebhookEventType("avatar_video_caption.fail");
    /** Every item of a batch is finished. */
    public static final WebhookEventType BATCH_FINISHED = new WebhookEventType("batch.finished");

    /** Trims the value; it must not be blank. */
    public WebhookEventType {
        Objects.requireNonNull(value, "event type");
        value = value.trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a webhook event type is blank; use e.g. avatar_video.success");
        }
    }

    /** The type for a wire value. */
    @JsonCreator
    public static WebhookEventType of(String value) {
        return new WebhookEventType(value);
    }

    /** Whether this type reports a success ({@code .success} suffix). */
    public boolean isSuccess() {
        return value.endsWith(".success");
    }

    /** Whether this type reports a failure ({@code .fail} suffix or {@code _failed}). */
    public boolean isFailure() {
        return value.endsWith(".fail") || value.endsWith("_failed");
    }

    @Override
    public String toString() {
        return value;
    }
}
