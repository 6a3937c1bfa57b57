package dev.heygenkit;

import dev.heygenkit.api.VideoStatus;

/**
 * The video reached status {@code failed}; {@link #video()} carries it with the API's failure code and message.
 * Re-running the same spec submits a new video (the failed one is never reused).
 */
public class RenderFailedException extends HeyGenException {
    private final transient Video video;

    /** Creates the error for a failed video. */
    public RenderFailedException(Video video) {
        super("video_failed", "Video " + video.id() + " failed"
                        + (video.failureCode() == null ? "" : " (" + video.failureCode() + ")")
                        + (video.failureMessage() == null ? "." : ": " + video.failureMessage()),
                hint(video.failureCode()));
        this.video = video;
    }

    private static String hint(String failureCode) {
        if ("script_too_long".equals(failureCode)) {
            return "Shorten the script or split it into Scenes.of(...) with one part per scene, then render again.";
        }
        return "Fix what the failure names and render again; a failed video is never reused.";
    }

    /** The failed video. */
    public Video video() {
        return video;
    }

    /** The id of the failed video. */
    public String videoId() {
        return video.id();
    }

    /** The API's failure code, e.g. {@code script_too_long}, or null. */
    public String failureCode() {
        return video.failureCode();
    }

    /** The API's failure message, or null. */
    public String failureMessage() {
        return video.failureMessage();
    }

    /** Always {@code failed}. */
    public VideoStatus status() {
        return video.status();
    }
}
