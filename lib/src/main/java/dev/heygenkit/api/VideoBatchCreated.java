package dev.heygenkit.api;

/**
 * The answer to {@code POST /v3/videos/batches} (HTTP 202): the batch id to follow with
 * {@link Videos#getBatch(String)}. The videos are created asynchronously.
 *
 * @param batchId the batch id, or null when the server answered 202 without a body
 */
public record VideoBatchCreated(String batchId) {
}
