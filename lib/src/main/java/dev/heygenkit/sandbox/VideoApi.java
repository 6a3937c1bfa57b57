package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import dev.heygenkit.sandbox.Http.Router;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Videos: create (four modes), get, list, delete, bulk statuses and batches. */
final class VideoApi extends ApiSupport {
    VideoApi(Engine engine) {
        super(engine);
    }

    void register(Router r) {
        r.add("POST", "/v3/videos", (req, p) -> create(req));
        r.add("GET", "/v3/videos", (req, p) -> list(req));
        r.add("GET", "/v3/videos/statuses", (req, p) -> statuses(req));
        r.add("GET", "/v3/videos/{video_id}", (req, p) -> get(p.get("video_id")));
        r.add("DELETE", "/v3/videos/{video_id}", (req, p) -> delete(p.get("video_id")));
        r.add("POST", "/v3/videos/batches", (req, p) -> createBatch(req));
        r.add("GET", "/v3/videos/batches/{batch_id}", (req, p) -> getBatch(req, p.get("batch_id")));
    }

    private Resp create(Req req) {
        JsonNode body = body(req);
        Plan plan = engine.rules.plan(body, "");
        synchronized (engine.world) {
            engine.ensureCredit(plan);
            World.Video v = engine.createVideo(plan, engine.now(), null, null);
            ObjectNode data = Json.object();
            data.put("video_id", v.id);
            data.put("status", "waiting");
            data.put("output_format", plan.outputFormat());
            return Resp.data(data);
        }
    }

    private World.Video find(String id) {
        World.Video v = engine.world.videos.get(id);
        if (v == null || v.deleted) {
            throw ApiError.notFound("video_not_found", "video " + id + " not found; it may have been deleted, or list yours with GET /v3/videos");
        }
        return v;
    }

    private Resp get(String id) {
        synchronized (engine.world) {
            return Resp.data(engine.videoJson(find(id), engine.now()));
        }
    }

    private Resp delete(String id) {
        synchronized (engine.world) {
            World.Video v = find(id);
            v.deleted = true;
            engine.media.forget(v.id);
            ObjectNode data = Json.object();
            data.put("id", v.id);
            data.put("deleted", true);
            return Resp.data(data);
        }
    }

    private Resp list(Req req) {
        int limit = limit(req);
        String folder = req.query("folder_id");
        String title = req.query("title");
        synchronized (engine.world) {
            Instant now = engine.now();
            List<World.Video> videos = engine.world.videos.values().stream()
                    .filter(v -> !v.deleted)
                    .filter(v -> folder == null || folder.isEmpty())
                    .filter(v -> title == null || (v.plan.title() != null
                            && v.plan.title().toLowerCase(Locale.ROOT).contains(title.toLowerCase(Locale.ROOT))))
                    .sorted(Comparator.comparingLong((World.Video v) -> v.seq).reversed())
                    .toList();
            Paging.Page<World.Video> page = engine.paging.page(videos, v -> v.seq, "videos", folder + "|" + title, limit, req.query("token"));
            return list(page, v -> engine.videoJson(v, now));
        }
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
        synchronized (engine.world) {
            Instant now = engine.now();
            for (String id : videoIds) {
                World.Video v = engine.world.videos.get(id);
                ObjectNode item = data.addObject();
                item.put("video_id", id);
                item.putNull("batch_id");
                item.putNull("item_index");
                if (v == null || v.deleted) {
                    item.put("status", "not_found");
                    item.putNull("error");
                } else {
                    item.put("status", Engine.statusesName(v.status(now)));
                    item.set("error", videoError(v, now));
                }
            }
            for (String id : batchIds) {
                World.Batch b = engine.world.batches.get(id);
                if (b == null) {
                    ObjectNode item = data.addObject();
                    item.put("status", "not_found");
                    item.putNull("video_id");
                    item.put("batch_id", id);
                    item.putNull("item_index");
                    item.putNull("error");
                    continue;
                }
                for (World.BatchItem i : b.items) {
                    ObjectNode item = data.addObject();
                    item.put("status", engine.itemStatus(i, now));
                    item.put("video_id", i.videoId);
                    item.put("batch_id", b.id);
                    item.put("item_index", i.index);
                    item.set("error", itemError(i, now));
                }
            }
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

    private static JsonNode videoError(World.Video v, Instant now) {
        if (!v.status(now).equals("failed")) {
            return Json.F.nullNode();
        }
        ObjectNode e = Json.object();
        e.put("code", v.failureCode);
        e.put("message", v.failureMessage);
        return e;
    }

    private JsonNode itemError(World.BatchItem i, Instant now) {
        if (i.error != null) {
            return i.error;
        }
        return i.videoId == null ? Json.F.nullNode() : videoError(engine.world.videos.get(i.videoId), now);
    }

    private Resp createBatch(Req req) {
        JsonNode body = body(req);
        JsonNode videos = body.get("videos");
        if (videos.size() < 1 || videos.size() > 100) {
            throw ApiError.invalid("videos", "a batch holds 1 to 100 videos, not " + videos.size());
        }
        String callback = Json.str(body, "callback_url");
        if (callback != null) {
            VideoRules.receiverUrl(callback, "callback_url");
        }
        synchronized (engine.world) {
            Instant now = engine.now();
            List<World.BatchItem> items = new ArrayList<>();
            for (int i = 0; i < videos.size(); i++) {
                items.add(new World.BatchItem(i, videos.get(i)));
            }
            World.Batch b = new World.Batch(engine.ids.next("batch", 32), engine.world.nextSeq(), Json.str(body, "title"), callback,
                    now, now.plusSeconds(Engine.BATCH_INTAKE_SECONDS), items);
            engine.world.batches.put(b.id, b);
            ObjectNode data = Json.object();
            data.put("batch_id", b.id);
            return Resp.json(202, Json.data(data));
        }
    }

    private Resp getBatch(Req req, String id) {
        int limit = limit(req);
        synchronized (engine.world) {
            World.Batch b = engine.world.batches.get(id);
            if (b == null) {
                throw ApiError.notFound("not_found", "batch " + id + " not found; use the batch_id returned by POST /v3/videos/batches");
            }
            Instant now = engine.now();
            Paging.Page<World.BatchItem> page = engine.paging.page(b.items, i -> i.index, "batch:" + b.id, "", limit, req.query("token"));
            ObjectNode data = Json.object();
            data.put("batch_id", b.id);
            data.put("title", b.title);
            data.put("created_at", b.createdAt.getEpochSecond());
            data.put("status", engine.batchStatus(b, now));
            data.put("total_items", b.items.size());
            data.set("counts_by_status", engine.counts(b, now));
            ArrayNode items = data.putArray("items");
            for (World.BatchItem i : page.items()) {
                ObjectNode item = items.addObject();
                item.put("item_index", i.index);
                item.put("status", engine.itemStatus(i, now));
                item.put("video_id", i.videoId);
                item.set("error", itemError(i, now));
            }
            data.put("has_more", page.hasMore());
            data.put("next_token", page.nextToken());
            return Resp.data(data);
        }
    }
}
