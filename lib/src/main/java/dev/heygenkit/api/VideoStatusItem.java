package dev.heygenkit.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of {@code GET /v3/videos/statuses}: a video's status, or a batch item's. Unknown or foreign ids come back
 * with status {@code not_found} instead of an error.
 *
 * @param status    {@code queued}, {@code processing}, {@code completed}, {@code failed}, {@code not_found} or newer
 * @param videoId   the video, or null while a batch item has no video yet
 * @param batchId   the batch the item came from, or null for ids asked for directly
 * @param itemIndex the 0-based position in the batch, or null
 * @param error     free-form error details of a failed item, or null
 */
public record VideoStatusItem(VideoStatus status, String videoId, String batchId, Integer itemIndex, JsonNode error) {
    /** Keeps a private copy of the error object. */
    public VideoStatusItem {
        error = error == null || error.isNull() || error.isMissingNode() ? null : error.deepCopy();
    }
}
