package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A {@code POST /v3/videos} body, one of the four create modes discriminated by {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AvatarVideoRequest.class, name = "avatar"),
        @JsonSubTypes.Type(value = ImageVideoRequest.class, name = "image"),
        @JsonSubTypes.Type(value = CinematicAvatarRequest.class, name = "cinematic_avatar"),
        @JsonSubTypes.Type(value = StudioVideoRequest.class, name = "studio")})
public sealed interface CreateVideoRequest extends VideoRequest
        permits AvatarVideoRequest, ImageVideoRequest, CinematicAvatarRequest, StudioVideoRequest {

    /** The discriminator value this body is sent with. */
    default String type() {
        if (this instanceof AvatarVideoRequest) {
            return "avatar";
        }
        if (this instanceof ImageVideoRequest) {
            return "image";
        }
        return this instanceof CinematicAvatarRequest ? "cinematic_avatar" : "studio";
    }
}
