package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.internal.media.Cue;
import dev.heygenkit.sandbox.Catalog.Group;
import dev.heygenkit.sandbox.Catalog.Look;
import dev.heygenkit.sandbox.Catalog.Voice;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import dev.heygenkit.sandbox.Http.Router;

import java.util.List;
import java.util.Locale;

/** Avatar groups and looks, voices, text-to-speech and the account (users/me). */
final class CatalogApi extends ApiSupport {
    private final Catalog catalog;
    private final CatalogViews views;
    private final Paging paging;
    private final Ids ids;
    private final Urls urls;
    private final World world;

    CatalogApi(Services s) {
        super(s.validator());
        this.catalog = s.catalog();
        this.views = s.catalogViews();
        this.paging = s.paging();
        this.ids = s.ids();
        this.urls = s.urls();
        this.world = s.world();
    }

    @Override
    public void register(Router r) {
        r.add("GET", "/v3/avatars", (req, p) -> groups(req));
        r.add("GET", "/v3/avatars/looks", (req, p) -> looks(req));
        r.add("GET", "/v3/avatars/looks/{look_id}", (req, p) -> look(p.get("look_id")));
        r.add("GET", "/v3/avatars/{group_id}", (req, p) -> group(p.get("group_id")));
        r.add("GET", "/v3/voices", (req, p) -> voices(req));
        r.add("GET", "/v3/voices/{voice_id}", (req, p) -> voice(p.get("voice_id")));
        r.add("POST", "/v3/voices/speech", (req, p) -> speech(req));
        r.add("GET", "/v3/users/me", (req, p) -> me());
    }

    private Resp groups(Req req) {
        int limit = limit(req);
        String ownership = enumQuery(req, "ownership");
        List<Group> all = catalog.groups().stream()
                .filter(g -> ownership == null || g.isPrivate() == ownership.equals("private")).toList();
        Paging.Page<Group> page = paging.page(all, g -> catalog.groups().indexOf(g), "groups", String.valueOf(ownership), limit, req.query("token"));
        return list(page, g -> views.group(g));
    }

    private Resp group(String id) {
        Group g = catalog.group(id);
        if (g == null) {
            String hint = catalog.look(id) != null ? "; " + id + " is a look id, read it with GET /v3/avatars/looks/" + id
                    : "; list groups with GET /v3/avatars";
            throw ApiError.notFound("avatar_not_found", "avatar group " + id + " not found" + hint);
        }
        return Resp.data(views.group(g));
    }

    private Resp looks(Req req) {
        int limit = limit(req);
        String group = req.query("group_id");
        String type = enumQuery(req, "avatar_type");
        String ownership = enumQuery(req, "ownership");
        List<Look> all = catalog.looks().stream()
                .filter(l -> group == null || group.isEmpty() || l.groupId().equals(group))
                .filter(l -> type == null || l.avatarType().equals(type))
                .filter(l -> ownership == null || l.isPrivate() == ownership.equals("private"))
                .toList();
        Paging.Page<Look> page = paging.page(all, l -> catalog.looks().indexOf(l), "looks", group + "|" + type + "|" + ownership,
                limit, req.query("token"));
        return list(page, l -> views.look(l));
    }

    private Resp look(String id) {
        Look l = catalog.look(id);
        if (l == null) {
            String hint = catalog.group(id) != null ? "; " + id + " is an avatar group id, list its looks with GET /v3/avatars/looks?group_id=" + id
                    : "; list looks with GET /v3/avatars/looks";
            throw ApiError.notFound("avatar_not_found", "avatar look " + id + " not found" + hint);
        }
        return Resp.data(views.look(l));
    }

