package dev.heygenkit.api;

/**
 * The answer to {@code POST /v3/avatars}: the group the new look belongs to and the look itself, both usually still
 * {@code processing} (a digital twin {@code pending_consent}); poll {@code client.looks().get(id)} until completed.
 *
 * @param avatarGroup the group
 * @param avatarItem  the new look
 */
public record AvatarCreated(AvatarGroup avatarGroup, Look avatarItem) {
}
