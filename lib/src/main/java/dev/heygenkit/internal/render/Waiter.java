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
 * as in progress, network hiccups are reported and polled through, and the wait never resubmits anything.
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
        Estimate expected = estimate == null ? Estimate.NONE : estimate;
        Instant start = clock.instant();
        Instant end = start.plus(deadline);
        VideoStatus last = lastKnown == null ? VideoStatus.WAITING : lastKnown;
        for (int poll = 0; ; poll++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new RenderInterruptedException(videoId, last, null);
            }
            VideoInfo info = read(videoId, last, listener);
            Duration elapsed = Duration.between(start, clock.instant());
            if (info != null && info.status() != null) {
                if (!info.status().equals(last)) {
                    listener.onEvent(new ProgressEvent.StatusChanged(videoId, last, info.status(), elapsed));
                    last = info.status();
                }
                if (info.status().isTerminal()) {
                    listener.onEvent(new ProgressEvent.Finished(videoId, info.status(), elapsed));
                    return info;
                }
            }
            Instant now = clock.instant();
            if (!now.isBefore(end)) {
                throw new RenderTimeoutException(videoId, last, Duration.between(start, now));
            }
            Duration delay = expected.meaningful()
                    ? schedule.delay(poll, expected.time(), Duration.between(start, now), random.getAsDouble())
                    : schedule.delay(poll, expected.time(), random.getAsDouble());
            Duration left = Duration.between(now, end);
            if (delay.compareTo(left) > 0) {
                delay = left;
            }
            listener.onEvent(new ProgressEvent.Polled(videoId, last, elapsed, expected.shown(), delay));
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RenderInterruptedException(videoId, last, e);
            }
        }
    }

    private VideoInfo read(String videoId, VideoStatus last, ProgressListener listener) {
        try {
            return videos.get(videoId);
        } catch (ServerException | TransportException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new RenderInterruptedException(videoId, last, e);
            }
            // The video keeps rendering whether or not one poll gets through: report and poll again later.
            listener.onEvent(new ProgressEvent.Note("video " + videoId + ": status check failed (" + e.code()
                    + "), trying again"));
            return null;
        }
    }
}
