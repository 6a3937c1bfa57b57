package dev.heygenkit.api;

/**
 * A studio still-image scene, silent for {@code duration} seconds or narrated by one audio source.
 *
 * @param source the picture
 * @param duration seconds on screen when silent (0 < d ≤ 300); leave out when narrated
 * @param script text to speak; may contain {@code <break time="1.5s"/>} pauses; excludes the audio fields
 * @param voiceId voice for the script
 * @param audioUrl public audio to lip-sync instead of a script
 * @param audioAssetId uploaded audio to lip-sync instead of a script
 * @param voiceSettings speed, pitch, volume, locale and engine settings of the voice
 */
public record ImageScene(AssetInput source,
        Double duration,
        String script,
        String voiceId,
        String audioUrl,
        String audioAssetId,
        VoiceSettings voiceSettings) implements StudioScene {
    /** A builder with every field unset (absent fields are not sent). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this value. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.source = source;
        b.duration = duration;
        b.script = script;
        b.voiceId = voiceId;
        b.audioUrl = audioUrl;
        b.audioAssetId = audioAssetId;
        b.voiceSettings = voiceSettings;
        return b;
    }

    /** Builds {@link ImageScene} values; every setter returns this builder. */
    public static final class Builder {
        private AssetInput source;
        private Double duration;
        private String script;
        private String voiceId;
        private String audioUrl;
        private String audioAssetId;
        private VoiceSettings voiceSettings;

        private Builder() {
        }

        /** Sets source: the picture. */
        public Builder source(AssetInput source) {
            this.source = source;
            return this;
        }

        /** Sets duration: seconds on screen when silent (0 < d ≤ 300); leave out when narrated. */
        public Builder duration(Double duration) {
            this.duration = duration;
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

        /** The value. */
        public ImageScene build() {
            return new ImageScene(source, duration, script, voiceId, audioUrl, audioAssetId, voiceSettings);
        }
    }
}
