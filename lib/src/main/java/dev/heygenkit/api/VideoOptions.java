package dev.heygenkit.api;

/**
 * What applies to a whole video in the avatar, image and studio modes: title, size, captions, callback and watermark.
 * Sent flattened into the body; absent fields are not sent.
 *
 * @param title       the dashboard title
 * @param resolution  {@code 4k}, {@code 1080p} or {@code 720p}
 * @param aspectRatio {@code 16:9}, {@code 9:16}, {@code 4:5}, {@code 5:4}, {@code 1:1} or {@code auto}
 * @param caption     a sidecar SRT, and burned-in captions when a style is set
 * @param callbackUrl a URL called once when the video is ready
 * @param callbackId  your id, echoed in the callback payload
 * @param watermark   an image overlay (Enterprise)
 */
public record VideoOptions(String title,
        Resolution resolution,
        AspectRatio aspectRatio,
        Caption caption,
        String callbackUrl,
        String callbackId,
        Watermark watermark) {
    /** Nothing set. */
    public static final VideoOptions NONE = new VideoOptions(null, null, null, null, null, null, null);

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this value. */
    public Builder toBuilder() {
        return new Builder().title(title).resolution(resolution).aspectRatio(aspectRatio).caption(caption)
                .callbackUrl(callbackUrl).callbackId(callbackId).watermark(watermark);
    }

    /** Builds {@link VideoOptions} values; every setter returns this builder. */
    public static final class Builder {
        private String title;
        private Resolution resolution;
        private AspectRatio aspectRatio;
        private Caption caption;
        private String callbackUrl;
        private String callbackId;
        private Watermark watermark;

        private Builder() {
        }

        /** Sets the title. */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** Sets the resolution. */
        public Builder resolution(Resolution value) {
            this.resolution = value;
            return this;
        }

        /** Sets the aspect ratio. */
        public Builder aspectRatio(AspectRatio value) {
            this.aspectRatio = value;
            return this;
        }

        /** Sets the captions. */
        public Builder caption(Caption value) {
            this.caption = value;
            return this;
        }

        /** Sets the callback URL. */
        public Builder callbackUrl(String value) {
            this.callbackUrl = value;
            return this;
        }

        /** Sets the callback id. */
        public Builder callbackId(String value) {
            this.callbackId = value;
            return this;
        }

        /** Sets the watermark. */
        public Builder watermark(Watermark value) {
            this.watermark = value;
            return this;
        }

        /** The value. */
        public VideoOptions build() {
            return new VideoOptions(title, resolution, aspectRatio, caption, callbackUrl, callbackId, watermark);
        }
    }
}
