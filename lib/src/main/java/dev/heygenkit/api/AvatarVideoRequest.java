package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.Objects;

/**
 * A {@code type=avatar} create body: a look speaks a script or lip-syncs audio.
 *
 * <pre>{@code AvatarVideoRequest.of("anna", Speaker.saying("Hello"))}</pre>
 *
 * @param avatarId the look id (not a group id)
 * @param speaker  what is said and how
 * @param framing  fit, background and output format
 * @param options  title, size, captions, callback and watermark
 */
public record AvatarVideoRequest(String avatarId,
        @JsonUnwrapped Speaker speaker,
        @JsonUnwrapped Framing framing,
        @JsonUnwrapped VideoOptions options) implements CreateVideoRequest {
    /** Absent blocks are empty blocks. */
    public AvatarVideoRequest {
        speaker = Objects.requireNonNullElse(speaker, Speaker.NONE);
        framing = Objects.requireNonNullElse(framing, Framing.NONE);
        options = Objects.requireNonNullElse(options, VideoOptions.NONE);
    }

    /** A look speaking, with no framing or options set. */
    public static AvatarVideoRequest of(String avatarId, Speaker speaker) {
        return new AvatarVideoRequest(avatarId, speaker, null, null);
    }
}
