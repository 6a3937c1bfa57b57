package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.Objects;

/**
 * A studio scene input where a look speaks.
 *
 * @param avatarId   the look id
 * @param speaker    what is said and how
 * @param background the scene's background (colour only)
 */
public record AvatarInput(String avatarId, @JsonUnwrapped Speaker speaker, SceneBackground background) implements StudioInput {
    /** An absent speaker is an empty one. */
    public AvatarInput {
        speaker = Objects.requireNonNullElse(speaker, Speaker.NONE);
    }
}
