package dev.heygenkit;

import dev.heygenkit.api.VideoStatus;

import java.time.Instant;
import java.util.Locale;

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
 * @param status      where the render stands, as last recorded
 * @param detail      failure or rejection code, or null
 * @param updated     when the last line about it was written
 */
public record JournalEntry(Instant time, String fingerprint, String key, String base, String summary, String title,
                           String videoId, Status status, String detail, Instant updated) {

    /** Where a journaled render stands; the journal file spells each in lower case ({@link #wire()}). */
    public enum Status {
        /** The create call was sent (or is about to be) and has not answered. */
        SUBMITTED,
        /** Created; not yet queued. */
        WAITING,
        /** Queued. */
        PENDING,
        /** Rendering (also any server status this version of the kit does not know). */
        PROCESSING,
        /** Done. */
        COMPLETED,
        /** The video failed. */
        FAILED,
        /** The API refused the create call; its key is never reused. */
        REJECTED,
        /** The video no longer exists (deleted). */
        GONE;

        /** The spelling in the journal file and in {@code heygen history}, e.g. {@code completed}. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The status for a journal or API spelling; unknown server statuses count as processing. */
        public static Status of(String wire) {
            String w = wire == null ? "" : wire.trim().toLowerCase(Locale.ROOT);
            return switch (w) {
                case "submitted" -> SUBMITTED;
                case "waiting" -> WAITING;
                case "pending", "queued" -> PENDING;
                case "completed" -> COMPLETED;
                case "failed", "error" -> FAILED;
                case "rejected" -> REJECTED;
                case "gone", "not_found" -> GONE;
                default -> PROCESSING;
            };
        }

        /** The status a video status from the API maps to. */
        public static Status of(VideoStatus status) {
            return of(status == null ? null : status.value());
        }

        /** Whether nothing more will happen to this render: failed, refused or gone. */
        public boolean isClosed() {
            return this == FAILED || this == REJECTED || this == GONE;
        }
    }

    /** Whether the create call never answered: re-sending with the same key is safe (the API replays). */
    public boolean isUnanswered() {
        return videoId == null && status == Status.SUBMITTED;
    }

    /** Whether the render ended without a usable video: failed, refused or gone. */
    public boolean isClosed() {
        return status.isClosed();
    }

    @Override
    public String toString() {
        return "JournalEntry[" + time + " " + (videoId == null ? "(no video id)" : videoId) + " " + status.wire()
                + (detail == null ? "" : " " + detail) + " " + (title != null ? "\"" + title + "\"" : summary) + "]";
    }
}
