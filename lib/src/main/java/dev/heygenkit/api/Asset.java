package dev.heygenkit.api;

/**
 * An uploaded asset, as returned by an upload: pass {@code assetId} wherever an {@link AssetInput} is accepted.
 *
 * @param assetId  the id
 * @param url      where the asset can be read
 * @param mimeType detected type
 * @param sizeBytes size
 */
public record Asset(String assetId, String url, String mimeType, Long sizeBytes) {
    /** This asset as a media input. */
    public AssetInput input() {
        return AssetInput.asset(assetId);
    }
}
