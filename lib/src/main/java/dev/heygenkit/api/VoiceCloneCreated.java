package dev.heygenkit.api;

/**
 * The answer to a voice clone: the new voice's id. Poll {@code client.voices().get(id)} until its status is
 * {@code complete}.
 *
 * @param voiceCloneId the new voice id
 */
public record VoiceCloneCreated(String voiceCloneId) {
}
