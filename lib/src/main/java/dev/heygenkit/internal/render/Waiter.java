package dev.heygenkit.internal.render;

import dev.heygenkit.PollSchedule;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.ProgressListener;

import dev.heygenkit.RenderInterruptedException;
import dev.heygenkit.RenderTimeoutException;
import dev.heygenkit.ServerException;
import dev.heygenkit.TransportException;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.api.Videos;
import dev.heygenkit.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Polls a video until it completes or fails, on a {@link PollSchedule}, within a deadline. Unknown statuses count
 * as in progress, network hiccups are reported and polled through, and the wait never resubmits anything. The same
 * loop waits for anything else that becomes ready on the server (a new look, a voice clone) through a {@link Target}.
 *
 * <pre>{@code VideoInfo done = ctx.waiter().await(id, VideoStatus.WAITING, Duration.ofMinutes(30), null, listener);}</pre>
 */
public final class Waiter {
    private final Videos videos;
    private final Clock clock;
    private final Sleeper sleeper;
    private final PollSchedule schedule;
    private final DoubleSupplier random;

    /** A waiter polling through {@code videos}, timing with {@code clock} and waiting with {@code sleeper}. */
    public Waiter(Videos videos, Clock clock, Sleeper sleeper, PollSchedule schedule) {
        this(videos, clock, sleeper, schedule, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** As above, with the jitter's random source (tests pass a fixed one). */
    public Waiter(Videos videos, Clock clock, Sleeper sleeper, PollSchedule schedule, DoubleSupplier random) {
        this.videos = Objects.requireNonNull(videos, "videos");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Waits for a final status and returns the video as last read: {@code completed} or {@code failed} (the caller
     * decides what a failure means). The first poll happens at once.
     *
     * @param videoId   the video
     * @param lastKnown the status known so far (e.g. from the create answer)
     * @param deadline  the longest wait
     * @param estimate  expected time until it finishes, for progress and polling, or null
     * @param listener  receives status changes and polls
     * @throws RenderTimeoutException     when the deadline passes first (carries id and last status)
     * @throws RenderInterruptedException when the thread is interrupted (the flag stays set)
     */
    public VideoInfo await(String videoId, VideoStatus lastKnown, Duration deadline, Duration estimate,
                           ProgressListener listener) {
        return awaitEstimated(videoId, lastKnown, deadline, Estimate.given(estimate), listener);
    }

    /**
     * {@link #await(String, VideoStatus, Duration, Duration, ProgressListener)} with an estimate that knows what it
     * rests on: every estimate sets the polling cap, and one that means something ({@link Estimate#meaningful()})
     * is shown as time left and lets the schedule poll when the video is expected to be done.
     *
     * @param estimate expected time from now until the video finishes ({@link Estimate#NONE} when unknown)
     */
    public VideoInfo awaitEstimated(String videoId, VideoStatus lastKnown, Duration deadline, Estimate estimate,
                                    ProgressListener listener) {
        return await(new VideoTarget(videos, videoId), lastKnown == null ? VideoStatus.WAITING.value() : lastKnown.value(),
                deadline, estimate, listener);
    }

    /**
     * What one wait polls and how it reports: a video, a new look, a voice clone. Statuses are wire strings; the
     * target says which are final and turns changes, polls and the end into progress events and errors.
     *
     * @param <T> what one poll reads
     */
    public interface Target<T> {
        /** One poll; {@link ServerException} and {@link TransportException} are reported and polled through. */
        T read();

        /** The status a read shows, or null when it shows none (the poll then counts as unanswered). */
        String status(T value);

        /** Whether waiting ends at this status. */
        boolean isFinal(String status);

        /** The event for a status change. */
        ProgressEvent changed(String from, String to, Duration elapsed);

        /** The event sent after every answered or unanswered poll, before the next wait. */
        ProgressEvent polled(String status, Duration elapsed, Duration estimate, Duration nextPoll);

        /** The event for reaching a final status. */
        ProgressEvent finished(String status, Duration elapsed);

        /** The error for a deadline that passed while still in {@code status}. */
        RuntimeException timedOut(String status, Duration waited);

        /** The error for an interrupted wait (the thread's flag stays set). */
        RuntimeException interrupted(String status, Throwable cause);

        /** How notes name what is polled, e.g. {@code video 9f3a}. */
        String describe();
    }

    /**
     * Waits for {@code target} to reach a final status and returns it as last read. The first poll happens at once.
     *
     * @param lastKnown the status known so far
     * @param deadline  the longest wait
     * @param estimate  expected time to be ready, for progress and the polling cap, or null
     * @param listener  receives status changes and polls
     */
    public <T> T await(Target<T> target, String lastKnown, Duration deadline, Duration estimate, ProgressListener listener) {
        return await(target, lastKnown, deadline, Estimate.given(estimate), listener);
    }

    /** {@link #await(Target, String, Duration, Duration, ProgressListener)} with an estimate that knows what it rests on. */
    public <T> T await(Target<T> target, String lastKnown, Duration deadline, Estimate estimate,
                       ProgressListener listener) {
        Estimate expected = estimate == null ? Estimate.NONE : estimate;
        PollPlan plan = new PollPlan(schedule, expected);
        Instant start = clock.instant();
        Instant end = start.plus(deadline);
        String last = lastKnown;
        for (int poll = 0; ; poll++) {
            if (Thread.currentThread().isInterrupted()) {
                throw target.interrupted(last, null);
            }
            T info = read(target, last, listener);
            Duration elapsed = Duration.between(start, clock.instant());
            String status = info == null ? null : target.status(info);
            if (status != null) {
                if (!status.equals(last)) {
                    listener.onEvent(target.changed(last, status, elapsed));
                    last = status;
                }
                if (target.isFinal(status)) {
                    listener.onEvent(target.finished(status, elapsed));
                    return info;
                }
            }
            Instant now = clock.instant();
            if (!now.isBefore(end)) {
                throw target.timedOut(last, Duration.between(start, now));
            }
            Duration delay = plan.next(poll + 1, Duration.between(start, now), random.getAsDouble());
            Duration left = Duration.between(now, end);
            if (delay.compareTo(left) > 0) {
                delay = left;
            }
            listener.onEvent(target.polled(last, elapsed, expected.shown(), delay));
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw target.interrupted(last, e);
            }
        }
    }

    private static <T> T read(Target<T> target, String last, ProgressListener listener) {
        try {
            return target.read();
        } catch (ServerException | TransportException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw target.interrupted(last, e);
            }
            // It keeps going on the server whether or not one poll gets through: report and poll again later.
            listener.onEvent(new ProgressEvent.Note(target.describe() + ": status check failed (" + e.code()
                    + "), trying again"));
            return null;
        }
    }

    /** A video: final when completed or failed; events and errors name the video. */
    private record VideoTarget(Videos videos, String videoId) implements Target<VideoInfo> {
        @Override
        public VideoInfo read() {
            return videos.get(videoId);
        }

        @Override
        public String status(VideoInfo value) {
            return value.status() == null ? null : value.status().value();
        }

        @Override
        public boolean isFinal(String status) {
            return VideoStatus.of(status).isTerminal();
        }

        @Override
        public ProgressEvent changed(String from, String to, Duration elapsed) {
            return new ProgressEvent.StatusChanged(videoId, VideoStatus.of(from), VideoStatus.of(to), elapsed);
        }

        @Override
        public ProgressEvent polled(String status, Duration elapsed, Duration estimate, Duration nextPoll) {
            return new ProgressEvent.Polled(videoId, VideoStatus.of(status), elapsed, estimate, nextPoll);
        }

        @Override
        public ProgressEvent finished(String status, Duration elapsed) {
            return new ProgressEvent.Finished(videoId, VideoStatus.of(status), elapsed);
        }

        @Override
        public RuntimeException timedOut(String status, Duration waited) {
            return new RenderTimeoutException(videoId, VideoStatus.of(status), waited);
        }

        @Override
        public RuntimeException interrupted(String status, Throwable cause) {
            return new RenderInterruptedException(videoId, VideoStatus.of(status), cause);
        }

        @Override
        public String describe() {
            return "video " + videoId;
        }
    }
}
