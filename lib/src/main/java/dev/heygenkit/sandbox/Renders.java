package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Render jobs on the sandbox clock: {@link #submit} checks the wallet and schedules a video, {@link #settle} charges
 * and announces each one that finished. A video waits {@value #QUEUE_SECONDS} s as {@code pending}, then is
 * {@code processing} for {@code 30 + 4 x duration x f} seconds where f is 1 for 720p, 1.5 for 1080p or unset and 3 for
 * 4k. A 10 s script at 1080p therefore takes 5 + 90 = 95 sandbox seconds, about 3 real seconds at clock speed 30.
 */
final class Renders implements Settler {
    static final int QUEUE_SECONDS = 5;
    private static final List<String[]> FAILURES = List.of(
            new String[] {"render_failed", "Rendering failed (simulated by the sandbox failure rate); submit the video again"},
            new String[] {"tts_failed", "Voice synthesis failed for this script (simulated by the sandbox failure rate); try again or pick another voice"},
            new String[] {"avatar_processing_failed", "The avatar could not be animated (simulated by the sandbox failure rate); try again"});

    private final World world;
    private final Ids ids;
    private final double failureRate;
    private final Events events;
    private final Urls urls;
    private final Consumer<String> listener;

    Renders(World world, Ids ids, double failureRate, Events events, Urls urls, Consumer<String> listener) {
        this.world = world;
        this.ids = ids;
        this.failureRate = failureRate;
        this.events = events;
        this.urls = urls;
        this.listener = listener;
    }

    /**
     * Schedules a render created at {@code createdAt}, or refuses it (402) when the wallet cannot pay for it next to
     * the renders still in progress. {@code batchId} and {@code itemIndex} are null outside batches.
     */
    VideoJob submit(Plan plan, Instant createdAt, String batchId, Integer itemIndex) {
        synchronized (world) {
            double free = world.free();
            if (plan.cost() > free + 1e-9) {
                throw new ApiError(402, "insufficient_credit", String.format(Locale.ROOT,
                        "this render needs $%.4f (%.1f s x $%.4f/s) but the wallet has $%.4f free; start the sandbox with a higher credit balance",
                        plan.cost(), plan.duration(), Plan.USD_PER_SECOND, Math.max(0, free)), null, null);
            }
            VideoJob v = schedule(plan, createdAt, batchId, itemIndex);
            world.videos().put(v);
            listener.accept("sandbox: video " + v.id() + " created (" + plan.mode() + ", " + plan.duration() + " s)");
            return v;
        }
    }

    private VideoJob schedule(Plan plan, Instant createdAt, String batchId, Integer itemIndex) {
        String id = ids.next("video", 32);
        Instant start = createdAt.plusSeconds(QUEUE_SECONDS);
        double factor = plan.resolution() == null ? 1.5 : switch (plan.resolution()) {
            case "720p" -> 1.0;
            case "4k" -> 3.0;
            default -> 1.5;
        };
        double processing = 30 + 4 * plan.duration() * factor;
        String code = plan.failureCode();
        String message = plan.failureMessage();
        Instant finish = start.plusMillis((long) (processing * 1000));
        if (code != null) {
            finish = start.plusSeconds(5);
        } else if (failureRate > 0 && ids.unit("failure", nth(id)) < failureRate) {
            String[] f = FAILURES.get((int) (ids.unit("failure-kind", nth(id)) * FAILURES.size()));
            code = f[0];
            message = f[1];
            finish = start.plusMillis((long) (processing * 400));
        }
        return new VideoJob(id, world.nextSeq(), plan, createdAt, start, finish, code, message, batchId, itemIndex);
    }

    /** Which renders fail depends on the seed and their order, not on ids (which also carry the start time). */
    private String nth(String videoId) {
        return "video#" + ids.ordinal(videoId);
    }

    /** Charges and announces, in finishing order, every render that finished by {@code now}. */
    @Override
    public void settle(Instant now) {
        List<VideoJob> due = new ArrayList<>();
        for (VideoJob v : world.videos().all()) {
            if (!v.settled() && !now.isBefore(v.finishAt())) {
                due.add(v);
            }
        }
        due.sort(Comparator.comparing(VideoJob::finishAt));
        for (VideoJob v : due) {
            v.markSettled();
            if (v.deleted()) {
                continue;
            }
            if (v.fails()) {
                failed(v);
            } else {
                completed(v);
            }
        }
    }

    private void failed(VideoJob v) {
        listener.accept("sandbox: video " + v.id() + " failed (" + v.failureCode() + ")");
        ObjectNode data = Json.object();
        data.put("video_id", v.id());
        data.put("error", v.failureMessage());
        data.put("failure_code", v.failureCode());
        data.put("failure_message", v.failureMessage());
        announce("avatar_video.fail", v, data);
    }

    private void completed(VideoJob v) {
        Plan plan = v.plan();
        world.charge(plan.cost());
        listener.accept("sandbox: video " + v.id() + " completed (" + plan.duration() + " s, $" + plan.cost() + ")");
        ObjectNode data = Json.object();
        data.put("video_id", v.id());
        data.put("video_url", urls.signed(Urls.videoFile(v.id(), "video.mp4"), v.finishAt()));
        data.put("thumbnail_url", urls.signed(Urls.videoFile(v.id(), "thumbnail.jpg"), v.finishAt()));
        data.put("gif_url", urls.signed(Urls.videoFile(v.id(), "preview.gif"), v.finishAt()));
        data.put("duration", plan.duration());
        announce("avatar_video.success", v, data);
    }

    private void announce(String type, VideoJob v, ObjectNode data) {
        if (v.plan().callbackId() != null) {
            data.put("callback_id", v.plan().callbackId());
        }
        events.emit(type, v.id(), data, v.finishAt(), v.plan().callbackUrl());
    }
}
