package dev.heygenkit;

import dev.heygenkit.internal.http.Bytes;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.VideoStatus;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Something a render or download reports while it runs. Every event has a one-line {@link #message()} suitable for
 * a status line; listeners that want more switch on the record type.
 */
public sealed interface ProgressEvent {
    /** One line describing the event, e.g. {@code video abc: processing after 1 min 12 s (about 3 min left)}. */
    String message();

    /** Information worth showing once: which voice speaks, that a journaled video is resumed, and similar. */
    record Note(String message) implements ProgressEvent {
    }

    /**
     * A preflight warning: the render goes ahead.
     *
     * @param problem the warning
     */
    record Warning(Problem problem) implements ProgressEvent {
        @Override
        public String message() {
            return "warning: " + problem.message();
        }
    }

    /**
     * A local file is being uploaded as an asset before the create call.
     *
     * @param file  the file
     * @param bytes its size
     */
    record Uploading(Path file, long bytes) implements ProgressEvent {
        @Override
        public String message() {
            return "uploading " + file.getFileName() + " (" + Bytes.human(bytes) + ")";
        }
    }

    /**
     * The create call returned, or a journaled video was picked up again instead of paying for a new one.
     *
     * @param videoId the video id
     * @param status  its status
     * @param resumed true when no new video was created
     */
    record Submitted(String videoId, VideoStatus status, boolean resumed) implements ProgressEvent {
        @Override
        public String message() {
            return (resumed ? "resumed video " : "submitted video ") + videoId + " (" + status + ")";
        }
    }

    /**
     * A status poll answered; sent after every poll, before waiting for the next.
     *
     * @param videoId  the video
     * @param status   its status
     * @param elapsed  time since waiting began
     * @param estimate the wait expected in all, when the kit has grounds for one (the sandbox's word, or this
     *                 account's recent renders of the same kind); null otherwise, never a mere rule of thumb
     * @param nextPoll the wait before the next poll
     */
    record Polled(String videoId, VideoStatus status, Duration elapsed, Duration estimate, Duration nextPoll)
            implements ProgressEvent {
        /** The estimated time left, zero when past the estimate, or null when unknown. */
        public Duration remaining() {
            if (estimate == null) {
                return null;
            }
            Duration left = estimate.minus(elapsed);
            return left.isNegative() ? Duration.ZERO : left;
        }

        @Override
        public String message() {
            Duration left = remaining();
            return "video " + videoId + ": " + status + " after " + Bytes.clock(elapsed)
                    + (left == null ? "" : left.isZero() ? " (taking longer than estimated)" : " (about " + Bytes.clock(left) + " left)");
        }
    }

    /**
     * The status changed since the previous poll.
     *
     * @param videoId the video
     * @param from    previous status
     * @param to      new status
     * @param elapsed time since waiting began
     */
    record StatusChanged(String videoId, VideoStatus from, VideoStatus to, Duration elapsed) implements ProgressEvent {
        @Override
        public String message() {
            return "video " + videoId + ": " + from + " -> " + to + " after " + Bytes.clock(elapsed);
        }
    }

    /**
     * The video reached a final status.
     *
     * @param videoId the video
     * @param status  {@code completed} or {@code failed}
     * @param elapsed time since waiting began
     */
    record Finished(String videoId, VideoStatus status, Duration elapsed) implements ProgressEvent {
        @Override
        public String message() {
            return "video " + videoId + " " + status + " after " + Bytes.clock(elapsed);
        }
    }

    /**
     * Something that trains before it can be used (a new look, a voice clone) was polled: sent after every poll while
     * waiting, and once more, {@code finished}, when waiting ends.
     *
     * @param what     {@code look} or {@code voice}
     * @param id       its id
     * @param status   its status, e.g. {@code processing}, {@code completed} or {@code pending_consent}
     * @param finished true on the last event of the wait
     * @param elapsed  time since waiting began
     * @param estimate rough total training time expected, or null when unknown
     * @param nextPoll the wait before the next poll, or null when finished
     */
    record Training(String what, String id, String status, boolean finished, Duration elapsed, Duration estimate,
                    Duration nextPoll) implements ProgressEvent {
        /** The estimated time left, zero when past the estimate, or null when unknown or finished. */
        public Duration remaining() {
            if (estimate == null || finished) {
                return null;
            }
            Duration left = estimate.minus(elapsed);
            return left.isNegative() ? Duration.ZERO : left;
        }

        @Override
        public String message() {
            if (finished) {
                return what + " " + id + " " + status + " after " + Bytes.clock(elapsed);
            }
            Duration left = remaining();
            return what + " " + id + ": " + status + " after " + Bytes.clock(elapsed)
                    + (left == null ? "" : left.isZero() ? " (taking longer than estimated)" : " (about " + Bytes.clock(left) + " left)");
        }
    }

    /**
     * Bytes of a download arrived.
     *
     * @param what   what is downloaded, e.g. {@code video} or {@code subtitles}
     * @param target the file being written
     * @param bytes  bytes so far
     * @param total  expected total, or -1 when the server did not say
     */
    record Downloading(String what, Path target, long bytes, long total) implements ProgressEvent {
        /** The fraction done in [0, 1], or -1 when the total is unknown. */
        public double fraction() {
            return total <= 0 ? -1 : Math.min(1.0, (double) bytes / total);
        }

        @Override
        public String message() {
            return "downloading " + what + " to " + target.getFileName() + ": " + Bytes.human(bytes)
                    + (total > 0 ? " of " + Bytes.human(total) + " (" + Math.round(fraction() * 100) + " %)" : "");
        }
    }

    /**
     * A download finished and the file is in place.
     *
     * @param what   what was downloaded
     * @param target the file written
     * @param bytes  its size
     */
    record Downloaded(String what, Path target, long bytes) implements ProgressEvent {
        @Override
        public String message() {
            return "saved " + what + " to " + target + " (" + Bytes.human(bytes) + ")";
        }
    }

    /**
     * Where a batch stands: rows submitted, done and failed out of the total, with the rate and the time left when they
     * can be told.
     *
     * @param total     rows that will be submitted in this run (valid rows)
     * @param submitted rows whose create call was accepted
     * @param completed rows whose video completed
     * @param failed    rows whose video failed or whose create call was refused
     * @param perMinute videos finished per minute so far, or 0 before the first
     * @param left      estimated time until every row is finished, or null when unknown
     */
    record BatchProgress(int total, int submitted, int completed, int failed, double perMinute, Duration left)
            implements ProgressEvent {
        /** Rows finished either way. */
        public int done() {
            return completed + failed;
        }

        @Override
        public String message() {
            return "batch: " + completed + " completed, " + failed + " failed, " + (total - done()) + " to go of "
                    + total + " (" + submitted + " submitted)"
                    + (perMinute > 0 ? ", " + Math.round(perMinute) + "/min" : "")
                    + (left == null ? "" : ", about " + Bytes.clock(left) + " left");
        }
    }
}
