package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Batches on the sandbox clock: {@link #create} queues the items, {@link #intake} turns each into a render (or an
 * error) {@value #INTAKE_SECONDS} s later, {@link #finish} announces {@code batch.finished} once every item is final.
 */
final class Batches {
    static final int INTAKE_SECONDS = 2;

    private final World world;
    private final Ids ids;
    private final VideoRules rules;
    private final Renders renders;
    private final Events events;

    Batches(World world, Ids ids, VideoRules rules, Renders renders, Events events) {
        this.world = world;
        this.ids = ids;
        this.rules = rules;
        this.renders = renders;
        this.events = events;
    }

    /** Stores a batch of create bodies (checked only at intake, like the real service). */
    Batch create(String title, String callbackUrl, JsonNode videos, Instant now) {
        List<Batch.Item> items = new ArrayList<>();
        for (int i = 0; i < videos.size(); i++) {
            items.add(new Batch.Item(i, videos.get(i)));
        }
        synchronized (world) {
            Batch b = new Batch(ids.next("batch", 32), world.nextSeq(), title, callbackUrl, now, now.plusSeconds(INTAKE_SECONDS), items);
            world.batches().put(b);
            return b;
        }
    }

    /** Settler: plans and submits the items of every batch whose intake time has come. */
    void intake(Instant now) {
        for (Batch b : world.batches().all()) {
            if (!now.isBefore(b.intakeAt())) {
                for (Batch.Item item : b.items()) {
                    if (item.pending()) {
                        intake(b, item);
                    }
                }
            }
        }
    }

    private void intake(Batch b, Batch.Item item) {
        try {
            Plan plan = rules.plan(item.body(), "videos[" + item.index() + "].");
            item.accept(renders.submit(plan, b.intakeAt(), b.id(), item.index()).id());
        } catch (ApiError e) {
            ObjectNode err = Json.object();
            err.put("code", e.code());
            err.put("message", e.getMessage());
            if (e.param() != null) {
                err.put("param", e.param());
            }
            item.refuse(err);
        }
    }

    /** Settler: emits {@code batch.finished} for every batch whose items all became final. */
    void finish(Instant now) {
        for (Batch b : world.batches().all()) {
            if (!b.finished() && b.items().stream().allMatch(this::terminal)) {
                b.markFinished();
                ObjectNode data = Json.object();
                data.put("batch_id", b.id());
                data.put("status", status(b, now));
                data.put("total_items", b.items().size());
                data.set("counts_by_status", counts(b, now));
                Instant at = b.items().stream().map(i -> i.videoId() == null ? b.intakeAt() : world.videos().get(i.videoId()).finishAt())
                        .max(Instant::compareTo).orElse(b.intakeAt());
                events.emit("batch.finished", b.id(), data, at, b.callbackUrl());
            }
        }
    }

    private boolean terminal(Batch.Item i) {
        if (i.error() != null) {
            return true;
        }
        if (i.videoId() == null) {
            return false;
        }
        VideoJob v = world.videos().get(i.videoId());
        return v.settled() || v.deleted();
    }

    /** {@code queued}, {@code processing}, {@code completed} or {@code failed}, as the bulk endpoints name them. */
    String itemStatus(Batch.Item i, Instant now) {
        if (i.error() != null) {
            return "failed";
        }
        if (i.videoId() == null) {
            return "queued";
        }
        return bulkStatus(world.videos().get(i.videoId()).status(now));
    }

    /** A video status as the bulk endpoints name it ({@code pending} is {@code queued} there). */
    static String bulkStatus(String videoStatus) {
        return videoStatus.equals("pending") ? "queued" : videoStatus;
    }

    /** {@code processing} until every item is final, then {@code failed} if all failed, else {@code completed}. */
    String status(Batch b, Instant now) {
        if (!b.items().stream().allMatch(this::terminal)) {
            return "processing";
        }
        return b.items().stream().allMatch(i -> itemStatus(i, now).equals("failed")) ? "failed" : "completed";
    }

    /** How many items are in each bulk status. */
    ObjectNode counts(Batch b, Instant now) {
        ObjectNode counts = Json.object();
        for (String s : List.of("queued", "processing", "completed", "failed")) {
            counts.put(s, 0);
        }
        for (Batch.Item i : b.items()) {
            String s = itemStatus(i, now);
            counts.put(s, counts.path(s).asInt() + 1);
        }
        return counts;
    }

    /** The intake error of an item, or its video's failure, or JSON null. */
    JsonNode itemError(Batch.Item i, Instant now) {
        if (i.error() != null) {
            return i.error();
        }
        return i.videoId() == null ? Json.F.nullNode() : VideoViews.error(world.videos().get(i.videoId()), now);
    }
}
