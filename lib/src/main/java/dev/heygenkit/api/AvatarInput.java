package dev.heygenkit.api;

/**
 * A studio scene input where a look speaks.
 *
 * @param avatarId the look id
 * @param script text to speak; may contain {@code <break time="1.5s"/>} pauses; excludes the audio fields
 * @param voiceId voice for the script
 * @param audioUrl public audio to lip-sync instead of a script
 * @param audioAssetId uploaded audio to lip-sync instead of a script
 * @param voiceSettings speed, pitch, volume, locale and engine settings of the voice
 * @param engine avatar engine
 * @param motionPrompt how the avatar moves
 * @param expressiveness {@code high}, {@code medium} or {@code low}
 * @param background scene background (colour only)
 */
public record AvatarInput(String avatarId,
        String script,
        String voiceId,
        String audioUrl,
        String audioAssetId,
        VoiceSettings voiceSettings,
        Engine engine,
        String motionPrompt,
        String expressiveness,
        SceneBackground background) implements StudioInput {
    /** A builder with every field unset (absent fields are not sent). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this value. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.avatarId = avatarId;
        b.script = script;
        b.voiceId = voiceId;
        b.audioUrl = audioUrl;
        b.audioAssetId = audioAssetId;
        b.voiceSettings = voiceSettings;
        b.engine = engine;
        b.motionPrompt = motionPrompt;
        b.expressiveness = expressiveness;
        b.background = background;
        return b;
    }

    /** Builds {@link AvatarInput} values; every setter returns this builder. */
    public static final class Builder {
        private String avatarId;
        private String script;
        private String voiceId;
        private String audioUrl;
        private String audioAssetId;
        private VoiceSettings voiceSettings;
        private Engine engine;
        private String motionPrompt;
        private String expressiveness;
        private SceneBackground background;

        private Builder() {
        }

        /** Sets avatarId: the look id. */
        public Builder avatarId(String avatarId) {
            this.avatarId = avatarId;
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

        /** Sets engine: avatar engine. */
        public Builder engine(Engine engine) {
            this.engine = engine;
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

        /** Sets background: scene background (colour only). */
        public Builder background(SceneBackground background) {
            this.background = background;
            return this;
        }

        /** The value. */
        public AvatarInput build() {
            return new AvatarInput(avatarId, script, voiceId, audioUrl, audioAssetId, voiceSettings, engine, motionPrompt, expressiveness, background);
        }
    }
}
