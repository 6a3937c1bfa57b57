package dev.heygenkit.internal.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.ApiException;
import dev.heygenkit.AuthenticationException;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.InsufficientCreditException;
import dev.heygenkit.PermissionDeniedException;
import dev.heygenkit.RateLimitException;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.TemplateVideoRequest;
import dev.heygenkit.api.VideoCreated;
import dev.heygenkit.api.VideoRequest;
import dev.heygenkit.api.VideoBatchCreated;
import dev.heygenkit.api.VideoBatchRequest;
import dev.heygenkit.internal.render.RenderContext;
import dev.heygenkit.internal.render.Submitter;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a batch's rows as batch calls of up to 100, the credit-safe way: each chunk's rows and idempotency key are
 * journaled (and forced to disk) before its call, its batch id right after; an unanswered chunk is resent with the
 * same key and rows; a 429 pauses every sender for its {@code Retry-After}, then sending recovers; a refusal naming one
 * item rejects that row and resends the rest as a new chunk.
 */
final class Submissions {
    private static final Pattern ITEM = Pattern.compile("videos\\[(\\d+)]");
    private static final int ATTEMPTS = 6;

    private final RenderContext ctx;
    private final BatchLog log;
    private final BatchLog.State state;
    private final Map<Integer, BatchPlan.Item> items;
    private final BatchSettings settings;
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);
    private volatile HeyGenException fatal;

    Submissions(RenderContext ctx, BatchLog log, BatchLog.State state, Map<Integer, BatchPlan.Item> items,
                BatchSettings settings) {
        this.ctx = ctx;
        this.log = log;
        this.state = state;
        this.items = items;
        this.settings = settings;
    }

    /** What stopped all sending (out of credit, bad key), or null. */
    HeyGenException fatal() {
        return fatal;
    }

    /** Chunks still to send: journaled but unanswered ones (same key and rows), then new ones for unsent rows. */
    List<BatchLog.Chunk> pending(List<Integer> unsentRows) {
        List<BatchLog.Chunk> out = new ArrayList<>();
        synchronized (state) {
            state.chunks.values().stream().filter(c -> !c.answered()).forEach(out::add);
            boolean templates = !unsentRows.isEmpty() && items.get(unsentRows.get(0)).request() instanceof TemplateVideoRequest;
            int size = templates ? 1 : settings.chunkSize();
            for (int i = 0; i < unsentRows.size(); i += size) {
                out.add(journal(unsentRows.subList(i, Math.min(unsentRows.size(), i + size)), false));
            }
        }
        return out;
    }

    /** Creates (in memory, and in the journal when {@code write}) the next chunk for these rows. */
    private BatchLog.Chunk journal(List<Integer> rows, boolean write) {
        int index = state.nextChunk();
        List<String> prints = rows.stream().map(r -> items.get(r).fingerprint()).toList();
        BatchLog.Chunk c = new BatchLog.Chunk(index, "hgk-batch-" + state.runId + "-c" + index, rows, prints);
        state.chunks.put(index, c);
        if (write) {
            writeSubmit(c);
        }
        return c;
    }

    private void writeSubmit(BatchLog.Chunk c) {
        ObjectNode n = BatchLog.event("submit", ctx.clock().instant());
        n.put("chunk", c.index).put("key", c.key);
        n.set("rows", BatchLog.ints(c.rows));
        n.set("fingerprints", BatchLog.strings(c.fingerprints));
        log.append(n, true);
        for (int i = 0; i < c.rows.size(); i++) {
            BatchLog.RowRecord r = state.row(c.rows.get(i));
            r.chunk = c.index;
            r.fingerprint = c.fingerprints.get(i);
        }
    }

    /** Sends one chunk until it is answered, refused or sending must stop; returns chunks split off it to send next. */
    List<BatchLog.Chunk> send(BatchLog.Chunk c, boolean journaled) {
        if (!journaled) {
            synchronized (state) {
                writeSubmit(c);
            }
        }
        VideoRequest first = items.get(c.rows.get(0)).request();
        for (int attempt = 1; fatal == null; attempt++) {
            waitIfPaused();
            CrashPoints.reach(CrashPoints.BEFORE_POST);
            try {
                if (first instanceof TemplateVideoRequest) {
                    // a template makes one video per call, so its chunks hold one row each
                    VideoCreated v = Submitter.create(ctx, first, c.key);
                    CrashPoints.reach(CrashPoints.AFTER_POST);
                    answered(c, null, v.videoId());
                } else {
                    List<CreateVideoRequest> bodies = c.rows.stream()
                            .map(r -> (CreateVideoRequest) items.get(r).request()).toList();
                    VideoBatchCreated created = ctx.videos().createBatch(
                            new VideoBatchRequest(bodies, settings.title(), settings.callbackUrl()), c.key);
                    CrashPoints.reach(CrashPoints.AFTER_POST);
                    answered(c, created.batchId(), null);
                }
                return List.of();
            } catch (RateLimitException e) {
                pause(e.retryAfter() == null ? Duration.ofSeconds(5) : e.retryAfter());
            } catch (InsufficientCreditException | AuthenticationException | PermissionDeniedException e) {
                fatal = e;
            } catch (ApiException e) {
                if (definite(e)) {
                    return refused(c, e);
                }
                if (attempt >= ATTEMPTS) {
                    return List.of();
                }
                backoff(attempt);
            } catch (HeyGenException e) {
                if (attempt >= ATTEMPTS) {
                    return List.of();
                }
                backoff(attempt);
            }
        }
        return List.of();
    }

    private void answered(BatchLog.Chunk c, String batchId, String videoId) {
        synchronized (state) {
            ObjectNode n = BatchLog.event("created", ctx.clock().instant());
            n.put("chunk", c.index).put("batch_id", batchId).put("video_id", videoId);
            log.append(n, true);
            state.apply(n);
            if (c.batchId == null && c.videoId == null) {
                c.batchId = "";
            }
        }
    }

    /** A refusal: the named item's row is rejected and the others go out again as a new chunk; else all are. */
    private List<BatchLog.Chunk> refused(BatchLog.Chunk c, ApiException e) {
        Matcher m = e.param() == null ? null : ITEM.matcher(e.param());
        int bad = m != null && m.find() ? Integer.parseInt(m.group(1)) : -1;
        synchronized (state) {
            ObjectNode n = BatchLog.event("rejected", ctx.clock().instant());
            n.put("chunk", c.index).put("code", e.code()).put("message", e.getMessage());
            if (bad >= 0 && bad < c.rows.size() && c.rows.size() > 1) {
                List<Integer> rest = new ArrayList<>(c.rows);
                rest.remove(bad);
                n.put("row", c.rows.get(bad));
                log.append(n, true);
                state.apply(n);
                return List.of(journal(rest, false));
            }
            log.append(n, true);
            state.apply(n);
            return List.of();
        }
    }

    private static boolean definite(ApiException e) {
        int s = e.status();
        return s >= 400 && s < 500 && s != 408 && s != 409 && s != 429;
    }

    private void pause(Duration d) {
        Instant until = ctx.clock().instant().plus(d);
        pausedUntil.accumulateAndGet(until, (a, b) -> a.isAfter(b) ? a : b);
    }

    private void waitIfPaused() {
        Duration wait = Duration.between(ctx.clock().instant(), pausedUntil.get());
        if (!wait.isNegative() && !wait.isZero()) {
            sleep(wait);
        }
    }

    private void backoff(int attempt) {
        sleep(Duration.ofSeconds(Math.min(30, 1L << Math.min(attempt, 5))));
    }

    private void sleep(Duration d) {
        try {
            ctx.sleeper().sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending the batch", e);
        }
    }
}
