package dev.heygenkit;

import java.time.Instant;

/**
 * One submitted render as the journal remembers it: every line written for one idempotency key, folded together.
 *
 * @param time        when the submit was recorded (before the create call)
 * @param fingerprint SHA-256 of the canonical request JSON and the API base URL
 * @param key         the {@code Idempotency-Key} the create call used
 * @param base        the API base URL
 * @param summary     the spec as DSL text, shortened
 * @param title       the video title, or null
 * @param videoId     the video id, or null when the create call never answered
 * @param status      {@code submitted} (no answer yet), a video status such as {@code processing} or
 *                    {@code completed}, {@code rejected} (the API refused the create) or {@code gone} (deleted)
 * @param detail      failure or rejection code, or null
 * @param updated     when the last line about it was written
 */
public record JournalEntry(Instant time, String fingerprint, String key, String base, String summary, String title,
                           String videoId, String status, String detail, Instant updated) {
    /** Status of an entry whose create call has not answered (yet). */
    public static final String SUBMITTED = "submitted";
    /** Status of an entry whose create call the API refused. */
    public static final String REJECTED = "rejected";
    /** Status of an entry whose video no longer exists. */
    public static final String GONE = "gone";

    /** Whether the create call never answered: re-sending with the same key is safe (the API replays). */
    public boolean isUnanswered() {
        return videoId == null && SUBMITTED.equals(status);
    }

    /** Whether the entry can never be reused: the create was refused, the video failed or is gone. */
    public boolean isClosed() {
        return REJECTED.equals(status) || GONE.equals(status) || "failed".equals(status) || "error".equals(status);
    }

    @Override
    public String toString() {
        return "JournalEntry[" + time + " " + (videoId == null ? "(no video id)" : videoId) + " " + status
                + (detail == null ? "" : " " + detail) + " " + (title != null ? "\"" + title + "\"" : summary) + "]";
    }
}
