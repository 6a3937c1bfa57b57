package dev.heygenkit.cli;

import dev.heygenkit.api.AssetInput;

import java.net.URI;

/**
 * Media named on the command line: an http(s) URL, {@code asset:ID} for a file uploaded before, or a local path
 * (resolved against the working directory and uploaded at submit time).
 */
final class Inputs {
    /** The prefix that names an uploaded asset, e.g. {@code asset:3f9a}. */
    static final String ASSET = "asset:";

    private Inputs() {
    }

    /** The input a value names. */
    static AssetInput of(String value, Io io) {
        if (SceneFile.isUrl(value)) {
            return AssetInput.url(URI.create(value).toString());
        }
        if (value.startsWith(ASSET)) {
            return AssetInput.asset(value.substring(ASSET.length()));
        }
        return AssetInput.file(io.path(value));
    }
}
