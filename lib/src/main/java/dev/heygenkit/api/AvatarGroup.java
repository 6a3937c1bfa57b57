package dev.heygenkit.api;

/**
 * An avatar group: one character, with one or more looks. Group ids only browse; videos take a look id.
 *
 * @param id              the group id
 * @param name            display name
 * @param createdAt       Unix seconds
 * @param looksCount      number of looks
 * @param gender          e.g. {@code male} or {@code female}, or null
 * @param defaultVoiceId  the group's default voice, or null
 * @param previewImageUrl picture
 * @param previewVideoUrl clip
 * @param status          readiness of private groups, null for public ones
 * @param consentStatus   consent state, null when not required
 * @param error           why a private group failed, or null
 */
public record AvatarGroup(String id, String name, Long createdAt, Integer looksCount, String gender, String defaultVoiceId,
                          String previewImageUrl, String previewVideoUrl, String status, String consentStatus,
                          ApiError error) {
}
