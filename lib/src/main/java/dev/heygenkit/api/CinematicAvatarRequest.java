package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A {@code type=cinematic_avatar} create body: a prompt-driven clip from one to three looks.
 *
 * @param prompt what happens in the clip
 * @param avatarIds one to three look ids (sent as {@code avatar_id})
 * @param references reference images, videos or audio
 * @param duration 4 to 15 seconds; leave out with autoDuration
 * @param autoDuration let the model pick the length
 * @param enhancePrompt let the server rewrite the prompt
 * @param aspectRatio {@code 16:9}, {@code 9:16} or {@code 1:1}
 * @param resolution {@code 720p} (default) or {@code 1080p}
 * @param title dashboard title
 */
public record CinematicAvatarRequest(String prompt,
        @JsonProperty("avatar_id") List<String> avatarIds,
        List<AssetInput> references,
        Integer duration,
        Boolean autoDuration,
        Boolean enhancePrompt,
        AspectRatio aspectRatio,
        Resolution resolution,
        String title) implements CreateVideoRequest {
    /** Copies lists so the value stays immutable. */
    public CinematicAvatarRequest {
        avatarIds = avatarIds == null ? null : List.copyOf(avatarIds);
        references = references == null ? null : List.copyOf(references);
    }

    /** A builder with every field unset (absent fields are not sent). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this value. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.prompt = prompt;
        b.avatarIds = avatarIds;
        b.references = references;
        b.duration = duration;
        b.autoDuration = autoDuration;
        b.enhancePrompt = enhancePrompt;
        b.aspectRatio = aspectRatio;
        b.resolution = resolution;
        b.title = title;
        return b;
    }

    /** Builds {@link CinematicAvatarRequest} values; every setter returns this builder. */
    public static final class Builder {
        private String prompt;
        private List<String> avatarIds;
        private List<AssetInput> references;
        private Integer duration;
        private Boolean autoDuration;
        private Boolean enhancePrompt;
        private AspectRatio aspectRatio;
        private Resolution resolution;
        private String title;

        private Builder() {
        }

        /** Sets prompt: what happens in the clip. */
        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        /** Sets avatarIds: one to three look ids (sent as {@code avatar_id}). */
        public Builder avatarIds(List<String> avatarIds) {
            this.avatarIds = avatarIds;
            return this;
        }

        /** Sets references: reference images, videos or audio. */
        public Builder references(List<AssetInput> references) {
            this.references = references;
            return this;
        }

        /** Sets duration: 4 to 15 seconds; leave out with autoDuration. */
        public Builder duration(Integer duration) {
            this.duration = duration;
            return this;
        }

        /** Sets autoDuration: let the model pick the length. */
        public Builder autoDuration(Boolean autoDuration) {
            this.autoDuration = autoDuration;
            return this;
        }

        /** Sets enhancePrompt: let the server rewrite the prompt. */
        public Builder enhancePrompt(Boolean enhancePrompt) {
            this.enhancePrompt = enhancePrompt;
            return this;
        }

        /** Sets aspectRatio: {@code 16:9}, {@code 9:16} or {@code 1:1}. */
        public Builder aspectRatio(AspectRatio aspectRatio) {
            this.aspectRatio = aspectRatio;
            return this;
        }

        /** Sets resolution: {@code 720p} (default) or {@code 1080p}. */
        public Builder resolution(Resolution resolution) {
            this.resolution = resolution;
            return this;
        }

        /** Sets title: dashboard title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** The value. */
        public CinematicAvatarRequest build() {
            return new CinematicAvatarRequest(prompt, avatarIds, references, duration, autoDuration, enhancePrompt, aspectRatio, resolution, title);
        }
    }
}
