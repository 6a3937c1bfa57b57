package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import dev.heygenkit.sandbox.Http.Router;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Videos: create (four modes), get, list and delete. */
final class VideoApi extends ApiSupport {
    private final World world;
    private final SandboxClock clock;
    private final Paging paging;
    private final VideoRules rules;
    private final Renders renders;
    private final VideoViews views;
    private final MediaStore media;

    VideoApi(Services s) {
        super(s.validator());
        this.world = s.world();
        this.clock = s.clock();
        this.paging = s.paging();
        this.rules = s.rules();
        this.renders = s.renders();
        this.views = s.videoViews();
        this.media = s.media();
    }

    @Override
    public void register(Router r) {
        r.add("POST", "/v3/videos", (req, p) -> create(req));
        r.add("GET", "/v3/videos", (req, p) -> list(req));
        r.add("GET", "/v3/videos/{video_id}", (req, p) -> get(p.get("video_id")));
        r.add("DELETE", "/v3/videos/{video_id}", (req, p) -> delete(p.get("video_id")));
    }

    private Resp create(Req req) {
        JsonNode body = body(req);
        Plan plan = rules.plan(body, "");
        VideoJob v = renders.submit(plan, clock.now(), null, null);
        ObjectNode data = Json.object();
        data.put("video_id", v.id());
        data.put("status", "waiting");
        data.put("output_format", plan.outputFormat());
        return Resp.data(data).header(VideoViews.RENDER_HEADER, VideoViews.renderSeconds(List.of(v)));
    }

    private VideoJob find(String id) {
        VideoJob v = world.liveVideo(id);
        if (v == null) {
            throw ApiError.notFound("video_not_found", "video " + id + " not found; it may have been deleted, or list yours with GET /v3/videos");
        }
        return v;
    }

    private Resp get(String id) {
        synchronized (world) {
            VideoJob v = find(id);
            return Resp.data(views.video(v, clock.now())).header(VideoViews.RENDER_HEADER, VideoViews.renderSeconds(List.of(v)));
        }
    }

    private Resp delete(String id) {
        synchronized (world) {
            VideoJob v = find(id);
            v.delete();
            media.forget(v.id());
            ObjectNode data = Json.object();
            data.put("id", v.id());
            data.put("deleted", true);
            return Resp.data(data);
        }
    }

    private Resp list(Req req) {
        int limit = limit(req);
        String folder = req.query("folder_id");
        String title = req.query("title");
        synchronized (world) {
            Instant now = clock.now();
            List<VideoJob> videos = world.videos().all().stream()
                    .filter(v -> !v.deleted())
                    .filter(v -> folder == null || folder.isEmpty())
                    .filter(v -> title == null || (v.plan().title() != null
                            && v.plan().title().toLowerCase(Locale.ROOT).contains(title.toLowerCase(Locale.ROOT))))
                    .sorted(Comparator.comparingLong(VideoJob::seq).reversed())
                    .toList();
            Paging.Page<VideoJob> page = paging.page(videos, VideoJob::seq, "videos", folder + "|" + title, limit, req.query("token"));
            return list(page, v -> views.video(v, now));
        }
    }
}
