package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A media input: a public URL, an uploaded asset id, inline base64 data, or a local file the kit uploads for you at
 * submit time.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = AssetInput.Url.class, name = "url"),
        @JsonSubTypes.Type(value = AssetInput.AssetId.class, name = "asset_id"),
        @JsonSubTypes.Type(value = AssetInput.Base64.class, name = "base64")})
public sealed interface AssetInput permits AssetInput.Url, AssetInput.AssetId, AssetInput.Base64, AssetInput.LocalFile {

    /** What {@link #assetIdValue()} shows for a local file until it is uploaded: {@code local-file:<absolute path>}. */
    String LOCAL_FILE_PREFIX = "local-file:";

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
     * Inline media (small files only).
     *
     * @param mediaType MIME type, e.g. {@code image/png}
     * @param data      base64 text
     */
    record Base64(String mediaType, String data) implements AssetInput {
        @Override
        public String toString() {
            return "Base64[mediaType=" + mediaType + ", data=" + (data == null ? 0 : data.length()) + " chars]";
        }
    }

    /**
     * A file on this machine. It is never sent as is: submitting uploads it and sends the new asset id; until then
     * {@code toJson()} shows it as the asset id {@code local-file:<absolute path>}.
     *
     * @param path the file as given (relative paths resolve against the working directory)
     */
    @JsonTypeName("asset_id")
    record LocalFile(@JsonIgnore Path path) implements AssetInput {
        /** Rejects null. */
        public LocalFile {
            Objects.requireNonNull(path, "file");
        }

        /** The file as an absolute, normalised path: the same file wherever the JVM was started. */
        public Path absolute() {
            return path.toAbsolutePath().normalize();
        }

        /** The placeholder standing where the uploaded asset id will go. */
        @JsonProperty("asset_id")
        public String placeholder() {
            return LOCAL_FILE_PREFIX + absolute();
        }
    }

    /** A URL input. */
    static AssetInput url(String url) {
        return new Url(url);
    }

    /** An uploaded asset. */
    static AssetInput asset(String assetId) {
        return new AssetId(assetId);
    }

    /** A local file, uploaded at submit time. */
    static AssetInput file(Path file) {
        return new LocalFile(file);
    }

    /** Inline bytes. */
    static AssetInput base64(String mediaType, byte[] bytes) {
        return new Base64(mediaType, java.util.Base64.getEncoder().encodeToString(bytes));
    }

    /** The URL for fields sent as a bare {@code …_url} string, or null when this is not a URL. */
    @JsonIgnore
    default String urlValue() {
        return this instanceof Url u ? u.url() : null;
    }

    /**
     * The asset id for fields sent as a bare {@code …_asset_id} string (a local file's placeholder until it is
     * uploaded), or null for URLs and inline data.
     */
    @JsonIgnore
    default String assetIdValue() {
        if (this instanceof AssetId a) {
            return a.assetId();
        }
        return this instanceof LocalFile f ? f.placeholder() : null;
    }
}
