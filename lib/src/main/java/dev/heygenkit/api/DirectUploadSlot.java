package dev.heygenkit.api;

import java.util.Map;

/**
 * A presigned upload slot from {@code POST /v3/assets/direct-uploads}: PUT the exact bytes to {@code uploadUrl} with
 * exactly {@code uploadHeaders} and no API key, then complete the asset. Its {@code toString()} hides the URL, whose
 * query is a credential.
 *
 * @param assetId          the asset the bytes become
 * @param uploadUrl        the presigned storage URL
 * @param uploadHeaders    headers the PUT must carry verbatim
 * @param expiresInSeconds how long the URL stays valid
 * @param maxBytes         the largest body the slot accepts
 * @param status           {@code pending_upload}
 */
public record DirectUploadSlot(String assetId, String uploadUrl, Map<String, String> uploadHeaders,
                               Long expiresInSeconds, Long maxBytes, String status) {
    /** Copies the headers, empty when absent. */
    public DirectUploadSlot {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        if (uploadHeaders != null) {
            uploadHeaders.forEach((k, v) -> {
                if (k != null && v != null) {
                    headers.put(k, v);
                }
            });
        }
        uploadHeaders = java.util.Collections.unmodifiableMap(headers);
    }

    @Override
    public String toString() {
        return "DirectUploadSlot[assetId=" + assetId + ", expiresInSeconds=" + expiresInSeconds + ", maxBytes=" + maxBytes
                + ", status=" + status + "]";
    }
}
