package dev.heygenkit.api;

import java.util.List;

/**
 * A {@code type=studio} create body: 1 to 50 scenes rendered into one video.
 *
 * @param scenes the scenes in order
 * @param title dashboard title
 * @param resolution {@code 4k}, {@code 1080p} or {@code 720p}
 * @param aspectRatio frame shape; each scene is centre-cropped to it
 * @param caption sidecar SRT, and burned-in captions when a style is set
 * @param callbackUrl URL called once when the video is ready
 * @param callbackId your id, echoed in the callback payload
 * @param watermark an image overlay (Enterprise)
 */
public record StudioVideoRequest(List<StudioScene> scenes,
        String title,
        String resolution,
        String aspectRatio,
        Caption caption,
        String callbackUrl,
        String callbackId,
        Watermark watermark) implements CreateVideoRequest {
    /** Copies lists so the value stays immutable. */
    public StudioVideoRequest {
        scenes = scenes == null ? null : List.copyOf(scenes);
    }

    /** A builder with every field unset (absent fields are not sent). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this value. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.scenes = scenes;
        b.title = title;
        b.resolution = resolution;
        b.aspectRatio = aspectRatio;
        b.caption = caption;
        b.callbackUrl = callbackUrl;
        b.callbackId = callbackId;
        b.watermark = watermark;
        return b;
    }

    /** Builds {@link StudioVideoRequest} values; every setter returns this builder. */
    public static final class Builder {
        private List<StudioScene> scenes;
        private String title;
        private String resolution;
        private String aspectRatio;
        private Caption caption;
        private String callbackUrl;
        private String callbackId;
        private Watermark watermark;

        private Builder() {
        }

        /** Sets scenes: the scenes in order. */
        public Builder scenes(List<StudioScene> scenes) {
            this.scenes = scenes;
            return this;
        }

        /** Sets title: dashboard title. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Sets resolution: {@code 4k}, {@code 1080p} or {@code 720p}. */
        public Builder resolution(String resolution) {
            this.resolution = resolution;
            return this;
        }

        /** Sets aspectRatio: frame shape; each scene is centre-cropped to it. */
        public Builder aspectRatio(String aspectRatio) {
            this.aspectRatio = aspectRatio;
            return this;
        }

        /** Sets caption: sidecar SRT, and burned-in captions when a style is set. */
        public Builder caption(Caption caption) {
            this.caption = caption;
            return this;
        }

        /** Sets callbackUrl: URL called once when the video is ready. */
        public Builder callbackUrl(String callbackUrl) {
            this.callbackUrl = callbackUrl;
            return this;
        }

        /** Sets callbackId: your id, echoed in the callback payload. */
        public Builder callbackId(String callbackId) {
            this.callbackId = callbackId;
            return this;
        }

        /** Sets watermark: an image overlay (Enterprise). */
        public Builder watermark(Watermark watermark) {
            this.watermark = watermark;
            return this;
        }

        /** The value. */
        public StudioVideoRequest build() {
            return new StudioVideoRequest(scenes, title, resolution, aspectRatio, caption, callbackUrl, callbackId, watermark);
        }
    }
}
