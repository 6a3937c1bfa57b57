package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import dev.heygenkit.sandbox.Http.Router;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Unauthenticated control endpoints under {@code /_sandbox/} for out-of-process tests: health, clock, recorded
 * requests, fault rules, webhook deliveries, reset, and the HTML page behind {@code video_page_url}. They live on
 * their own router, which {@link Pipeline} consults before recording, faults and auth.
 */
final class AdminApi implements Api {
    private final Clockwork clockwork;
    private final SandboxClock clock;
    private final World world;
    private final Recorder recorder;
    private final Faults faults;
    private final Webhooks webhooks;
    private final VideoViews views;
    private final Runnable reset;

    /** {@code reset} forgets all state, as {@code POST /_sandbox/reset} promises. */
    AdminApi(Services s, Runnable reset) {
        this.clockwork = s.clockwork();
        this.clock = s.clock();
        this.world = s.world();
        this.recorder = s.recorder();
        this.faults = s.faults();
        this.webhooks = s.webhooks();
        this.views = s.videoViews();
        this.reset = reset;
    }

    @Override
    public void register(Router r) {
        r.add("GET", "/_sandbox/health", (req, p) -> health());
        r.add("POST", "/_sandbox/clock/advance", (req, p) -> advance(req));
        r.add("GET", "/_sandbox/requests", (req, p) -> requests());
        r.add("GET", "/_sandbox/faults", (req, p) -> faults());
        r.add("POST", "/_sandbox/faults", (req, p) -> addFault(req));
        r.add("DELETE", "/_sandbox/faults", (req, p) -> clearFaults());
        r.add("GET", "/_sandbox/deliveries", (req, p) -> deliveries());
        r.add("POST", "/_sandbox/reset", (req, p) -> reset());
        r.add("GET", "/_sandbox/videos/{video_id}", (req, p) -> page(p.get("video_id")));
    }

    private Resp health() {
        clockwork.settle();
        ObjectNode o = Json.object();
        o.put("status", "ok");
        o.put("now", SandboxClock.iso(clock.now()));
        o.put("clock", clock.describe());
        o.put("videos", world.videos().size());
        o.put("remaining_balance", world.balance());
        return Resp.ok(o);
    }

    private Resp advance(Req req) {
        String raw = req.query("seconds");
        double seconds;
        try {
            seconds = Double.parseDouble(raw);
        } catch (RuntimeException e) {
            throw ApiError.invalid("seconds", "pass seconds=N (a non-negative number) to advance the sandbox clock");
        }
        if (seconds < 0) {
            throw ApiError.invalid("seconds", "the sandbox clock only moves forward; seconds " + raw + " is negative");
        }
        clockwork.advance(Duration.ofMillis((long) (seconds * 1000)));
        return Resp.ok(Json.object().put("now", SandboxClock.iso(clock.now())));
    }

    private Resp requests() {
        ObjectNode out = Json.object();
        ArrayNode data = out.putArray("data");
        for (RecordedRequest r : recorder.requests()) {
            ObjectNode o = data.addObject();
            o.put("method", r.method());
            o.put("path", r.path());
            o.put("query", r.query());
            o.set("headers", Json.MAPPER.valueToTree(r.headers()));
            o.put("body", r.body());
        }
        return Resp.ok(out);
    }

    private Resp faults() {
        ObjectNode out = Json.object();
        ArrayNode data = out.putArray("data");
        faults.list().forEach(f -> data.add(f.toString()));
        return Resp.ok(out);
    }

    /** {@code {"fault":"502","method":"GET","path":"/v3/users/me","times":2}} or {@code "always":true}. */
    private Resp addFault(Req req) {
        JsonNode rule = req.json();
        Fault f;
        try {
            f = Fault.parse(Json.str(rule, "fault"));
            if (Json.present(rule, "method") || Json.present(rule, "path")) {
                f = f.on(Json.str(rule, "method"), Json.str(rule, "path"));
            }
            f = rule.path("always").asBoolean(false) ? f.always() : f.times(rule.path("times").asInt(1));
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid("fault", e.getMessage());
        }
        faults.add(f);
        return Resp.data(Json.object().put("fault", f.toString()));
    }

    private Resp clearFaults() {
        faults.clear();
        return Resp.data(Json.object());
    }

    private Resp deliveries() {
        ObjectNode out = Json.object();
        ArrayNode data = out.putArray("data");
        for (WebhookDelivery d : webhooks.log()) {
            data.add(Json.MAPPER.valueToTree(Map.of("event_id", d.eventId(), "event_type", d.eventType(), "url", d.url(),
                    "signed", d.signed(), "attempt", d.attempt(), "status", d.status(), "error", d.error() == null ? "" : d.error())));
        }
        return Resp.ok(out);
    }

    private Resp reset() {
        reset.run();
        return Resp.data(Json.object().put("reset", true));
    }

    private Resp page(String id) {
        clockwork.settle();
        ObjectNode j;
        String title;
        synchronized (world) {
            VideoJob v = world.liveVideo(id);
            if (v == null) {
                return new Resp(404, "text/html; charset=utf-8", "<!doctype html><title>Not found</title><p>No such sandbox video.</p>"
                        .getBytes(StandardCharsets.UTF_8));
            }
            j = views.video(v, clock.now());
            title = esc(v.plan().title() == null ? "Untitled sandbox video" : v.plan().title());
        }
        StringBuilder b = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>").append(title)
                .append("</title></head><body style=\"font-family:sans-serif;max-width:720px;margin:2em auto\"><h1>").append(title)
                .append("</h1><p>Status: <b>").append(esc(j.get("status").asText())).append("</b> (HeyGen sandbox)</p>");
        if (j.hasNonNull("video_url")) {
            b.append("<video controls width=\"100%\" src=\"").append(esc(j.get("video_url").asText())).append("\"></video>")
                    .append("<p>").append(j.get("duration").asText()).append(" s &middot; <a href=\"")
                    .append(esc(j.get("subtitle_url").asText())).append("\">subtitles</a></p>");
        } else if (j.hasNonNull("failure_message")) {
            b.append("<p>").append(esc(j.get("failure_code").asText())).append(": ").append(esc(j.get("failure_message").asText())).append("</p>");
        }
        return new Resp(200, "text/html; charset=utf-8", b.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
