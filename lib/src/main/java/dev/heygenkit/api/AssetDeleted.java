package dev.heygenkit.api;

/**
 * The answer to an asset delete.
 *
 * @param id the deleted asset
 */
public record AssetDeleted(String id) {
}
