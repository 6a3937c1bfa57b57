package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A studio scene's background; the API offers only {@code color}, keyed {@code color} (not {@code value}). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = SceneBackground.Color.class, name = "color")})
public sealed interface SceneBackground permits SceneBackground.Color {

    /**
     * A solid colour.
     *
     * @param color {@code #RRGGBB}
     */
    record Color(String color) implements SceneBackground {
    }

    /** A solid colour background. */
    static SceneBackground color(String hex) {
        return new Color(hex);
    }
}
