package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Voice-engine tuning, which must match the voice's engine: ElevenLabs, Fish or Starfish. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "engine_type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = EngineSettings.ElevenLabs.class, name = "elevenlabs"),
        @JsonSubTypes.Type(value = EngineSettings.Fish.class, name = "fish"),
        @JsonSubTypes.Type(value = EngineSettings.Starfish.class, name = "starfish")})
public sealed interface EngineSettings permits EngineSettings.ElevenLabs, EngineSettings.Fish, EngineSettings.Starfish {

    /**
     * ElevenLabs tuning.
     *
     * @param model           {@code eleven_multilingual_v2}, {@code eleven_turbo_v2_5}, {@code eleven_flash_v2_5} or {@code eleven_v3}
     * @param stability       0..1
     * @param similarityBoost 0..1
     * @param style           0..1
     * @param useSpeakerBoost speaker boost on or off
     */
    record ElevenLabs(String model, Double stability, Double similarityBoost, Double style, Boolean useSpeakerBoost)
            implements EngineSettings {
    }

    /**
     * Fish tuning.
     *
     * @param model      {@code s1} (default) or {@code s2-pro}
     * @param stability  0..1
     * @param similarity 0..1
     */
    record Fish(String model, Double stability, Double similarity) implements EngineSettings {
    }

    /** Forces Starfish routing; no tunables. */
    record Starfish() implements EngineSettings {
    }
}
