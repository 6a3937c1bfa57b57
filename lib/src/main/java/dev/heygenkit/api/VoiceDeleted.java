package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The answer to deleting a voice.
 *
 * @param id the deleted voice (wire name {@code voice_id})
 */
public record VoiceDeleted(@JsonProperty("voice_id") String id) {
}
