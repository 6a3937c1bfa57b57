package dev.heygenkit.internal.batch;

import dev.heygenkit.HeyGenException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a run ended with.
 *
 * @param rows        every row of the data, in order
 * @param timedOut    whether the timeout passed before every row finished
 * @param stopped     what stopped sending (out of credit, bad key), or null
 * @param statusCalls bulk status calls made
 * @param dir         the output folder
 */
public record BatchOutcome(List<BatchOutcome.Row> rows, boolean timedOut, HeyGenException stopped, long statusCalls,
                           Path dir) {
    /**
     * One row's result.
     *
     * @param row            1-based data row
     * @param videoId        its video, or null
     * @param status         completed, failed, rejected, invalid, pending (not finished) or unsent
     * @param videoUrl       the video URL when completed
     * @param thumbnailUrl   the thumbnail URL when known
     * @param duration       seconds, when known
     * @param failureCode    why it failed, or null
     * @param failureMessage the failure in words, or null
     * @param file           the downloaded file name inside the output folder, or null
     * @param data           the row's own values
     */
    public record Row(int row, String videoId, String status, String videoUrl, String thumbnailUrl, Double duration,
                      String failureCode, String failureMessage, String file, Map<String, String> data) {
    }
}
