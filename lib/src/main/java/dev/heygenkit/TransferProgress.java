package dev.heygenkit;

/**
 * Receives byte counts while a file is uploaded or downloaded. Called on the HTTP client's threads, so it must be
 * quick and thread-safe; a retry starts counting again from zero.
 *
 * <pre>{@code client.assets().upload(Path.of("talk.mp4"), (done, total) -> bar.update(done, total));}</pre>
 */
@FunctionalInterface
public interface TransferProgress {
    /** Ignores every update. */
    TransferProgress NONE = (bytes, totalBytes) -> {
    };

    /**
     * Reports progress.
     *
     * @param bytes      bytes transferred so far in this attempt
     * @param totalBytes the expected total, or -1 when the size is unknown
     */
    void onProgress(long bytes, long totalBytes);
}
