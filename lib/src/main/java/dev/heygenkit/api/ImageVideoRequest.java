package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.Objects;

/**
 * A {@code type=image} create body: a photo is animated (Avatar IV) to speak.
 *
 * @param image   the photo
 * @param speaker what is said and how (photos take no engine)
 * @param framing fit, background and output format
 * @param options title, size, captions, callback and watermark
 */
public record ImageVideoRequest(AssetInput image,
        @JsonUnwrapped Speaker speaker,
        @JsonUnwrapped Framing framing,
        @JsonUnwrapped VideoOptions options) implements CreateVideoRequest {
    /** Absent blocks are empty blocks. */
    public ImageVideoRequest {
        speaker = Objects.requireNonNullElse(speaker, Speaker.NONE);
        framing = Objects.requireNonNullElse(framing, Framing.NONE);
        options = Objects.requireNonNullElse(options, VideoOptions.NONE);
    }
}
