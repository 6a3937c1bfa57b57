package dev.heygenkit.sandbox;

import java.time.Instant;

/**
 * An uploaded file. A multipart upload is complete at once; a direct upload goes {@code pending_upload}, then
 * {@code uploaded} when its bytes are PUT, then {@code completed} when the client confirms it.
 */
final class Asset {
    private final String id;
    private final long seq;
    private final String name;
    private final Instant createdAt;
    private final long expectedSize;
    private final String declaredType;
    private final String checksum;
    private String mime;
    private byte[] bytes;
    private String status;
    private boolean deleted;

    private Asset(String id, long seq, String name, Instant createdAt, long expectedSize, String declaredType, String checksum) {
        this.id = id;
        this.seq = seq;
        this.name = name;
        this.createdAt = createdAt;
        this.expectedSize = expectedSize;
        this.declaredType = declaredType;
        this.checksum = checksum;
    }

    /** A file uploaded in one request, usable at once. */
    static Asset uploaded(String id, long seq, String name, Instant createdAt, String mime, byte[] bytes) {
        Asset a = new Asset(id, seq, name, createdAt, bytes.length, null, null);
        a.mime = mime;
        a.bytes = bytes;
        a.status = "completed";
        return a;
    }

    /** A direct upload waiting for its bytes; {@code checksum} is lower-case hex SHA-256 or null. */
    static Asset pending(String id, long seq, String name, Instant createdAt, long expectedSize, String declaredType, String checksum) {
        Asset a = new Asset(id, seq, name, createdAt, expectedSize, declaredType, checksum);
        a.status = "pending_upload";
        return a;
    }

    String id() {
        return id;
    }

    long seq() {
        return seq;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** The sniffed MIME type, or null before a direct upload completes. */
    String mime() {
        return mime;
    }

    /** The file's bytes, or null before upload and after delete. */
    byte[] bytes() {
        return bytes;
    }

    String status() {
        return status;
    }

    long expectedSize() {
        return expectedSize;
    }

    /** The content type a direct upload declared, or null. */
    String declaredType() {
        return declaredType;
    }

    /** The SHA-256 a direct upload promised (lower-case hex), or null. */
    String checksum() {
        return checksum;
    }

    boolean deleted() {
        return deleted;
    }

    /** Whether its bytes may still be PUT (pending or uploaded but not yet completed). */
    boolean awaitingBytes() {
        return "pending_upload".equals(status) || "uploaded".equals(status);
    }

    /** Stores the PUT bytes of a direct upload. */
    void receive(byte[] data) {
        bytes = data;
        status = "uploaded";
    }

    /** Marks a direct upload completed with the MIME type sniffed from its bytes. */
    void complete(String sniffedMime) {
        mime = sniffedMime;
        status = "completed";
    }

    void delete() {
        deleted = true;
        bytes = null;
    }

    boolean usable() {
        return !deleted && bytes != null && "completed".equals(status);
    }

    /** {@code image}, {@code video}, {@code audio}, {@code document}, {@code subtitle} or {@code unknown}. */
    String kind() {
        return Sniff.kind(mime);
    }
}
