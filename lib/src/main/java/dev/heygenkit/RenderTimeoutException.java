package dev.heygenkit;

import dev.heygenkit.api.VideoStatus;

import java.time.Duration;

/**
 * Waiting ran past its deadline; the video is still rendering and was not resubmitted. Wait again with
 * {@code client.videos().get(id)} or by re-running the same spec, which resumes it from the render journal.
 */
public class RenderTimeoutException extends HeyGenException {
    private final String videoId;
    private final transient VideoStatus lastStatus;
    private final transient Duration waited;

    /** Creates the error for a video still in {@code lastStatus} after {@code waited}. */
    public RenderTimeoutException(String videoId, VideoStatus lastStatus, Duration waited) {
        super("timeout", "Video " + videoId + " is still " + lastStatus + " after waiting " + human(waited)
                        + "; it was not resubmitted.",
                "Wait longer with job.await(Duration.ofMinutes(60)), or re-run the same spec later: it resumes video "
                        + videoId + " instead of paying again.");
        this.videoId = videoId;
        this.lastStatus = lastStatus;
        this.waited = waited;
    }

    static String human(Duration d) {
        long s = d.toSeconds();
        return s >= 120 ? (s / 60) + " min" + (s % 60 == 0 ? "" : " " + (s % 60) + " s") : s + " s";
    }

    /** The id of the video that is still rendering. */
    public String videoId() {
        return videoId;
    }

    /** The last status seen, e.g. {@code processing}. */
    public VideoStatus lastStatus() {
        return lastStatus;
    }

    /** How long the wait lasted. */
    public Duration waited() {
        return waited;
    }
}
