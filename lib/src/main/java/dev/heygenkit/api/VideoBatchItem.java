package dev.heygenkit.api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One item of a video batch, in the order it was submitted.
 *
 * @param itemIndex 0-based position in the submitted array
 * @param status    {@code queued}, {@code processing}, {@code completed} or {@code failed}
 * @param videoId   the created video, or null while it does not exist yet
 * @param error     free-form error details of a failed item, or null
 */
public record VideoBatchItem(Integer itemIndex, VideoStatus status, String videoId, JsonNode error) {
    /** Keeps a private copy of the error object. */
    public VideoBatchItem {
        error = error == null || error.isNull() || error.isMissingNode() ? null : error.deepCopy();
    }
}
