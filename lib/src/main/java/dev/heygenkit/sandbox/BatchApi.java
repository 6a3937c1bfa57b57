package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import dev.heygenkit.sandbox.Http.Router;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Batches (create, get with paged items) and the bulk statuses of videos and batch items. */
final class BatchApi extends ApiSupport {
    private final World world;
    private final SandboxClock clock;
    private final Paging paging;
    private final Batches batches;

    BatchApi(Services s) {
        super(s.validator());
        this.world = s.world();
        this.clock = s.clock();
        this.paging = s.paging();
        this.batches = s.batches();
    }

    @Override
    public void register(Router r) {
        r.add("GET", "/v3/videos/statuses", (req, p) -> statuses(req));
        r.add("POST", "/v3/videos/batches", (req, p) -> create(req));
        r.add("GET", "/v3/videos/batches/{batch_id}", (req, p) -> get(req, p.get("batch_id")));
    }

    private Resp statuses(Req req) {
        List<String> videoIds = ids(req.query("video_ids"));
        List<String> batchIds = ids(req.query("batch_ids"));
        if (videoIds.isEmpty() && batchIds.isEmpty()) {
            throw ApiError.invalid("video_ids", "pass video_ids and/or batch_ids as comma-separated ids");
        }
        if (videoIds.size() > 100) {
            throw ApiError.invalid("video_ids", "at most 100 video_ids per request, got " + videoIds.size() + "; split the list");
        }
        if (batchIds.size() > 100) {
            throw ApiError.invalid("batch_ids", "at most 100 batch_ids per request, got " + batchIds.size() + "; split the list");
        }
        ObjectNode out = Json.object();
        ArrayNode data = out.putArray("data");
        synchronized (world) {
            Instant now = clock.now();
            videoIds.forEach(id -> videoStatus(id, now, data.addObject()));
            batchIds.forEach(id -> batchStatuses(id, now, data));
        }
        out.put("has_more", false);
        out.putNull("next_token");
        return Resp.ok(out);
    }

    private static List<String> ids(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private void videoStatus(String id, Instant now, ObjectNode item) {
        VideoJob v = world.liveVideo(id);
        item.put("video_id", id);
        item.putNull("batch_id");
        item.putNull("item_index");
        if (v == null) {
            item.put("status", "not_found");
            item.putNull("error");
        } else {
            item.put("status", Batches.bulkStatus(v.status(now)));
            item.set("error", VideoViews.error(v, now));
        }
    }

    private void batchStatuses(String id, Instant now, ArrayNode data) {
        Batch b = world.batches().get(id);
        if (b == null) {
            ObjectNode item = data.addObject();
            item.put("status", "not_found");
            item.putNull("video_id");
            item.put("batch_id", id);
            item.putNull("item_index");
            item.putNull("error");
            return;
        }
        for (Batch.Item i : b.items()) {
            ObjectNode item = data.addObject();
            item.put("status", batches.itemStatus(i, now));
            item.put("video_id", i.videoId());
            item.put("batch_id", b.id());
            item.put("item_index", i.index());
            item.set("error", batches.itemError(i, now));
        }
    }

    private Resp create(Req req) {
        JsonNode body = body(req);
        JsonNode videos = body.get("videos");
        if (videos.size() < 1 || videos.size() > 100) {
            throw ApiError.invalid("videos", "a batch holds 1 to 100 videos, not " + videos.size());
        }
        String callback = Json.str(body, "callback_url");
        if (callback != null) {
            Checks.receiverUrl(callback, "callback_url");
        }
        Batch b = batches.create(Json.str(body, "title"), callback, videos, clock.now());
        ObjectNode data = Json.object();
        data.put("batch_id", b.id());
        return Resp.json(202, Json.data(data));
    }

    private Resp get(Req req, String id) {
        int limit = limit(req);
        synchronized (world) {
            Batch b = world.batches().get(id);
            if (b == null) {
                throw ApiError.notFound("not_found", "batch " + id + " not found; use the batch_id returned by POST /v3/videos/batches");
            }
            Instant now = clock.now();
            Paging.Page<Batch.Item> page = paging.page(b.items(), Batch.Item::index, "batch:" + b.id(), "", limit, req.query("token"));
            ObjectNode data = Json.object();
            data.put("batch_id", b.id());
            data.put("title", b.title());
            data.put("created_at", b.createdAt().getEpochSecond());
            data.put("status", batches.status(b, now));
            data.put("total_items", b.items().size());
            data.set("counts_by_status", batches.counts(b, now));
            ArrayNode items = data.putArray("items");
            for (Batch.Item i : page.items()) {
                ObjectNode item = items.addObject();
                item.put("item_index", i.index());
                item.put("status", batches.itemStatus(i, now));
                item.put("video_id", i.videoId());
                item.set("error", batches.itemError(i, now));
            }
            data.put("has_more", page.hasMore());
            data.put("next_token", page.nextToken());
            return Resp.data(data);
        }
    }
}
