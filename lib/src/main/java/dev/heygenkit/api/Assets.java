package dev.heygenkit.api;

import dev.heygenkit.HeyGenException;
import dev.heygenkit.internal.http.ApiRequest;
import dev.heygenkit.internal.http.HttpTransport;
import dev.heygenkit.internal.http.Multipart;
import dev.heygenkit.TransferProgress;
import dev.heygenkit.internal.http.Transfers;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code /v3/assets} group: upload images, video and audio to reference by asset id, list, read and delete them.
 * Files up to 32 MB go as one multipart request; larger ones through a presigned direct upload.
 *
 * <pre>{@code Asset a = client.assets().upload(Path.of("slide.png"));}</pre>
 */
public final class Assets {
    /** The largest file {@code POST /v3/assets} accepts. */
    public static final long MULTIPART_LIMIT = 32L * 1024 * 1024;

    // The JDK HTTP client sets these itself and refuses them as user headers.
    private static final Set<String> CLIENT_MANAGED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    private final HttpTransport transport;
    private final long multipartLimit;

    Assets(HttpTransport transport) {
        this(transport, MULTIPART_LIMIT);
    }

    // Tests move the switch-over point so they need not stream 32 MB.
    Assets(HttpTransport transport, long multipartLimit) {
        this.transport = transport;
        this.multipartLimit = multipartLimit;
    }

    long multipartLimit() {
        return multipartLimit;
    }

    /** Uploads a file streamed from disk: multipart up to 32 MB, the direct-upload flow above that. */
    public Asset upload(Path file) {
        return upload(file, TransferProgress.NONE);
    }

    /** Uploads a file like {@link #upload(Path)}, reporting the bytes sent to {@code progress}. */
    public Asset upload(Path file, TransferProgress progress) {
        long size = size(file);
        if (size > multipartLimit) {
            return uploadDirect(file, false, progress);
        }
        ApiRequest r = ApiRequest.upload("/v3/assets", file, "file", Multipart.contentTypeOf(file)).progress(progress);
        return Resources.data(transport, r, Asset.class);
    }

    /**
     * Uploads a file of any size through a presigned slot: requests the slot, PUTs the bytes streamed from disk with
     * exactly the slot's headers and without the API key, then completes the asset.
     *
     * @param sha256 whether to compute the file's SHA-256 (one extra read) so storage verifies the bytes
     */
    public Asset uploadDirect(Path file, boolean sha256) {
        return uploadDirect(file, sha256, TransferProgress.NONE);
    }

    /** The direct upload of {@link #uploadDirect(Path, boolean)}, reporting the bytes sent to {@code progress}. */
    public Asset uploadDirect(Path file, boolean sha256, TransferProgress progress) {
        long size = size(file);
        String checksum = sha256 ? sha256(file) : null;
        Map<String, Object> slotBody = new LinkedHashMap<>();
        slotBody.put("filename", file.getFileName().toString());
        slotBody.put("content_type", Multipart.contentTypeOf(file));
        slotBody.put("size_bytes", size);
        if (checksum != null) {
            slotBody.put("checksum_sha256", checksum);
        }
        DirectUploadSlot slot = Resources.data(transport, ApiRequest.post("/v3/assets/direct-uploads", slotBody),
                DirectUploadSlot.class);
        if (slot.assetId() == null || slot.uploadUrl() == null) {
            throw new HeyGenException("upload_failed", "The direct-upload slot for " + file.getFileName()
                    + " came back without an asset id or upload URL.", "Try again; use upload(...) for files up to 32 MB.");
        }
        if (slot.maxBytes() != null && size > slot.maxBytes()) {
            throw new HeyGenException("file_too_large", file + " is " + size + " bytes, over the slot's limit of "
                    + slot.maxBytes() + " bytes.", "Shrink or split the file.");
        }
        put(file, size, slot, progress);
        Map<String, Object> completeBody = new LinkedHashMap<>();
        if (checksum != null) {
            completeBody.put("checksum_sha256", checksum);
        }
        ApiRequest complete = ApiRequest.post("/v3/assets/" + Resources.id(slot.assetId(), "asset id") + "/complete", completeBody);
        return Resources.data(transport, complete, Asset.class);
    }

    private void put(Path file, long size, DirectUploadSlot slot, TransferProgress progress) {
        URI url;
        try {
            url = URI.create(slot.uploadUrl());
        } catch (IllegalArgumentException e) {
            throw new HeyGenException("upload_failed", "The upload URL for asset " + slot.assetId() + " is not a URL.",
                    "Try the upload again.", e);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(transport.config().transferTimeout());
        for (Map.Entry<String, String> h : slot.uploadHeaders().entrySet()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("content-length") && !h.getValue().trim().equals(String.valueOf(size))) {
                throw new HeyGenException("upload_failed", "The upload slot for asset " + slot.assetId() + " expects "
                        + h.getValue() + " bytes but " + file.getFileName() + " has " + size + ".",
                        "The file changed after the slot was requested; upload it again.");
            }
            // Storage gets the slot's headers verbatim, but never the API key, whatever the slot says.
            if (!CLIENT_MANAGED.contains(name) && !name.equals("x-api-key")) {
                b.header(h.getKey(), h.getValue());
            }
        }
        HttpRequest.BodyPublisher body;
        try {
            body = Transfers.counting(HttpRequest.BodyPublishers.ofFile(file), progress);
        } catch (java.io.FileNotFoundException e) {
            throw new HeyGenException("file_not_found", "File " + file + " does not exist.", "Check the path.", e);
        }
        HttpResponse<byte[]> response = transport.sendExternal(b.PUT(body).build(), HttpResponse.BodyHandlers.ofByteArray());
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            String text = new String(response.body(), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
            String hint = status == 403 || status == 400
                    ? "The presigned URL may have expired or the headers or checksum did not match; upload again."
                    : "Storage rejected the bytes; try the upload again.";
            throw new HeyGenException("upload_failed", transport.redactor().redact("Uploading " + file.getFileName()
                    + " to storage failed with HTTP " + status + (text.isEmpty() ? "" : ": " + cut(text)) + "."), hint);
        }
    }

    /**
     * Your assets, paging lazily. The endpoint is in beta and needs the account's username
     * ({@code client.users().me().username()}).
     *
     * @param username the account's username
     * @param limit    page size 1 to 100, or null for the server default
     */
    public Page<AssetInfo> list(String username, Integer limit) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("listing assets needs the account's username; pass client.users().me().username()");
        }
        ApiRequest r = ApiRequest.get("/v3/assets").query("username", username).query("limit", Resources.limit(limit, 100));
        return Resources.page(transport, r, AssetInfo.class);
    }

    /** An asset's metadata. */
    public AssetInfo get(String assetId) {
        return Resources.data(transport, ApiRequest.get("/v3/assets/" + Resources.id(assetId, "asset id")), AssetInfo.class);
    }

    /** Deletes an asset. */
    public AssetDeleted delete(String assetId) {
        return Resources.data(transport, ApiRequest.delete("/v3/assets/" + Resources.id(assetId, "asset id")), AssetDeleted.class);
    }

    /** The lowercase hex SHA-256 of a file, read in a stream. */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new HeyGenException("file_unreadable", "Cannot read " + file + ": " + e.getClass().getSimpleName() + ".",
                    "Check the file's permissions.", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM lacks SHA-256", e);
        }
    }

    private static String cut(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
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
