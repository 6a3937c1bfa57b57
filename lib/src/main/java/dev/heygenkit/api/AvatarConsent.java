package dev.heygenkit.api;

/**
 * The answer to a consent request: the group as it stands now, and the consent page the person opens to agree (null
 * when the consent is already recorded, e.g. from a video).
 *
 * @param avatarGroup the group, whose {@code consentStatus} tells where consent stands
 * @param url         the consent page, or null
 */
public record AvatarConsent(AvatarGroup avatarGroup, String url) {
}
