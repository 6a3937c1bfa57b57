package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.internal.media.Cue;
import dev.heygenkit.sandbox.Catalog.Look;
import dev.heygenkit.sandbox.Catalog.Voice;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules of whoever speaks in a video, wherever that input sits (the body of an avatar or image video, a studio
 * scene's input, a narrated still): the look and its engine, motion prompt and expressiveness, exactly one audio
 * source, the script and its pauses, the voice and its settings. A new speaker field or voice setting goes here.
 */
final class SpeakerRules {
    static final int SCRIPT_LIMIT = 5000;
    private static final List<String> AUDIO_SOURCES = List.of("script", "audio_url", "audio_asset_id");

    /** What a speaker says: when it ends, its caption cues, a too-long script's failure message and the voice used. */
    record Narration(double end, List<Cue> cues, String tooLong, String voiceId) {
    }

    private final Catalog catalog;
    private final AssetRules assets;
    private final Ids ids;

    SpeakerRules(Catalog catalog, AssetRules assets, Ids ids) {
        this.catalog = catalog;
        this.assets = assets;
        this.ids = ids;
    }

    /** A ready look; a group id or an unknown id is a 400 that says what to pass instead. */
    Look look(String id, String param) {
        Look look = catalog.look(id);
        if (look == null) {
            Catalog.Group g = catalog.group(id);
            if (g != null) {
                List<String> looks = catalog.looksOf(g.id()).stream().map(Look::id).toList();
                throw ApiError.invalid(param, id + " is an avatar group id, not a look id; pass one of its looks (" + String.join(", ", looks)
                        + "), listed by GET /v3/avatars/looks?group_id=" + id);
            }
            throw ApiError.invalid(param, "avatar look " + id + " not found; list look ids with GET /v3/avatars/looks (for example anna)");
        }
        if (!look.ready()) {
            throw ApiError.invalid(param, "look " + id + " is still " + look.status() + "; wait until GET /v3/avatars/looks/" + id + " shows status completed");
        }
        return look;
    }

    /** The engine an avatar input renders with (avatar_iv when omitted), which the look must support. */
    String engine(JsonNode input, Look look, Scope at) {
        JsonNode e = input.get("engine");
        boolean explicit = e != null && !e.isNull();
        String engine = explicit ? e.path("type").asText() : "avatar_iv";
        if (!look.engines().contains(engine)) {
            throw ApiError.invalid(at.param(explicit ? "engine.type" : "engine"), "look " + look.id() + " does not support " + engine
                    + (explicit ? "" : " (the default when engine is omitted)") + "; use engine {\"type\":\"" + look.engines().get(0)
                    + "\"} (supported: " + String.join(", ", look.engines()) + ")");
        }
        if (engine.equals("avatar_v") && Json.present(e, "reference_look_id")) {
            String ref = Json.str(e, "reference_look_id");
            Look r = catalog.look(ref);
            if (r == null || !r.groupId().equals(look.groupId())) {
                throw ApiError.invalid(at.param("engine.reference_look_id"), "reference_look_id " + ref + " is not a look in group " + look.groupId()
                        + "; pick a sibling from GET /v3/avatars/looks?group_id=" + look.groupId() + " or omit it");
            }
        }
        return engine;
    }

    /** Motion prompt and expressiveness against the look type and engine; 4k photo avatars need Avatar IV. */
    void avatarOptions(JsonNode input, Look look, String engine, Scope at) {
        String motion = Json.str(input, "motion_prompt");
        if (motion != null) {
            if (engine.equals("avatar_iii")) {
                throw ApiError.invalid(at.param("motion_prompt"), "motion_prompt is not supported with avatar_iii; use avatar_iv or avatar_v, or drop motion_prompt");
            }
            if (!look.isPhoto() && !engine.equals("avatar_v")) {
                throw ApiError.invalid(at.param("motion_prompt"), "motion_prompt on video avatars like " + look.id() + " (" + look.avatarType()
                        + ") needs engine avatar_v; set engine {\"type\":\"avatar_v\"} or drop motion_prompt");
            }
        }
        if (Json.present(input, "expressiveness")) {
            if (!look.isPhoto()) {
                throw ApiError.invalid(at.param("expressiveness"), "expressiveness applies to photo avatars only; " + look.id() + " is a " + look.avatarType() + ", so drop it");
            }
            if (!engine.equals("avatar_iv")) {
                throw ApiError.invalid(at.param("expressiveness"), "expressiveness works with avatar_iv only, not " + engine + "; drop it or use engine avatar_iv");
            }
        }
        if (at.top() && "4k".equals(Json.str(input, "resolution")) && look.isPhoto() && engine.equals("avatar_iii")) {
            throw ApiError.invalid(at.param("resolution"), "4k is not available for photo avatars on avatar_iii; use 1080p or engine avatar_iv");
        }
    }

    /** Image input has no look, so no default voice: a script needs voice_id. */
    void voiceRequiredForImage(JsonNode input, Scope at) {
        if (Json.present(input, "script") && !Json.present(input, "voice_id")) {
            throw ApiError.invalid(at.param("voice_id"), "voice_id is required with script for image input (there is no default voice without a look); pick one from GET /v3/voices");
        }
    }

    /** How many of script, audio_url and audio_asset_id an input gives. */
    static int audioSources(JsonNode input) {
        return (int) AUDIO_SOURCES.stream().filter(f -> Json.present(input, f)).count();
    }

    /** Checks the voice (the look's default when omitted) and the one audio source, and times what is said from {@code start}. */
    Narration narrate(JsonNode input, Look look, Scope at, double start) {
        Voice voice = voice(input, look, at);
        List<String> given = AUDIO_SOURCES.stream().filter(f -> Json.present(input, f)).toList();
        if (given.isEmpty()) {
            throw ApiError.invalid(at.param("script"), "give exactly one audio source: script (with voice_id), audio_url or audio_asset_id");
        }
        if (given.size() > 1) {
            throw ApiError.invalid(at.param(given.get(1)), given.get(0) + " and " + given.get(1) + " are mutually exclusive; send exactly one audio source");
        }
        String voiceId = voice == null ? null : voice.id();
        switch (given.get(0)) {
            case "script" -> {
                return script(input, voice, at, start);
            }
            case "audio_url" -> {
                String url = input.get("audio_url").asText();
                Checks.httpUrl(url, at.param("audio_url"));
                double seconds = 5 + Math.floor(ids.unit("audio", url) * 2500) / 100.0;
                double end = Speech.round(start + seconds);
                return new Narration(end, List.of(new Cue(start, end, "[audio from URL]")), null, voiceId);
            }
            default -> {
                Asset a = assets.asset(input.get("audio_asset_id").asText(), at.param("audio_asset_id"), "audio");
                double end = Speech.round(start + Math.max(0.5, Sniff.audioSeconds(a.bytes(), a.mime())));
                return new Narration(end, List.of(new Cue(start, end, "[audio " + a.name() + "]")), null, voiceId);
            }
        }
    }

    private Narration script(JsonNode input, Voice voice, Scope at, double start) {
        String script = input.get("script").asText();
        if (script.isBlank()) {
            throw ApiError.invalid(at.param("script"), "script is empty; write what the avatar says");
        }
        String problem = Speech.breakProblem(script);
        if (problem != null) {
            throw ApiError.invalid(at.param("script"), problem);
        }
        double speed = voiceSettings(input, voice, at);
        Speech.Spoken spoken = Speech.speak(script, speed, voice.supportPause(), start);
        String tooLong = script.length() > SCRIPT_LIMIT ? "Script too long for selected avatar: " + script.length()
                + " characters, the sandbox allows " + SCRIPT_LIMIT + "; shorten it or split it into studio scenes" : null;
        double end = Math.max(spoken.end(), Speech.round(start + 0.5));
        return new Narration(end, spoken.cues(), tooLong, voice.id());
    }

    /** The voice that says the script, or null when there is no script. */
    private Voice voice(JsonNode input, Look look, Scope at) {
        if (!Json.present(input, "script")) {
            return null;
        }
        String id = Json.str(input, "voice_id");
        if (id == null) {
            id = look == null ? null : look.defaultVoiceId();
            if (id == null) {
                String gender = look == null || look.gender() == null ? "" : "gender=" + look.gender() + "&";
                throw ApiError.invalid(at.param("voice_id"), (look == null ? "voice_id is required with script"
                        : "look " + look.id() + " has no default voice") + "; pass voice_id, e.g. one from GET /v3/voices?" + gender + "language=English");
            }
        }
        Voice v = catalog.voice(id);
        if (v == null) {
            throw ApiError.invalid(at.param("voice_id"), "voice_id " + id + " is not a voice the sandbox knows (not found); list voices with GET /v3/voices");
        }
        if (!v.ready()) {
            throw ApiError.invalid(at.param("voice_id"), "voice " + id + " is still processing; wait until GET /v3/voices/" + id + " shows status complete");
        }
        return v;
    }

    /** Checks voice_settings and returns the speaking speed (1.0 when unset). */
    private static double voiceSettings(JsonNode input, Voice voice, Scope at) {
        JsonNode vs = input.get("voice_settings");
        if (vs == null || vs.isNull()) {
            return 1.0;
        }
        Scope in = at.in("voice_settings.");
        double speed = vs.path("speed").asDouble(1.0);
        Checks.range(speed, 0.5, 1.5, in.param("speed"), "voice speed");
        Checks.range(vs.path("pitch").asDouble(0), -50, 50, in.param("pitch"), "pitch (semitones)");
        Checks.range(vs.path("volume").asDouble(1), 0, 1, in.param("volume"), "volume");
        JsonNode es = vs.get("engine_settings");
        if (es != null && !es.isNull()) {
            String engine = es.path("engine_type").asText();
            if (!voice.engines().contains(engine)) {
                throw ApiError.invalid(in.param("engine_settings.engine_type"), "voice " + voice.id() + " does not run on " + engine
                        + "; use engine_settings for " + String.join(" or ", voice.engines()) + ", or drop engine_settings");
            }
        }
        return speed;
    }
}
