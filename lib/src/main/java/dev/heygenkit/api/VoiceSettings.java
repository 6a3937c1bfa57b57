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
}
