package dev.heygenkit.api;

import java.util.List;

/**
 * An avatar look: one outfit or pose of an avatar group. Its {@code id} is what a video's {@code avatar_id} takes.
 *
 * @param id                  the look id
 * @param name                display name
 * @param avatarType          studio avatar, digital twin or photo avatar
 * @param groupId             the group (character) it belongs to
 * @param gender              e.g. {@code male} or {@code female}, or null
 * @param defaultVoiceId      the voice used when a video names none, or null
 * @param previewImageUrl     picture of the look
 * @param previewVideoUrl     short clip of the look
 * @param supportedApiEngines engines it renders with: {@code avatar_v}, {@code avatar_iv}, {@code avatar_iii}
 * @param tags                free-form tags
 * @param preferredOrientation {@code portrait}, {@code landscape} or {@code square}
 * @param imageWidth          native width in pixels
 * @param imageHeight         native height in pixels
 * @param status              readiness of private looks ({@code completed} when usable), null for public ones
 * @param error               why a private look failed, or null
 */
public record Look(String id, String name, AvatarType avatarType, String groupId, String gender, String defaultVoiceId,
                   String previewImageUrl, String previewVideoUrl, List<String> supportedApiEngines, List<String> tags,
                   String preferredOrientation, Integer imageWidth, Integer imageHeight, String status, ApiError error) {
    /** Copies lists, empty when absent. */
    public Look {
        supportedApiEngines = supportedApiEngines == null ? List.of() : List.copyOf(supportedApiEngines);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Whether the look can be rendered now (public looks, or private ones whose status is completed). */
    public boolean isReady() {
        return status == null || status.equals("completed");
    }

    /** Whether the look renders with the engine of that wire name. */
    public boolean supports(String engine) {
        return supportedApiEngines.contains(engine);
    }
}
