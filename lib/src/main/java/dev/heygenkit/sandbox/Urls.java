package dev.heygenkit.sandbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Absolute URLs of this sandbox: public ones under {@link #base()} and presigned media URLs (HMAC of path and expiry,
 * valid for the configured TTL on the sandbox clock).
 */
final class Urls {
    private final byte[] key;
    private final Duration ttl;
    private final SandboxClock clock;
    private volatile String base = "http://127.0.0.1";

    Urls(byte[] key, Duration ttl, SandboxClock clock) {
        this.key = key.clone();
        this.ttl = ttl;
        this.clock = clock;
    }

    /** {@code http://127.0.0.1:<port>}, known once the server listens. */
    String base() {
        return base;
    }

    void base(String listening) {
        this.base = listening;
    }

    /** How long presigned URLs live. */
    Duration ttl() {
        return ttl;
    }

    /** A presigned URL for {@code path}, valid for the TTL from now. */
    String signed(String path) {
        return signed(path, clock.now());
    }

    /** A presigned URL for {@code path}, valid for the TTL from {@code from}. */
    String signed(String path, Instant from) {
        return signedUntil(path, from.plus(ttl));
    }

    /** A presigned URL for {@code path} that expires at {@code until}. */
    String signedUntil(String path, Instant until) {
        long expires = until.getEpochSecond();
        return base + path + "?expires=" + expires + "&signature=" + Hmac.hex(key, path + "\n" + expires);
    }

    /** Whether {@code signature} is this sandbox's signature of {@code path} and {@code expires} (expiry not checked). */
    boolean validSignature(String path, String expires, String signature) {
        return expires != null && signature != null && Hmac.same(Hmac.hex(key, path + "\n" + expires), signature);
    }

    /** The media path of one file of a video, e.g. {@code /_media/videos/<id>/video.mp4}. */
    static String videoFile(String videoId, String file) {
        return "/_media/videos/" + videoId + "/" + file;
    }
}
