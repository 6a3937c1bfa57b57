package dev.heygenkit.api;

/**
 * An asset's metadata from {@code GET /v3/assets/{asset_id}}.
 *
 * @param id         the asset id
 * @param name       file name
 * @param owner      the owner's username
 * @param spaceId    the workspace
 * @param type       kind such as {@code image}, {@code video}, {@code audio} or {@code font}
 * @param uploadedAt Unix seconds
 * @param folderId   folder, or null
 * @param url        where it can be read, or null
 */
public record AssetInfo(String id, String name, String owner, String spaceId, String type, Long uploadedAt,
                        String folderId, String url) {
    /** This asset as a media input. */
    public AssetInput input() {
        return AssetInput.asset(id);
    }
}
