package dev.heygenkit.sandbox;

import dev.heygenkit.internal.media.Cue;

import java.util.List;

/** A text-to-speech result whose WAV is drawn on first download. */
record SpeechClip(String id, String voiceId, String gender, double duration, List<Cue> words) {
    SpeechClip {
        words = List.copyOf(words);
    }
}
