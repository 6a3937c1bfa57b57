package dev.heygenkit.api;

/**
 * A {@code type=image} create body: a photo is animated (Avatar IV) to speak.
 *
 * @param image the photo as URL, asset id or base64
 * @param script text to speak; may contain {@code <break time="1.5s"/>} pauses; excludes the audio fields
 * @param voiceId voice for the script
 * @param audioUrl public audio to lip-sync instead of a script
 * @param audioAssetId uploaded audio to lip-sync instead of a script
 * @param voiceSettings speed, pitch, volume, locale and engine settings of the voice
 * @param title dashboard title
 * @param resolution {@code 4k}, {@code 1080p} or {@code 720p}
 * @param aspectRatio {@code 16:9}, {@code 9:16}, {@code 4:5}, {@code 5:4}, {@code 1:1} or {@code auto}
 * @param fit {@code contain} or {@code cover}
 * @param motionPrompt how the avatar moves (photo avatars; video avatars only with the avatar_v engine)
 * @param expressiveness {@code high}, {@code medium} or {@code low} (photo avatars, not with avatar_v)
 * @param removeBackground remove the avatar's background (needs a matting-trained avatar)
 * @param background solid colour or image behind the avatar
 * @param outputFormat {@code mp4} (default) or {@code webm} with alpha (then no background)
 * @param caption sidecar SRT, and burned-in captions when a style is set
 * @param callbackUrl URL called once when the video is ready
 * @param callbackId your id, echoed in the callback payload
 * @param watermark an image overlay (Enterprise)
 */
public record ImageVideoRequest(AssetInput image,
        String script,
        String voiceId,
        String audioUrl,
        String audioAssetId,
        VoiceSettings voiceSettings,
        String title,
        String resolution,
        String aspectRatio,
        String fit,
        String motionPrompt,
        String expressiveness,
        Boolean removeBackground,
        VideoBackground background,
        String outputFormat,
        Caption caption,
        String callbackUrl,
        String callbackId,
        Watermark watermark) implements CreateVideoRequest {
    /** A builder with every field unset (absent fields are not sent). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this value. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.image = image;
        b.script = script;
        b.voiceId = voiceId;
        b.audioUrl = audioUrl;
        b.audioAssetId = audioAssetId;
        b.voiceSettings = voiceSettings;
        b.title = title;
        b.resolution = resolution;
        b.aspectRatio = aspectRatio;
        b.fit = fit;
        b.motionPrompt = motionPrompt;
        b.expressiveness = expressiveness;
        b.removeBackground = removeBackground;
        b.background = background;
        b.outputFormat = outputFormat;
        b.caption = caption;
        b.callbackUrl = callbackUrl;
        b.callbackId = callbackId;
        b.watermark = watermark;
        return b;
    }

    /** Builds {@link ImageVideoRequest} values; every setter returns this builder. */
    public static final class Builder {
        private AssetInput image;
        private String script;
        private String voiceId;
        private String audioUrl;
        private String audioAssetId;
        private VoiceSettings voiceSettings;
        private String title;
        private String resolution;
        private String aspectRatio;
        private String fit;
        private String motionPrompt;
        private String expressiveness;
        private Boolean removeBackground;
        private VideoBackground background;
        private String outputFormat;
        private Caption caption;
        private String callbackUrl;
        private String callbackId;
        private Watermark watermark;

        private Builder() {
        }

        /** Sets image: the photo as URL, asset id or base64. */
        public Builder image(AssetInput image) {
            this.image = image;
            return this;
        }

        /** Sets script: text to speak; may contain {@code <break time="1.5s"/>} pauses; excludes the audio fields. */
        public Builder script(String script) {
            this.script = script;
            return this;
        }

        /** Sets voiceId: voice for the script. */
        public Builder voiceId(String voiceId) {
            this.voiceId = voiceId;
            return this;
        }

        /** Sets audioUrl: public audio to lip-sync instead of a script. */
        public Builder audioUrl(String audioUrl) {
            this.audioUrl = audioUrl;
            return this;
        }

        /** Sets audioAssetId: uploaded audio to lip-sync instead of a script. */
        public Builder audioAssetId(String audioAssetId) {
            this.audioAssetId = audioAssetId;
            return this;
        }

        /** Sets voiceSettings: speed, pitch, volume, locale and engine settings of the voice. */
        public Builder voiceSettings(VoiceSettings voiceSettings) {
            this.voiceSettings = voiceSettings;
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

        /** Sets aspectRatio: {@code 16:9}, {@code 9:16}, {@code 4:5}, {@code 5:4}, {@code 1:1} or {@code auto}. */
        public Builder aspectRatio(String aspectRatio) {
            this.aspectRatio = aspectRatio;
            return this;
        }

        /** Sets fit: {@code contain} or {@code cover}. */
        public Builder fit(String fit) {
            this.fit = fit;
            return this;
        }

        /** Sets motionPrompt: how the avatar moves (photo avatars; video avatars only with the avatar_v engine). */
        public Builder motionPrompt(String motionPrompt) {
            this.motionPrompt = motionPrompt;
            return this;
        }

        /** Sets expressiveness: {@code high}, {@code medium} or {@code low} (photo avatars, not with avatar_v). */
        public Builder expressiveness(String expressiveness) {
            this.expressiveness = expressiveness;
            return this;
        }

        /** Sets removeBackground: remove the avatar's background (needs a matting-trained avatar). */
        public Builder removeBackground(Boolean removeBackground) {
            this.removeBackground = removeBackground;
            return this;
        }

        /** Sets background: solid colour or image behind the avatar. */
        public Builder background(VideoBackground background) {
            this.background = background;
            return this;
        }

        /** Sets outputFormat: {@code mp4} (default) or {@code webm} with alpha (then no background). */
        public Builder outputFormat(String outputFormat) {
            this.outputFormat = outputFormat;
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
        public ImageVideoRequest build() {
            return new ImageVideoRequest(image, script, voiceId, audioUrl, audioAssetId, voiceSettings, title, resolution, aspectRatio, fit, motionPrompt, expressiveness, removeBackground, background, outputFormat, caption, callbackUrl, callbackId, watermark);
        }
    }
}
