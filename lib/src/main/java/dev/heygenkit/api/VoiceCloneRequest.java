package dev.heygenkit.api;

import java.util.Objects;

/**
 * A {@code POST /v3/voices/clone} body: a new voice cloned from a recording of it. Each method returns a copy.
 *
 * <pre>{@code client.voices().clone(VoiceCloneRequest.of(AssetInput.asset(sampleId), "Brand"))}</pre>
 *
 * @param audio                 the recording (MP3 or WAV)
 * @param voiceName             display name
 * @param language              the language spoken, or null
 * @param removeBackgroundNoise clean the recording first (the server default is true)
 */
public record VoiceCloneRequest(AssetInput audio, String voiceName, String language, Boolean removeBackgroundNoise) {
    /** A clone of the voice in {@code audio}, named {@code name}. */
    public static VoiceCloneRequest of(AssetInput audio, String name) {
        return new VoiceCloneRequest(Objects.requireNonNull(audio, "audio"), name, null, null);
    }

    /** A copy for recordings in this language. */
    public VoiceCloneRequest language(String value) {
        return new VoiceCloneRequest(audio, voiceName, value, removeBackgroundNoise);
    }

    /** A copy that keeps (false) or removes (true) background noise. */
    public VoiceCloneRequest removeBackgroundNoise(boolean value) {
        return new VoiceCloneRequest(audio, voiceName, language, value);
    }
}
