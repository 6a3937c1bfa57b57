package dev.heygenkit;

import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.ProgressListener;
import dev.heygenkit.internal.render.RenderContext;
import dev.heygenkit.internal.render.Submitter;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A submitted render whose video id is known; {@link #await()} waits for it with progress. Waiting again after a
 * timeout continues with the same video, never a new one.
 *
 * <pre>{@code RenderJob job = spec.submit(client); Video done = job.await(Duration.ofMinutes(30));}</pre>
 */
public final class RenderJob {
    private final HeyGen client;
    private final Submitter.Submission submission;
    private final ProgressListener listener;

    RenderJob(HeyGen client, Submitter.Submission submission, ProgressListener listener) {
        this.client = client;
        this.submission = submission;
        this.listener = listener;
    }

    /** The video id. */
    public String id() {
        return submission.videoId();
    }

    /** The status when the job was submitted or resumed. */
    public VideoStatus status() {
        return submission.status();
    }

    /** Whether an earlier video from the render journal was resumed instead of creating a new one. */
    public boolean resumed() {
        return submission.resumed();
    }

    /**
     * How long the render is expected to take from creation to completion, when the kit has grounds to say: the
     * sandbox tells, and on your account it learns from your recent renders of the same kind (the render journal).
     * Null before the first renders on an account; the kit then polls on its plain schedule.
     */
    public Duration estimate() {
        return submission.estimate().shown();
    }

    /** Reads the video once, without waiting. */
    public Video poll() {
        return new Video(client, client.videos().get(id()));
    }

    /** Waits up to the client's deadline (30 min by default) and returns the completed video. */
    public Video await() {
        return await(client.renderContext().deadline());
    }

    /**
     * Waits up to {@code deadline} and returns the completed video.
     *
     * @throws RenderFailedException      when the video fails (carries it, with failure code and message)
     * @throws RenderTimeoutException     when the deadline passes (carries id and last status; nothing is resubmitted)
     * @throws RenderInterruptedException when the thread is interrupted
     */
    public Video await(Duration deadline) {
        return await(deadline, listener);
    }

    /** {@link #await(Duration)} reporting progress to {@code listener}. */
    public Video await(Duration deadline, ProgressListener listener) {
        Objects.requireNonNull(deadline, "deadline");
        RenderContext ctx = client.renderContext();
        VideoInfo info = submission.info();
        if (info == null || info.status() == null || !info.status().isTerminal()) {
            Instant start = ctx.clock().instant();
            // The estimate runs from the create call; what is left of it is what this wait should expect.
            Duration since = submission.submittedAt() == null ? Duration.ZERO
                    : Duration.between(submission.submittedAt(), start);
            info = ctx.waiter().awaitEstimated(id(), info == null ? status() : info.status(), deadline,
                    submission.estimate().after(since), ctx.listener(listener));
            // Only a wait learns something new; a reused video's final status is journaled when it is resumed.
            Submitter.finished(ctx, submission, info, Duration.between(start, ctx.clock().instant()));
        }
        Video video = new Video(client, info);
        if (info.status().isFailed()) {
            throw new RenderFailedException(video);
        }
        return video;
    }

    /** A compact summary, e.g. {@code RenderJob[id=abc, status=waiting]}. */
    @Override
    public String toString() {
        return "RenderJob[id=" + id() + ", status=" + status() + (resumed() ? ", resumed" : "") + "]";
    }
}
