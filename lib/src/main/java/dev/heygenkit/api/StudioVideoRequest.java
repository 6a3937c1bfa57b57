package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.List;
import java.util.Objects;

/**
 * A {@code type=studio} create body: 1 to 50 scenes rendered in order.
 *
 * @param scenes  the scenes
 * @param options title, size, captions, callback and watermark of the whole video
 */
public record StudioVideoRequest(List<StudioScene> scenes, @JsonUnwrapped VideoOptions options) implements CreateVideoRequest {
    /** Copies the scenes; an absent options block is an empty one. */
    public StudioVideoRequest {
        scenes = scenes == null ? null : List.copyOf(scenes);
        options = Objects.requireNonNullElse(options, VideoOptions.NONE);
    }
}
