package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.Objects;

/**
 * A studio scene showing a still picture, held silently for a duration or narrated.
 *
 * @param source   the picture
 * @param duration seconds to hold it silently (0–300), or null when narrated
 * @param speaker  the narration: script, voice or audio (no engine, motion or expressiveness)
 */
public record ImageScene(AssetInput source, Double duration, @JsonUnwrapped Speaker speaker) implements StudioScene {
    /** An absent speaker is an empty one. */
    public ImageScene {
        speaker = Objects.requireNonNullElse(speaker, Speaker.NONE);
    }
}