    private Resp voices(Req req) {
        int limit = limit(req);
        String type = enumQuery(req, "type");
        String wantType = type == null ? "public" : type;
        String engineName = req.query("engine");
        String language = req.query("language");
        String gender = req.query("gender");
        List<Voice> all = catalog.voices().stream()
                .filter(v -> v.type().equals(wantType))
                .filter(v -> engineName == null || engineName.isEmpty() || v.engines().contains(engineName.toLowerCase(Locale.ROOT)))
                .filter(v -> language == null || language.isEmpty() || v.language().equalsIgnoreCase(language))
                .filter(v -> gender == null || gender.isEmpty() || v.gender().equalsIgnoreCase(gender))
                .toList();
        Paging.Page<Voice> page = paging.page(all, v -> catalog.voices().indexOf(v), "voices",
                wantType + "|" + engineName + "|" + language + "|" + gender, limit, req.query("token"));
        return list(page, v -> views.voiceListed(v));
    }

    private Resp voice(String id) {
        Voice v = catalog.voice(id);
        if (v == null) {
            throw ApiError.notFound("voice_not_found", "voice " + id + " not found; list voices with GET /v3/voices (private clones: ?type=private)");
        }
        return Resp.data(views.voice(v));
    }

    private Resp speech(Req req) {
        JsonNode body = body(req);
        String text = body.get("text").asText();
        if (text.isEmpty() || text.length() > 5000) {
            throw ApiError.invalid("text", "text must be 1 to 5000 characters, not " + text.length());
        }
        String inputType = body.path("input_type").asText("text");
        if (!inputType.equals("text") && !inputType.equals("ssml")) {
            throw ApiError.invalid("input_type", "input_type \"" + inputType + "\" is not allowed; use text or ssml");
        }
        double speed = body.path("speed").asDouble(1);
        Checks.range(speed, 0.5, 2.0, "speed", "speech speed");
        String id = body.get("voice_id").asText();
        Voice v = catalog.voice(id);
        if (v == null) {
            throw ApiError.invalid("voice_id", "voice_id " + id + " is not a voice the sandbox knows (not found); list starfish voices with GET /v3/voices?engine=starfish");
        }
        if (!v.engines().contains("starfish")) {
            throw ApiError.invalid("voice_id", "voice " + id + " does not support the starfish engine that speech needs; pick one from GET /v3/voices?engine=starfish");
        }
        if (!v.ready()) {
            throw ApiError.invalid("voice_id", "voice " + id + " is still processing; wait until GET /v3/voices/" + id + " shows status complete");
        }
        String problem = Speech.breakProblem(text);
        if (problem != null) {
            throw ApiError.invalid("text", problem.replaceFirst("^script", "text"));
        }
        Speech.Spoken spoken = Speech.speak(text, speed, v.supportPause(), 0);
        double duration = Math.max(0.5, spoken.end());
        String clipId = ids.next("speech", 24);
        world.speech().put(new SpeechClip(clipId, v.id(), v.gender(), duration, spoken.words()));
        ObjectNode data = Json.object();
        data.put("audio_url", urls.signed("/_media/speech/" + clipId + ".wav"));
        data.put("duration", duration);
        data.put("request_id", "speech_" + clipId);
        ArrayNode words = data.putArray("word_timestamps");
        for (Cue w : spoken.words()) {
            ObjectNode o = words.addObject();
            o.put("word", w.text());
            o.put("start", w.start());
            o.put("end", w.end());
        }
        return Resp.data(data);
    }

    private Resp me() {
        double balance = world.balance();
        ObjectNode data = Json.object();
        data.put("username", "sandbox");
        data.put("email", "sandbox@heygen-kit.invalid");
        data.put("first_name", "Sandbox");
        data.put("last_name", "User");
        data.put("billing_type", "wallet");
        ObjectNode wallet = data.putObject("wallet");
        wallet.put("currency", "usd");
        wallet.put("remaining_balance", balance);
        ObjectNode reload = wallet.putObject("auto_reload");
        reload.put("enabled", false);
        reload.putNull("amount_usd");
        reload.putNull("threshold_usd");
        data.putNull("subscription");
        data.putNull("usage_based");
        return Resp.data(data);
    }
}
