package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One scene of a studio video: {@code avatar_video}, {@code image} or {@code video}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StudioScene.AvatarVideo.class, name = "avatar_video"),
        @JsonSubTypes.Type(value = ImageScene.class, name = "image"),
        @JsonSubTypes.Type(value = StudioScene.Clip.class, name = "video")})
public sealed interface StudioScene permits StudioScene.AvatarVideo, ImageScene, StudioScene.Clip {

    /**
     * A scene where an avatar (look or photo) speaks; its length follows the audio.
     *
     * @param input the speaking look or photo
     */
    record AvatarVideo(StudioInput input) implements StudioScene {
    }

    /**
     * A video clip scene.
     *
     * @param source   the clip
     * @param playback volume and mute, or null for the clip's own sound
     */
    record Clip(AssetInput source, Playback playback) implements StudioScene {
    }

    /** An avatar scene with this input. */
    static StudioScene avatar(StudioInput input) {
        return new AvatarVideo(input);
    }

    /** A clip scene. */
    static StudioScene clip(AssetInput source, Playback playback) {
        return new Clip(source, playback);
    }
}
