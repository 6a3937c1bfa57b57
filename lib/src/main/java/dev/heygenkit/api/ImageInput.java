package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.Objects;

/**
 * A studio scene input where a photo speaks (Avatar IV).
 *
 * @param image   the photo
 * @param speaker what is said and how (photos take no engine)
 */
public record ImageInput(AssetInput image, @JsonUnwrapped Speaker speaker) implements StudioInput {
    /** An absent speaker is an empty one. */
    public ImageInput {
        speaker = Objects.requireNonNullElse(speaker, Speaker.NONE);
    }
}
