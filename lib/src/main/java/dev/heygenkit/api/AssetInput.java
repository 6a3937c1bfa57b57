package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A media input: a public URL, an uploaded asset id, or inline base64 data. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AssetInput.Url.class, name = "url"),
        @JsonSubTypes.Type(value = AssetInput.AssetId.class, name = "asset_id"),
        @JsonSubTypes.Type(value = AssetInput.Base64.class, name = "base64")})
public sealed interface AssetInput permits AssetInput.Url, AssetInput.AssetId, AssetInput.Base64 {

    /**
     * A public HTTPS URL.
     *
     * @param url the address
     */
    record Url(String url) implements AssetInput {
    }

    /**
     * An asset uploaded with {@code client.assets()}.
     *
     * @param assetId the id
     */
    record AssetId(String assetId) implements AssetInput {
    }

    /**
     * Inline content.
     *
     * @param mediaType MIME type such as {@code image/png}
     * @param data      base64 of the bytes
     */
    record Base64(String mediaType, String data) implements AssetInput {
        @Override
        public String toString() {
            return "Base64[mediaType=" + mediaType + ", data=" + (data == null ? 0 : data.length()) + " chars]";
        }
    }

    /** A URL input. */
    static AssetInput url(String url) {
        return new Url(url);
    }

    /** An uploaded asset input. */
    static AssetInput asset(String assetId) {
        return new AssetId(assetId);
    }

    /** Inline bytes, base64-encoded for you. */
    static AssetInput base64(String mediaType, byte[] bytes) {
        return new Base64(mediaType, java.util.Base64.getEncoder().encodeToString(bytes));
    }
}
