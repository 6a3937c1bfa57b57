package dev.heygenkit.api;

import dev.heygenkit.HeyGenException;
import dev.heygenkit.http.ApiRequest;
import dev.heygenkit.http.HttpTransport;
import dev.heygenkit.http.Multipart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code /v3/assets} group: upload images, video and audio to reference by asset id.
 *
 * <pre>{@code Asset a = client.assets().upload(Path.of("slide.png"));}</pre>
 */
public final class Assets {
    /** The largest file {@code POST /v3/assets} accepts. */
    public static final long MULTIPART_LIMIT = 32L * 1024 * 1024;

    private final HttpTransport transport;

    /** Binds the group to a transport. */
    public Assets(HttpTransport transport) {
        this.transport = transport;
    }

    /** Uploads a file of at most 32 MB as multipart, streamed from disk. */
    public Asset upload(Path file) {
        long size = size(file);
        if (size > MULTIPART_LIMIT) {
            throw new HeyGenException("file_too_large", file + " is " + size + " bytes, over the 32 MB limit of POST /v3/assets.",
                    "Use the direct-upload flow for large files.");
        }
        return Resources.data(transport, ApiRequest.upload("/v3/assets", file, "file", Multipart.contentTypeOf(file)), Asset.class);
    }

    static long size(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new HeyGenException("file_not_found", "File " + file + " does not exist or is not a regular file.", "Check the path.");
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new HeyGenException("file_unreadable", "Cannot read " + file + ": " + e.getClass().getSimpleName() + ".",
                    "Check the file's permissions.", e);
        }
    }
}
