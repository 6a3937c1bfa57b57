package dev.heygenkit.api;

import java.util.List;

/**
 * Spoken audio from {@code POST /v3/voices/speech}.
 *
 * @param audioUrl       where the audio can be downloaded
 * @param duration       length in seconds
 * @param requestId      the TTS request id, or null
 * @param wordTimestamps when each word is spoken, empty when not reported
 */
public record SpeechAudio(String audioUrl, Double duration, String requestId, List<WordTimestamp> wordTimestamps) {
    /** Copies the timestamps, empty when absent. */
    public SpeechAudio {
        wordTimestamps = wordTimestamps == null ? List.of() : List.copyOf(wordTimestamps);
    }

    /**
     * One spoken word.
     *
     * @param word  the word
     * @param start seconds from the start of the audio
     * @param end   seconds from the start of the audio
     */
    public record WordTimestamp(String word, Double start, Double end) {
    }
}
