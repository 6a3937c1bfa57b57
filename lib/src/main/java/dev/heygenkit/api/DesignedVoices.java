package dev.heygenkit.api;

import java.util.List;

/**
 * The answer to a voice design: up to three voices, usable in videos at once.
 *
 * @param seed   the seed the matches belong to
 * @param voices the voices, best match first
 */
public record DesignedVoices(Integer seed, List<VoiceInfo> voices) {
    /** Copies the list, empty when absent. */
    public DesignedVoices {
        voices = voices == null ? List.of() : List.copyOf(voices);
    }
}
