package dev.heygenkit.internal.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.NotFoundException;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.api.VideoStatusItem;
import dev.heygenkit.api.Videos;
import dev.heygenkit.internal.render.RenderContext;
import dev.heygenkit.internal.webhooks.EventLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Follows a batch's videos with bulk status calls: items of a batch whose video ids are not known yet by batch id
 * (one batch of at most 100 items per call), the rest by video id in groups of 100; never one call per video. A video
 * that finishes is read once for its URL and failure details. Webhook events, when a feed is given, finish videos
 * without waiting for the next round.
 */
final class Tracker {
    private final RenderContext ctx;
    private final BatchLog log;
    private final BatchLog.State state;
    private final ExecutorService pool;
    private final EventFeed events;
    private final Map<String, EventLine> earlyEvents = new HashMap<>();
    private long statusCalls;

    Tracker(RenderContext ctx, BatchLog log, BatchLog.State state, ExecutorService pool, EventFeed events) {
        this.ctx = ctx;
        this.log = log;
        this.state = state;
        this.pool = pool;
        this.events = events;
    }

    /** Bulk status calls made so far. */
    long statusCalls() {
        return statusCalls;
    }

    /** One polling round; returns the rows that finished in it. */
    List<Integer> round() {
        List<Integer> finished = new ArrayList<>();
        if (events != null) {
            applyEvents(finished);
        }
        Map<String, List<Integer>> byBatch = new LinkedHashMap<>();
        List<String> videoIds = new ArrayList<>();
        Map<String, Integer> rowByVideo = new HashMap<>();
        synchronized (state) {
            for (BatchLog.RowRecord r : state.rows.values()) {
                BatchLog.Chunk c = r.chunk < 0 ? null : state.chunks.get(r.chunk);
                if (r.terminal() || c == null || !c.answered()) {
                    continue;
                }
                if (r.videoId != null) {
                    videoIds.add(r.videoId);
                    rowByVideo.put(r.videoId, r.row);
                } else if (c.batchId != null && !c.batchId.isEmpty()) {
                    byBatch.computeIfAbsent(c.batchId, b -> new ArrayList<>()).add(r.row);
                }
            }
        }
        for (String batchId : byBatch.keySet()) {
            apply(call(List.of(), List.of(batchId)), rowByVideo, finished);
        }
        for (int i = 0; i < videoIds.size(); i += Videos.MAX_STATUS_IDS) {
            apply(call(videoIds.subList(i, Math.min(videoIds.size(), i + Videos.MAX_STATUS_IDS)), List.of()), rowByVideo,
                    finished);
        }
        details(finished);
        log.force();
        return finished;
    }

    private List<VideoStatusItem> call(List<String> videoIds, List<String> batchIds) {
        CrashPoints.reach(CrashPoints.TRACKING);
        statusCalls++;
        try {
            return ctx.videos().statuses(videoIds, batchIds);
        } catch (HeyGenException e) {
            // a failed round is retried by the next one; the videos keep rendering meanwhile
            return List.of();
        }
    }

    private void apply(List<VideoStatusItem> items, Map<String, Integer> rowByVideo, List<Integer> finished) {
        synchronized (state) {
            for (VideoStatusItem item : items) {
                Integer row = item.videoId() == null ? null : rowByVideo.get(item.videoId());
                if (row == null && item.batchId() != null && item.itemIndex() != null) {
                    row = rowOf(item.batchId(), item.itemIndex());
                }
                if (row == null) {
                    continue;
                }
                BatchLog.RowRecord r = state.row(row);
                if (item.videoId() != null && r.videoId == null) {
                    r.videoId = item.videoId();
                    ObjectNode n = BatchLog.event("video", ctx.clock().instant());
                    n.put("row", row).put("video_id", item.videoId());
                    log.append(n, false);
                    EventLine early = earlyEvents.remove(item.videoId());
                    if (early != null) {
                        finishFromEvent(r, early, finished);
                        continue;
                    }
                }
                VideoStatus s = item.status();
                // A batch item can fail before it has a video (e.g. out of credit): it is finished all the same.
                if (s != null && s.isTerminal() && (r.videoId != null || s.isFailed()) && !r.terminal()) {
                    r.status = s.isCompleted() ? "completed" : "failed";
                    if (item.error() != null) {
                        r.failureCode = text(item.error(), "code");
                        r.failureMessage = text(item.error(), "message");
                    }
                    finished.add(row);
                }
            }
        }
    }

