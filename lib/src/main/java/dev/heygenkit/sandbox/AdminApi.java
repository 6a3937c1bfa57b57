package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Unauthenticated control endpoints under {@code /_sandbox/} for out-of-process tests: health, clock, recorded
 * requests, fault rules, webhook deliveries, reset, and the HTML page behind {@code video_page_url}.
 */
final class AdminApi {
    private AdminApi() {
    }

    static Resp handle(Engine engine, Req req) {
        try {
            return route(engine, req);
        } catch (ApiError e) {
            return Resp.error(e);
        }
    }

    private static Resp route(Engine engine, Req req) {
        String p = req.path;
        String m = req.method;
        if (m.equals("GET") && p.equals("/_sandbox/health")) {
            engine.settle();
            ObjectNode o = Json.object();
            o.put("status", "ok");
            o.put("now", Engine.iso(engine.now()));
            o.put("clock", engine.clock.manual() ? "manual" : engine.clock.speed() + "x");
            synchronized (engine.world) {
                o.put("videos", engine.world.videos.size());
                o.put("remaining_balance", engine.world.balance);
            }
            return Resp.ok(o);
        }
        if (m.equals("POST") && p.equals("/_sandbox/clock/advance")) {
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
            engine.advance(Duration.ofMillis((long) (seconds * 1000)));
            return Resp.ok(Json.object().put("now", Engine.iso(engine.now())));
        }
        if (m.equals("GET") && p.equals("/_sandbox/requests")) {
            ObjectNode out = Json.object();
            ArrayNode data = out.putArray("data");
            for (RecordedRequest r : engine.requests()) {
                ObjectNode o = data.addObject();
                o.put("method", r.method());
                o.put("path", r.path());
                o.put("query", r.query());
                o.set("headers", Json.MAPPER.valueToTree(r.headers()));
                o.put("body", r.body());
            }
            return Resp.ok(out);
        }
        if (p.equals("/_sandbox/faults")) {
            if (m.equals("POST")) {
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
                engine.addFault(f);
                return Resp.data(Json.object().put("fault", f.toString()));
            }
            if (m.equals("DELETE")) {
                engine.clearFaults();
                return Resp.data(Json.object());
            }
            if (m.equals("GET")) {
                ObjectNode out = Json.object();
                ArrayNode data = out.putArray("data");
                engine.faults().forEach(f -> data.add(f.toString()));
                return Resp.ok(out);
            }
        }
        if (m.equals("GET") && p.equals("/_sandbox/deliveries")) {
            ObjectNode out = Json.object();
            ArrayNode data = out.putArray("data");
            for (WebhookDelivery d : engine.webhooks.log()) {
                data.add(Json.MAPPER.valueToTree(Map.of("event_id", d.eventId(), "event_type", d.eventType(), "url", d.url(),
                        "signed", d.signed(), "attempt", d.attempt(), "status", d.status(), "error", d.error() == null ? "" : d.error())));
            }
            return Resp.ok(out);
        }
        if (m.equals("POST") && p.equals("/_sandbox/reset")) {
            engine.reset();
            return Resp.data(Json.object().put("reset", true));
        }
        if (m.equals("GET") && p.startsWith("/_sandbox/videos/")) {
            return page(engine, p.substring("/_sandbox/videos/".length()));
        }
        return Resp.error(ApiError.notFound("not_found", "no sandbox admin endpoint " + m + " " + p
                + "; see GET /_sandbox/health, POST /_sandbox/clock/advance, GET /_sandbox/requests, POST /_sandbox/faults, POST /_sandbox/reset"));
    }

    private static Resp page(Engine engine, String id) {
        engine.settle();
        String html;
        synchronized (engine.world) {
            World.Video v = engine.world.videos.get(id);
            if (v == null || v.deleted) {
                return new Resp(404, "text/html; charset=utf-8", "<!doctype html><title>Not found</title><p>No such sandbox video.</p>"
                        .getBytes(StandardCharsets.UTF_8));
            }
            ObjectNode j = engine.videoJson(v, engine.now());
            String title = esc(v.plan.title() == null ? "Untitled sandbox video" : v.plan.title());
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
            html = b.append("</body></html>").toString();
        }
        return new Resp(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
