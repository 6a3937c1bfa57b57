package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What speaks in an {@code avatar_video} studio scene: a look ({@code avatar}) or a photo ({@code image}). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AvatarInput.class, name = "avatar"),
        @JsonSubTypes.Type(value = ImageInput.class, name = "image")})
public sealed interface StudioInput permits AvatarInput, ImageInput {
}
