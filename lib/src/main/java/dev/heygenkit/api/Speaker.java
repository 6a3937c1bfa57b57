package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Who speaks and how: the fields every presenter shares, whether a look ({@link AvatarVideoRequest},
 * {@link AvatarInput}), a photo ({@link ImageVideoRequest}, {@link ImageInput}) or a narrated still
 * ({@link ImageScene}). Sent flattened into the enclosing object; absent fields are not sent.
 *
 * <pre>{@code Speaker.builder().script("Hello").voiceId(voiceId).build()}</pre>
 *
 * @param script         text to speak; may contain {@code <break time="1.5s"/>} pauses; excludes {@code audio}
 * @param voiceId        voice for the script; without one a look uses its default voice
 * @param voiceSettings  speed, pitch, volume, locale and engine tuning of the voice
 * @param audio          recorded audio to lip-sync instead of a script, sent as {@code audio_url} or
 *                       {@code audio_asset_id}
 * @param engine         avatar engine (looks only); Avatar IV when absent
 * @param motionPrompt   how the avatar moves (photos; looks only with Avatar V)
 * @param expressiveness how expressive a photo avatar is (not with Avatar V or III)
 */
public record Speaker(String script,
        String voiceId,
        VoiceSettings voiceSettings,
        @JsonIgnore AssetInput audio,
        Engine engine,
        String motionPrompt,
        Expressiveness expressiveness) {

    /** A speaker with nothing set. */
    public static final Speaker NONE = new Speaker(null, null, null, null, null, null, null);

    /** A speaker that says {@code text} with the default voice, e.g. {@code Speaker.saying("Hello")}. */
    public static Speaker saying(String text) {
        return builder().script(text).build();
    }

    /** The audio's URL when it is a URL, as sent in {@code audio_url}. */
    @JsonProperty("audio_url")
    public String audioUrl() {
        return audio == null ? null : audio.urlValue();
    }

    /** The audio's asset id (or local-file placeholder), as sent in {@code audio_asset_id}. */
    @JsonProperty("audio_asset_id")
    public String audioAssetId() {
        return audio == null ? null : audio.assetIdValue();
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this value. */
    public Builder toBuilder() {
        return new Builder().script(script).voiceId(voiceId).voiceSettings(voiceSettings).audio(audio).engine(engine)
                .motionPrompt(motionPrompt).expressiveness(expressiveness);
    }

    /** Builds {@link Speaker} values; every setter returns this builder. */
    public static final class Builder {
        private String script;
        private String voiceId;
        private VoiceSettings voiceSettings;
        private AssetInput audio;
        private Engine engine;
        private String motionPrompt;
        private Expressiveness expressiveness;

        private Builder() {
        }

        /** Sets the text to speak. */
        public Builder script(String value) {
            this.script = value;
            return this;
        }

        /** Sets the voice. */
        public Builder voiceId(String value) {
            this.voiceId = value;
            return this;
        }

        /** Sets the voice's settings. */
        public Builder voiceSettings(VoiceSettings value) {
            this.voiceSettings = value;
            return this;
        }

        /** Sets recorded audio to lip-sync instead of a script. */
        public Builder audio(AssetInput value) {
            this.audio = value;
            return this;
        }

        /** Sets the avatar engine. */
        public Builder engine(Engine value) {
            this.engine = value;
            return this;
        }

        /** Sets how the avatar moves. */
        public Builder motionPrompt(String value) {
            this.motionPrompt = value;
            return this;
        }

        /** Sets how expressive a photo avatar is. */
        public Builder expressiveness(Expressiveness value) {
            this.expressiveness = value;
            return this;
        }

        /** The value. */
        public Speaker build() {
            return new Speaker(script, voiceId, voiceSettings, audio, engine, motionPrompt, expressiveness);
        }
    }
}
