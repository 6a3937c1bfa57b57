package dev.heygenkit.api;

/**
 * A {@code POST /v3/voices/speech} body: text to speak with a Starfish-capable voice; each method returns a copy.
 *
 * <pre>{@code client.voices().speech(SpeechRequest.of("<voice_id>", "Hello there").speed(1.2))}</pre>
 *
 * @param text      1 to 5000 characters of text, or SSML when {@code inputType} is {@code ssml}
 * @param voiceId   a voice that supports the {@code starfish} engine
 * @param inputType {@code text} (the server default) or {@code ssml}
 * @param speed     0.5 to 2.0, default 1
 * @param language  base language code such as {@code en}; detected when absent
 * @param locale    BCP-47 locale such as {@code en-US}; implies the language
 */
public record SpeechRequest(String text, String voiceId, String inputType, Double speed, String language, String locale) {
    /** The longest text the endpoint accepts, in characters. */
    public static final int MAX_TEXT = 5000;

    /** Plain text spoken by a voice. */
    public static SpeechRequest of(String voiceId, String text) {
        return new SpeechRequest(text, voiceId, null, null, null, null);
    }

    /** A copy whose text is SSML. */
    public SpeechRequest ssml() {
        return new SpeechRequest(text, voiceId, "ssml", speed, language, locale);
    }

    /** A copy with this input type, {@code text} or {@code ssml}. */
    public SpeechRequest inputType(String value) {
        return new SpeechRequest(text, voiceId, value, speed, language, locale);
    }

    /** A copy with this speed (0.5 to 2.0). */
    public SpeechRequest speed(double value) {
        return new SpeechRequest(text, voiceId, inputType, value, language, locale);
    }

    /** A copy with this base language code, e.g. {@code en}. */
    public SpeechRequest language(String value) {
        return new SpeechRequest(text, voiceId, inputType, speed, value, locale);
    }

    /** A copy with this locale, e.g. {@code en-US}. */
    public SpeechRequest locale(String value) {
        return new SpeechRequest(text, voiceId, inputType, speed, language, value);
    }

    /** Checks the documented limits, failing with one line naming the value and the allowed range. */
    public SpeechRequest validate() {
        if (voiceId == null || voiceId.isBlank()) {
            throw new IllegalArgumentException("speech needs a voice id; find one with client.voices().list(VoiceQuery.of().engine(\"starfish\"))");
        }
        int length = text == null ? 0 : text.codePointCount(0, text.length());
        if (length < 1 || length > MAX_TEXT) {
            throw new IllegalArgumentException("speech text is " + length + " characters; send 1 to " + MAX_TEXT);
        }
        if (inputType != null && !inputType.equals("text") && !inputType.equals("ssml")) {
            throw new IllegalArgumentException("speech input type \"" + inputType + "\" is not text or ssml");
        }
        if (speed != null && (speed.isNaN() || speed < 0.5 || speed > 2.0)) {
            throw new IllegalArgumentException("speech speed " + speed + " is out of range; use 0.5 to 2.0");
        }
        return this;
    }
}
