package dev.heygenkit.api;

/**
 * A studio scene input where a photo speaks.
 *
 * @param image the photo
 * @param script text to speak; may contain {@code <break time="1.5s"/>} pauses; excludes the audio fields
 * @param voiceId voice for the script
 * @param audioUrl public audio to lip-sync instead of a script
 * @param audioAssetId uploaded audio to lip-sync instead of a script
 * @param voiceSettings speed, pitch, volume, locale and engine settings of the voice
 * @param motionPrompt how the avatar moves
 * @param expressiveness {@code high}, {@code medium} or {@code low}
 */
public record ImageInput(AssetInput image,
        String script,
        String voiceId,
        String audioUrl,
        String audioAssetId,
        VoiceSettings voiceSettings,
        String motionPrompt,
        String expressiveness) implements StudioInput {
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
        b.motionPrompt = motionPrompt;
        b.expressiveness = expressiveness;
        return b;
    }

    /** Builds {@link ImageInput} values; every setter returns this builder. */
    public static final class Builder {
        private AssetInput image;
        private String script;
        private String voiceId;
        private String audioUrl;
        private String audioAssetId;
        private VoiceSettings voiceSettings;
        private String motionPrompt;
        private String expressiveness;

        private Builder() {
        }

        /** Sets image: the photo. */
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

        /** Sets motionPrompt: how the avatar moves. */
        public Builder motionPrompt(String motionPrompt) {
            this.motionPrompt = motionPrompt;
            return this;
        }

        /** Sets expressiveness: {@code high}, {@code medium} or {@code low}. */
        public Builder expressiveness(String expressiveness) {
            this.expressiveness = expressiveness;
            return this;
        }

        /** The value. */
        public ImageInput build() {
            return new ImageInput(image, script, voiceId, audioUrl, audioAssetId, voiceSettings, motionPrompt, expressiveness);
        }
    }
}
