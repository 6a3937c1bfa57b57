package dev.heygenkit.api;

/**
 * The answer to a video delete.
 *
 * @param id      the deleted video
 * @param deleted always true
 */
public record VideoDeleted(String id, Boolean deleted) {
}
