package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Objects;

/**
 * A video status as the API spells it. Open: values the kit does not know yet are kept verbatim and count as
 * still in progress, so a new server status never breaks waiting.
 *
 * @param value the wire value, e.g. {@code processing}
 */
public record VideoStatus(@JsonValue String value) {
    /** Returned by create before the job is queued. */
    public static final VideoStatus WAITING = new VideoStatus("waiting");
    /** Queued (the statuses endpoint's word for pending). */
    public static final VideoStatus QUEUED = new VideoStatus("queued");
    /** Accepted, not yet rendering. */
    public static final VideoStatus PENDING = new VideoStatus("pending");
    /** Rendering. */
    public static final VideoStatus PROCESSING = new VideoStatus("processing");
    /** Done; URLs are set. */
    public static final VideoStatus COMPLETED = new VideoStatus("completed");
    /** Failed; see the failure code and message. */
    public static final VideoStatus FAILED = new VideoStatus("failed");
    /** The statuses endpoint's answer for unknown or foreign ids. */
    public static final VideoStatus NOT_FOUND = new VideoStatus("not_found");

    /** Normalises the value to lower case. */
    public VideoStatus {
        value = Objects.requireNonNull(value, "status").trim().toLowerCase(Locale.ROOT);
    }

    /** The status for a wire value. */
    @JsonCreator
    public static VideoStatus of(String value) {
        return new VideoStatus(value);
    }

    /** Completed successfully. */
    public boolean isCompleted() {
        return equals(COMPLETED);
    }

    /** Failed ({@code error} is treated as failed too, as HeyGen's CLI does). */
    public boolean isFailed() {
        return equals(FAILED) || value.equals("error");
    }

    /** Completed or failed: nothing will change any more. */
    public boolean isTerminal() {
        return isCompleted() || isFailed();
    }

    /** Whether the kit knows this value; unknown values are treated as in progress. */
    public boolean isKnown() {
        return switch (value) {
            case "waiting", "queued", "pending", "processing", "completed", "failed", "not_found", "error" -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
