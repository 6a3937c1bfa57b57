package dev.heygenkit.api;

/**
 * How the voice speaks; every field is optional.
 *
 * @param speed          0.5 to 1.5, default 1
 * @param pitch          -50 to +50 semitones, default 0
 * @param volume         0.0 to 1.0, default 1
 * @param locale         accent hint for multilingual voices, e.g. {@code en-US}
 * @param engineSettings tuning that must match the voice's engine
 */
public record VoiceSettings(Double speed, Double pitch, Double volume, String locale, EngineSettings engineSettings) {
    /** No settings: the voice's defaults. */
    public static final VoiceSettings DEFAULT = new VoiceSettings(null, null, null, null, null);

    /** Whether nothing is set. */
    public boolean isEmpty() {
        return speed == null && pitch == null && volume == null && locale == null && engineSettings == null;
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this value. */
    public Builder toBuilder() {
        return new Builder().speed(speed).pitch(pitch).volume(volume).locale(locale).engineSettings(engineSettings);
    }

    /** Builds {@link VoiceSettings} values; every setter returns this builder. */
    public static final class Builder {
        private Double speed;
        private Double pitch;
        private Double volume;
        private String locale;
        private EngineSettings engineSettings;

        private Builder() {
        }

        /** Sets the speaking rate. */
        public Builder speed(Double value) {
            this.speed = value;
            return this;
        }

        /** Sets the pitch shift in semitones. */
        public Builder pitch(Double value) {
            this.pitch = value;
            return this;
        }

        /** Sets the loudness. */
        public Builder volume(Double value) {
            this.volume = value;
            return this;
        }

        /** Sets the accent as a BCP-47 tag. */
        public Builder locale(String value) {
            this.locale = value;
            return this;
        }

        /** Sets the voice-engine tuning. */
        public Builder engineSettings(EngineSettings value) {
            this.engineSettings = value;
            return this;
        }

        /** The value. */
        public VoiceSettings build() {
            return new VoiceSettings(speed, pitch, volume, locale, engineSettings);
        }
    }
}
