package dev.heygenkit;

import dev.heygenkit.api.AssetInput;
import dev.heygenkit.internal.render.LocalFiles;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A picture, sound or clip the DSL points at: a public URL, a local file (uploaded at submit time) or an asset id.
 *
 * @param url   public URL, or null
 * @param file  local file, or null
 * @param asset uploaded asset id, or null
 */
record Media(URI url, Path file, String asset) {
    static Media of(URI url) {
        return new Media(Objects.requireNonNull(url, "url"), null, null);
    }

    static Media of(Path file) {
        return new Media(null, Objects.requireNonNull(file, "file"), null);
    }

    static Media asset(String assetId) {
        return new Media(null, null, Objects.requireNonNull(assetId, "asset id"));
    }

    /** As an AssetInput: URL, asset id, or the local-file placeholder. */
    AssetInput input() {
        if (url != null) {
            return AssetInput.url(url.toString());
        }
        return AssetInput.asset(assetId());
    }

    /** The URL text, or null. */
    String urlText() {
        return url == null ? null : url.toString();
    }

    /** The asset id or local-file placeholder, or null for URLs. */
    String assetId() {
        if (file != null) {
            return LocalFiles.placeholder(file);
        }
        return asset;
    }

    /** The argument that recreates it: {@code URI.create("…")} or {@code Path.of("…")}; null for asset ids. */
    String arg() {
        if (url != null) {
            return "URI.create(" + Dsl.str(url.toString()) + ")";
        }
        if (file != null) {
            return "Path.of(" + Dsl.str(file.toString()) + ")";
        }
        return null;
    }

    /** {@code prefix(arg)} for URLs and files, {@code assetPrefix("id")} for assets. */
    String call(String prefix, String assetPrefix) {
        return asset != null ? assetPrefix + "(" + Dsl.str(asset) + ")" : prefix + "(" + arg() + ")";
    }
}
