package dev.heygenkit.api;

/**
 * An uploaded asset, as an upload returns it: pass {@code assetId} wherever an {@link AssetInput} is accepted.
 *
 * @param assetId   the id
 * @param url       where the asset can be read
 * @param mimeType  detected type
 * @param sizeBytes size
 * @param status    processing state after a direct upload (e.g. {@code processing}), null after a multipart upload
 */
public record Asset(String assetId, String url, String mimeType, Long sizeBytes, String status) {
    /** An asset without a processing state, as {@code POST /v3/assets} returns it. */
    public Asset(String assetId, String url, String mimeType, Long sizeBytes) {
        this(assetId, url, mimeType, sizeBytes, null);
    }

    /** This asset as a media input. */
    public AssetInput input() {
        return AssetInput.asset(assetId);
    }
}
