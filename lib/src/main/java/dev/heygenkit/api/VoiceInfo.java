package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A voice, as listed by {@code GET /v3/voices} or read by {@code GET /v3/voices/{voice_id}}; fields only one of the
 * two returns are null in the other.
 *
 * @param id                       the voice id (wire name {@code voice_id})
 * @param name                     display name
 * @param language                 full language name, e.g. {@code English}
 * @param gender                   e.g. {@code male} or {@code female}
 * @param previewAudioUrl          a sample, or null
 * @param supportPause             honours {@code <break time="…"/>}
 * @param supportLocale            accepts a locale (accent) hint
 * @param type                     {@code public} or {@code private}
 * @param createdAt                Unix seconds (detail only)
 * @param status                   clone status {@code processing}, {@code complete} or {@code failed} (detail only)
 * @param failureMessage           why a clone failed (detail only)
 * @param supportInteractiveAvatar usable by interactive avatars (detail only)
 */
public record VoiceInfo(@JsonProperty("voice_id") String id, String name, String language, String gender,
                        String previewAudioUrl, Boolean supportPause, Boolean supportLocale, String type, Long createdAt,
                        String status, String failureMessage, Boolean supportInteractiveAvatar) {
    /** Whether pauses written as {@code <break time="1s"/>} are honoured. */
    public boolean pauses() {
        return Boolean.TRUE.equals(supportPause);
    }
}
