package dev.heygenkit.api;

import java.util.Map;

/**
 * A video batch's progress as {@code GET /v3/videos/batches/{batch_id}} reports it. Iterating {@link #items()}
 * walks every item, fetching further item pages only when needed.
 *
 * @param batchId        the batch id
 * @param title          the batch title, or null
 * @param createdAt      Unix seconds
 * @param status         aggregate status: {@code processing}, {@code completed} or {@code failed}
 * @param totalItems     number of submitted items
 * @param countsByStatus item count per item status, e.g. {@code completed -> 3}
 * @param items          the items, paged lazily
 */
public record VideoBatch(String batchId, String title, Long createdAt, VideoStatus status, Integer totalItems,
                         Map<String, Integer> countsByStatus, Page<VideoBatchItem> items) {
    /** Copies the counts, empty when absent. */
    public VideoBatch {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        if (countsByStatus != null) {
            countsByStatus.forEach((k, v) -> counts.put(k, v == null ? 0 : v));
        }
        countsByStatus = java.util.Collections.unmodifiableMap(counts);
    }

    /** The number of items in a status, 0 when none. */
    public int count(String itemStatus) {
        return countsByStatus.getOrDefault(itemStatus, 0);
    }
}
