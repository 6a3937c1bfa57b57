package dev.heygenkit;

import java.nio.file.Path;
import java.util.Map;

/**
 * One data row of a batch after a run: its video and where it stands.
 *
 * @param row            1-based data row number (the header is not counted)
 * @param videoId        the row's video, or null when none was created
 * @param status         {@code completed}, {@code failed}, {@code rejected} (the API refused the create),
 *                       {@code invalid} (the row had errors and was left out), {@code pending} (not finished when the
 *                       run stopped) or {@code unsent}
 * @param videoUrl       the video's URL when completed (presigned; it expires)
 * @param thumbnailUrl   its thumbnail, when known
 * @param duration       seconds, when known
 * @param failureCode    why it failed, or null
 * @param failureMessage the failure in words, or null
 * @param file           the downloaded video, or null
 * @param data           the row's own values by column
 */
public record BatchRow(int row, String videoId, String status, String videoUrl, String thumbnailUrl, Double duration,
                       String failureCode, String failureMessage, Path file, Map<String, String> data) {
    /** Copies the values. */
    public BatchRow {
        data = Map.copyOf(data);
    }

    /** Whether the row's video completed. */
    public boolean isCompleted() {
        return "completed".equals(status);
    }

    /** Whether the row ended without a video: failed, refused or invalid. */
    public boolean isFailed() {
        return "failed".equals(status) || "rejected".equals(status) || "invalid".equals(status);
    }
}
