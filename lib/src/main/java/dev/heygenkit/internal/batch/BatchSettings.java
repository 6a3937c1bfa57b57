package dev.heygenkit.internal.batch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a batch runs.
 *
 * @param concurrency  create calls in flight at once (1 to 8)
 * @param chunkSize    videos per batch call (1 to 100)
 * @param download     whether finished videos are downloaded into the output folder
 * @param downloads    downloads in flight at once (1 to 16)
 * @param timeout      how long to wait for every video to finish, or null for no limit
 * @param title        the batch title sent with each batch call, or null
 * @param callbackUrl  a public URL the API calls once per batch call when its items are finished, or null
 * @param events       a webhook events file (JSON lines from {@code heygen webhooks listen}) to learn results from,
 *                     with polling as the safety net, or null
 * @param skipInvalid  whether rows with errors are left out (marked {@code invalid}) instead of stopping the run
 */
public record BatchSettings(int concurrency, int chunkSize, boolean download, int downloads, Duration timeout,
                            String title, String callbackUrl, Path events, boolean skipInvalid) {
    /** The defaults: 2 calls in flight, 100 per call, no downloads (4 at once when on), no timeout. */
    public static final BatchSettings DEFAULT = new BatchSettings(2, 100, false, 4, null, null, null, null, false);

    /** Checks the ranges. */
    public BatchSettings {
        if (concurrency < 1 || concurrency > 8) {
            throw new IllegalArgumentException("concurrency " + concurrency + " is out of range; use 1 to 8");
        }
        if (chunkSize < 1 || chunkSize > 100) {
            throw new IllegalArgumentException("chunk size " + chunkSize + " is out of range; the API takes 1 to 100 "
                    + "videos per batch");
        }
        if (downloads < 1 || downloads > 16) {
            throw new IllegalArgumentException("parallel downloads " + downloads + " is out of range; use 1 to 16");
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout " + timeout + " must be positive");
        }
    }
}