    private Integer rowOf(String batchId, int itemIndex) {
        for (BatchLog.Chunk c : state.chunks.values()) {
            if (batchId.equals(c.batchId) && itemIndex >= 0 && itemIndex < c.rows.size()) {
                return c.rows.get(itemIndex);
            }
        }
        return null;
    }

    /** Reads each newly finished video once for its URLs and failure details, in parallel, and journals it. */
    private void details(List<Integer> finished) {
        List<Future<?>> work = new ArrayList<>();
        for (int row : finished) {
            BatchLog.RowRecord r;
            synchronized (state) {
                r = state.row(row);
                if ("completed".equals(r.status) && r.videoUrl != null || r.videoId == null) {
                    record(r);
                    continue;
                }
            }
            work.add(pool.submit(() -> detail(r)));
        }
        for (Future<?> f : work) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading finished videos", e);
            } catch (java.util.concurrent.ExecutionException e) {
                // the row is journaled without details; the manifest shows what is known
            }
        }
    }

    private void detail(BatchLog.RowRecord r) {
        VideoInfo info = null;
        try {
            info = ctx.videos().get(r.videoId);
        } catch (NotFoundException gone) {
            synchronized (state) {
                r.status = "failed";
                r.failureCode = "video_not_found";
                r.failureMessage = "the video no longer exists";
            }
        } catch (HeyGenException e) {
            // keep the status from the bulk call; the details are a courtesy
        }
        synchronized (state) {
            if (info != null) {
                r.videoUrl = info.videoUrl();
                r.thumbnailUrl = info.thumbnailUrl();
                r.duration = info.duration();
                if (info.failureCode() != null) {
                    r.failureCode = info.failureCode();
                }
                if (info.failureMessage() != null) {
                    r.failureMessage = info.failureMessage();
                }
            }
            record(r);
        }
    }

    private void record(BatchLog.RowRecord r) {
        ObjectNode n = BatchLog.event("status", ctx.clock().instant());
        n.put("row", r.row).put("video_id", r.videoId).put("status", r.status).put("video_url", r.videoUrl)
                .put("thumbnail_url", r.thumbnailUrl).put("failure_code", r.failureCode)
                .put("failure_message", r.failureMessage);
        if (r.duration != null) {
            n.put("duration", r.duration);
        }
        log.append(n, false);
    }

    private void applyEvents(List<Integer> finished) {
        Map<String, Integer> rowByVideo = new HashMap<>();
        synchronized (state) {
            state.rows.values().forEach(r -> {
                if (r.videoId != null) {
                    rowByVideo.put(r.videoId, r.row);
                }
            });
            for (EventLine e : events.poll()) {
                String videoId = e.videoId();
                if (videoId == null) {
                    continue;
                }
                Integer row = rowByVideo.get(videoId);
                if (row == null) {
                    earlyEvents.put(videoId, e);
                } else {
                    finishFromEvent(state.row(row), e, finished);
                }
            }
        }
    }

    private void finishFromEvent(BatchLog.RowRecord r, EventLine e, List<Integer> finished) {
        if (r.terminal()) {
            return;
        }
        String type = e.eventType() == null ? "" : e.eventType();
        JsonNode d = e.eventData();
        if (type.equals("avatar_video.success")) {
            r.status = "completed";
            r.videoUrl = text(d, "video_url");
            r.thumbnailUrl = text(d, "thumbnail_url");
            r.duration = d.hasNonNull("duration") ? d.get("duration").asDouble() : null;
            finished.add(r.row);
        } else if (type.equals("avatar_video.fail")) {
            r.status = "failed";
            r.failureMessage = text(d, "error");
            finished.add(r.row);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.isMissingNode() ? null : v.isValueNode() ? v.asText() : v.toString();
    }
}
