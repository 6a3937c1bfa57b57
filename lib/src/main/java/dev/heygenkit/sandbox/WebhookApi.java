package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import dev.heygenkit.sandbox.Http.Router;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Webhook endpoints (secrets shown only on create and rotate), event types and the event history. */
final class WebhookApi extends ApiSupport {
    /** The 30 v3 event types with a one-line description each. */
    static final Map<String, String> EVENT_TYPES = new LinkedHashMap<>();

    static {
        String[][] types = {
                {"avatar_video.success", "An avatar video finished rendering."},
                {"avatar_video.fail", "An avatar video failed to render."},
                {"avatar_video_gif.success", "The GIF preview of a video is ready."},
                {"avatar_video_gif.fail", "The GIF preview of a video could not be made."},
                {"avatar_video_caption.success", "The captioned version of a video is ready."},
                {"avatar_video_caption.fail", "The captioned version of a video could not be made."},
                {"video_translate.success", "A video translation finished."},
                {"video_translate.fail", "A video translation failed."},
                {"video_translate.preflight.validation_failed", "A video translation request failed validation."},
                {"video_translate.preflight.download_failed", "The source of a video translation could not be downloaded."},
                {"personalized_video", "A personalized video changed state."},
                {"instant_avatar.success", "An instant avatar is ready."},
                {"instant_avatar.fail", "An instant avatar could not be created."},
                {"photo_avatar_generation.success", "Photo avatar images were generated."},
                {"photo_avatar_generation.fail", "Photo avatar generation failed."},
                {"photo_avatar_train.success", "A photo avatar finished training."},
                {"photo_avatar_train.fail", "Photo avatar training failed."},
                {"photo_avatar_add_motion.success", "Motion was added to a photo avatar."},
                {"photo_avatar_add_motion.fail", "Adding motion to a photo avatar failed."},
                {"proofread_creation.success", "A translation proofread is ready."},
                {"proofread_creation.fail", "A translation proofread could not be created."},
                {"live_avatar.success", "A live avatar session finished."},
                {"live_avatar.fail", "A live avatar session failed."},
                {"video_agent.success", "A video agent finished its video."},
                {"video_agent.fail", "A video agent failed."},
                {"hyperframes_video.success", "A hyperframes video finished."},
                {"hyperframes_video.fail", "A hyperframes video failed."},
                {"ai_clipping.success", "AI clipping finished."},
                {"ai_clipping.fail", "AI clipping failed."},
                {"batch.finished", "Every item of a batch reached a final status."}};
        for (String[] t : types) {
            EVENT_TYPES.put(t[0], t[1]);
        }
    }

    private final World world;
    private final Ids ids;
    private final Paging paging;
    private final SandboxClock clock;

    WebhookApi(Services s) {
        super(s.validator());
        this.world = s.world();
        this.ids = s.ids();
        this.paging = s.paging();
        this.clock = s.clock();
    }

    @Override
    public void register(Router r) {
        r.add("POST", "/v3/webhooks/endpoints", (req, p) -> create(req));
        r.add("GET", "/v3/webhooks/endpoints", (req, p) -> list(req));
        r.add("PATCH", "/v3/webhooks/endpoints/{endpoint_id}", (req, p) -> update(req, p.get("endpoint_id")));
        r.add("DELETE", "/v3/webhooks/endpoints/{endpoint_id}", (req, p) -> delete(p.get("endpoint_id")));
        r.add("POST", "/v3/webhooks/endpoints/{endpoint_id}/rotate-secret", (req, p) -> rotate(p.get("endpoint_id")));
        r.add("GET", "/v3/webhooks/event-types", (req, p) -> types());
        r.add("GET", "/v3/webhooks/events", (req, p) -> events(req));
    }

    private String secret() {
        return "whsec_" + ids.next("secret", 40);
    }

    private static List<String> events(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        node.forEach(n -> {
            if (!out.contains(n.asText())) {
                out.add(n.asText());
            }
        });
        return List.copyOf(out);
    }

    private Resp create(Req req) {
        JsonNode body = body(req);
        String url = body.get("url").asText();
        Checks.receiverUrl(url, "url");
        Endpoint e = new Endpoint("ep_" + ids.next("endpoint", 24), world.nextSeq(), SandboxClock.iso(clock.now()),
                Json.str(body, "entity_id"), url, events(body.get("events")), secret());
        world.endpoints().put(e);
        return Resp.data(view(e, true));
    }

    private Endpoint find(String id) {
        Endpoint e = world.endpoints().get(id);
        if (e == null) {
            throw ApiError.notFound("not_found", "webhook endpoint " + id + " not found; list them with GET /v3/webhooks/endpoints");
        }
        return e;
    }

    private Resp list(Req req) {
        int limit = limit(req);
        synchronized (world) {
            List<Endpoint> all = world.endpoints().all().stream().sorted(Comparator.comparingLong(Endpoint::seq)).toList();
            return list(paging.page(all, Endpoint::seq, "endpoints", "", limit, req.query("token")), e -> view(e, false));
        }
    }

    private Resp update(Req req, String id) {
        JsonNode body = body(req);
        synchronized (world) {
            Endpoint e = find(id);
            String url = Json.str(body, "url");
            if (url != null) {
                Checks.receiverUrl(url, "url");
                e.url(url);
            }
            if (body.has("events")) {
                e.events(events(body.get("events")));
            }
            return Resp.data(view(e, false));
        }
    }

    private Resp delete(String id) {
        synchronized (world) {
            find(id);
            world.endpoints().remove(id);
        }
        ObjectNode out = Json.object();
        out.putObject("data");
        out.putNull("error");
        return Resp.ok(out);
    }

    private Resp rotate(String id) {
        synchronized (world) {
            Endpoint e = find(id);
            e.secret(secret());
            ObjectNode data = Json.object();
            data.put("endpoint_id", e.id());
            data.put("secret", e.secret());
            return Resp.data(data);
        }
    }

    private Resp types() {
        ObjectNode out = Json.object();
        ArrayNode data = out.putArray("data");
        EVENT_TYPES.forEach((type, description) -> data.addObject().put("event_type", type).put("description", description));
        out.put("has_more", false);
        out.putNull("next_token");
        return Resp.ok(out);
    }

    private Resp events(Req req) {
        int limit = limit(req);
        String type = enumQuery(req, "event_type");
        String entity = req.query("entity_id");
        synchronized (world) {
            List<Event> all = world.events().all().stream()
                    .filter(e -> type == null || e.type().equals(type))
                    .filter(e -> entity == null || entity.isEmpty() || entity.equals(e.entityId()))
                    .sorted(Comparator.comparingLong(Event::seq).reversed())
                    .toList();
            return list(paging.page(all, Event::seq, "events", type + "|" + entity, limit, req.query("token")), e -> {
                ObjectNode o = Json.object();
                o.put("event_id", e.id());
                o.put("event_type", e.type());
                o.put("created_at", e.createdAt());
                o.set("event_data", e.data());
                return o;
            });
        }
    }

    private static ObjectNode view(Endpoint e, boolean withSecret) {
        ObjectNode o = Json.object();
        o.put("endpoint_id", e.id());
        o.put("url", e.url());
        o.put("status", "enabled");
        o.put("created_at", e.createdAt());
        if (e.events() == null) {
            o.putNull("events");
        } else {
            ArrayNode ev = o.putArray("events");
            e.events().forEach(ev::add);
        }
        o.put("secret", withSecret ? e.secret() : null);
        return o;
    }
}
