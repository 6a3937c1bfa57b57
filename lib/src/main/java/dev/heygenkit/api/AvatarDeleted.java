package dev.heygenkit.api;

/**
 * The answer to deleting an avatar group or a look.
 *
 * @param id the deleted group or look
 */
public record AvatarDeleted(String id) {
}
