package dev.heygenkit;

import dev.heygenkit.api.VideoStatus;

/**
 * The waiting thread was interrupted (the thread's interrupt flag stays set). The video keeps rendering; re-running
 * the same spec resumes it from the render journal.
 */
public class RenderInterruptedException extends HeyGenException {
    private final String videoId;
    private final transient VideoStatus lastStatus;

    /** Creates the error for a wait on {@code videoId} that was interrupted. */
    public RenderInterruptedException(String videoId, VideoStatus lastStatus, Throwable cause) {
        super("interrupted", "Waiting for video " + videoId + " (last " + lastStatus + ") was interrupted.",
                "The video keeps rendering; re-run the same spec to resume waiting on " + videoId + ".", cause);
        this.videoId = videoId;
        this.lastStatus = lastStatus;
    }

    /** The id of the video being waited on. */
    public String videoId() {
        return videoId;
    }

    /** The last status seen. */
    public VideoStatus lastStatus() {
        return lastStatus;
    }
}
