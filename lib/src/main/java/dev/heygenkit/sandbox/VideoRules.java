package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.sandbox.Fixtures.Look;
import dev.heygenkit.sandbox.Fixtures.Voice;
import dev.heygenkit.sandbox.Plan.ShotPlan;
import dev.heygenkit.sandbox.Plan.Visual;
import dev.heygenkit.internal.media.Cue;

import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of POST /v3/videos that the schema cannot express (audio-source exclusivity, look-type and engine
 * rules, webm versus background, scene limits, unknown ids), applied to a schema-valid body with defaults filled.
 * A body that passes becomes a {@link Plan}; the first broken rule becomes a 400 with the JSON path in {@code param}.
 */
final class VideoRules {
    static final int SCRIPT_LIMIT = 5000;
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern HEX6 = Pattern.compile("#[0-9a-fA-F]{6}");

    private final Function<String, World.Asset> assets;
    private final Ids ids;

    VideoRules(Function<String, World.Asset> assets, Ids ids) {
        this.assets = assets;
        this.ids = ids;
    }

    /** Checks a create body ({@code at} prefixes every param, e.g. {@code videos[3].}) and plans its render. */
    Plan plan(JsonNode body, String at) {
        String type = body.path("type").asText();
        return switch (type) {
            case "avatar" -> single(body, at, true);
            case "image" -> single(body, at, false);
            case "cinematic_avatar" -> cinematic(body, at);
            case "studio" -> studio(body, at);
            default -> throw ApiError.invalid(at + "type", "type \"" + type + "\" is not a create mode; use avatar, image, cinematic_avatar or studio");
        };
    }

    // ---- avatar and image modes -------------------------------------------------------------------------------

    private Plan single(JsonNode body, String at, boolean avatar) {
        Look look = avatar ? look(Json.str(body, "avatar_id"), at + "avatar_id") : null;
        String engine = avatar ? engine(body, look, at) : "avatar_iv";
        String format = body.path("output_format").asText("mp4");
        if (avatar) {
            lookRules(body, look, engine, at, "");
        } else {
            imageInputRules(body, at, "");
            checkAsset(body.get("image"), at + "image", "image");
        }
        if (format.equals("webm")) {
            if (Json.present(body, "background")) {
                throw ApiError.invalid(at + "background", "a webm (transparent) video cannot have a background; drop background or use output_format mp4");
            }
            if (look != null && !look.matting()) {
                throw ApiError.invalid(at + "output_format", "look " + look.id() + " was not trained with matting, so it cannot render transparent webm; use mp4 or a look like anna");
            }
        }
        if (look != null && body.path("remove_background").asBoolean(false) && !look.isPhoto() && !look.matting()) {
            throw ApiError.invalid(at + "remove_background", "look " + look.id() + " was not trained with matting, so remove_background is not available; drop it or use a look like anna");
        }
        String bgHex = null;
        Visual backdrop = null;
        JsonNode bg = body.get("background");
        if (bg != null && !bg.isNull()) {
            if (bg.path("type").asText().equals("color")) {
                String value = Json.str(bg, "value");
                if (value == null) {
                    throw ApiError.invalid(at + "background.value", "a color background needs value, a hex colour like #0A84FF");
                }
                hex(value, at + "background.value", false);
                if (Json.present(bg, "url") || Json.present(bg, "asset_id")) {
                    throw ApiError.invalid(at + "background", "url and asset_id belong to image backgrounds; a color background takes only value");
                }
                bgHex = normaliseHex(value);
            } else {
                boolean url = Json.present(bg, "url");
                boolean asset = Json.present(bg, "asset_id");
                if (url == asset) {
                    throw ApiError.invalid(at + "background", "an image background needs exactly one of url or asset_id");
                }
                if (asset) {
                    World.Asset a = asset(Json.str(bg, "asset_id"), at + "background.asset_id", "image");
                    backdrop = Visual.asset(a.id);
                } else {
                    httpUrl(Json.str(bg, "url"), at + "background.url");
                    backdrop = Visual.generated("bg:" + Json.str(bg, "url"));
                }
            }
        }
        callbackRules(body, at);
        watermarkRules(body, at);
        String aspect = body.path("aspect_ratio").isNull() || !body.has("aspect_ratio") ? "16:9" : body.get("aspect_ratio").asText();
        int[] size = size(aspect, look == null ? orientationOf(body.get("image")) : look.orientation());
        Voice voice = voiceFor(body, look, at, "");
        Audio audio = audio(body, voice, at, "", 0);
        Visual portrait = look != null ? Visual.look(look.id()) : visualOf(body.get("image"));
        String label = look != null ? look.name() : "photo";
        ShotPlan shot = new ShotPlan(0, audio.end, avatar ? "avatar" : "photo", label, portrait, backdrop, bgHex, audio.cues,
                voice == null ? null : voice.id());
        return finish(body, avatar ? "avatar" : "image", size, List.of(shot), audio.end, audio.tooLong);
    }

    private void lookRules(JsonNode input, Look look, String engine, String at, String in) {
        String motion = Json.str(input, "motion_prompt");
        if (motion != null) {
            if (engine.equals("avatar_iii")) {
                throw ApiError.invalid(at + in + "motion_prompt", "motion_prompt is not supported with avatar_iii; use avatar_iv or avatar_v, or drop motion_prompt");
            }
            if (!look.isPhoto() && !engine.equals("avatar_v")) {
                throw ApiError.invalid(at + in + "motion_prompt", "motion_prompt on video avatars like " + look.id() + " (" + look.avatarType()
                        + ") needs engine avatar_v; set engine {\"type\":\"avatar_v\"} or drop motion_prompt");
            }
        }
        if (Json.present(input, "expressiveness")) {
            if (!look.isPhoto()) {
                throw ApiError.invalid(at + in + "expressiveness", "expressiveness applies to photo avatars only; " + look.id() + " is a " + look.avatarType() + ", so drop it");
            }
            if (!engine.equals("avatar_iv")) {
                throw ApiError.invalid(at + in + "expressiveness", "expressiveness works with avatar_iv only, not " + engine + "; drop it or use engine avatar_iv");
            }
        }
        if (in.isEmpty() && "4k".equals(Json.str(input, "resolution")) && look.isPhoto() && engine.equals("avatar_iii")) {
            throw ApiError.invalid(at + "resolution", "4k is not available for photo avatars on avatar_iii; use 1080p or engine avatar_iv");
        }
    }

    private void imageInputRules(JsonNode input, String at, String in) {
        if (Json.present(input, "script") && !Json.present(input, "voice_id")) {
            throw ApiError.invalid(at + in + "voice_id", "voice_id is required with script for image input (there is no default voice without a look); pick one from GET /v3/voices");
        }
    }

    private String engine(JsonNode input, Look look, String at) {
        JsonNode e = input.get("engine");
        boolean explicit = e != null && !e.isNull();
        String engine = explicit ? e.path("type").asText() : "avatar_iv";
        if (!look.engines().contains(engine)) {
            throw ApiError.invalid(at + (explicit ? "engine.type" : "engine"), "look " + look.id() + " does not support " + engine
                    + (explicit ? "" : " (the default when engine is omitted)") + "; use engine {\"type\":\"" + look.engines().get(0)
                    + "\"} (supported: " + String.join(", ", look.engines()) + ")");
        }
        if (engine.equals("avatar_v") && Json.present(e, "reference_look_id")) {
            String ref = Json.str(e, "reference_look_id");
            Look r = Fixtures.CATALOGUE.look(ref);
            if (r == null || !r.groupId().equals(look.groupId())) {
                throw ApiError.invalid(at + "engine.reference_look_id", "reference_look_id " + ref + " is not a look in group " + look.groupId()
                        + "; pick a sibling from GET /v3/avatars/looks?group_id=" + look.groupId() + " or omit it");
            }
        }
        return engine;
    }

    // ---- cinematic ----------------------------------------------------------------------------------------------

    private Plan cinematic(JsonNode body, String at) {
        JsonNode ids = body.get("avatar_id");
        if (ids.size() < 1 || ids.size() > 3) {
            throw ApiError.invalid(at + "avatar_id", "cinematic_avatar takes 1 to 3 look ids in avatar_id, not " + ids.size());
        }
        List<Look> looks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            looks.add(look(ids.get(i).asText(), at + "avatar_id[" + i + "]"));
        }
        String aspect = body.path("aspect_ratio").asText("16:9");
        if (!List.of("16:9", "9:16", "1:1").contains(aspect)) {
            throw ApiError.invalid(at + "aspect_ratio", "cinematic_avatar supports aspect_ratio 16:9, 9:16 or 1:1, not " + aspect);
        }
        boolean auto = body.path("auto_duration").asBoolean(false);
        JsonNode d = body.get("duration");
        double seconds;
        if (d != null && !d.isNull()) {
            if (auto) {
                throw ApiError.invalid(at + "duration", "omit duration when auto_duration is true (the model picks the length)");
            }
            if (d.asInt() < 4 || d.asInt() > 15) {
                throw ApiError.invalid(at + "duration", "duration " + d.asInt() + " is out of range; cinematic videos last 4 to 15 seconds");
            }
            seconds = d.asInt();
        } else {
            seconds = auto ? 6 + Math.floor(this.ids.unit("auto", body.path("prompt").asText()) * 8) : 10;
        }
        if (body.path("prompt").asText().isBlank()) {
            throw ApiError.invalid(at + "prompt", "prompt is empty; describe the scene to generate");
        }
        int videos = 0;
        int images = looks.size();
        JsonNode refs = body.get("references");
        if (refs != null && !refs.isNull()) {
            for (int i = 0; i < refs.size(); i++) {
                String kind = checkAsset(refs.get(i), at + "references[" + i + "]", null);
                if (kind.equals("video")) {
                    videos++;
                } else if (kind.equals("image")) {
                    images++;
                }
            }
        }
        if (videos > 3) {
            throw ApiError.invalid(at + "references", "cinematic_avatar allows at most 3 video references, got " + videos);
        }
        if (images > 9) {
            throw ApiError.invalid(at + "references", "cinematic_avatar allows at most 9 images including the looks, got " + images);
        }
        int[] size = size(aspect, null);
        String prompt = body.get("prompt").asText();
        List<Cue> cues = List.of(new Cue(0, seconds, prompt.length() > 80 ? prompt.substring(0, 77) + "..." : prompt));
        ShotPlan shot = new ShotPlan(0, seconds, "cinematic", looks.stream().map(Look::name).collect(Collectors.joining(" + ")),
                Visual.look(looks.get(0).id()), null, null, cues, null);
        return finish(body, "cinematic_avatar", size, List.of(shot), seconds, null);
    }

    // ---- studio ---------------------------------------------------------------------------------------------------

    private Plan studio(JsonNode body, String at) {
        JsonNode scenes = body.get("scenes");
        if (scenes.size() < 1 || scenes.size() > 50) {
            throw ApiError.invalid(at + "scenes", "a studio video has 1 to 50 scenes, not " + scenes.size());
        }
        callbackRules(body, at);
        watermarkRules(body, at);
        String aspect = body.path("aspect_ratio").isNull() || !body.has("aspect_ratio") ? "16:9" : body.get("aspect_ratio").asText();
        List<ShotPlan> shots = new ArrayList<>();
        double t = 0;
        String tooLong = null;
        String firstOrientation = null;
        for (int i = 0; i < scenes.size(); i++) {
            JsonNode scene = scenes.get(i);
            String in = "scenes[" + i + "].";
            switch (scene.path("type").asText()) {
                case "avatar_video" -> {
                    JsonNode input = scene.get("input");
                    String inIn = in + "input.";
                    if (input.path("type").asText().equals("avatar")) {
                        Look look = look(Json.str(input, "avatar_id"), at + inIn + "avatar_id");
                        firstOrientation = firstOrientation == null ? look.orientation() : firstOrientation;
                        String engine = engine(input, look, at + inIn);
                        lookRules(input, look, engine, at, inIn);
                        String bgHex = null;
                        JsonNode bg = input.get("background");
                        if (bg != null && !bg.isNull()) {
                            String c = Json.str(bg, "color");
                            hex(c, at + inIn + "background.color", true);
                            bgHex = c.toUpperCase(Locale.ROOT);
                        }
                        Voice voice = voiceFor(input, look, at, inIn);
                        Audio audio = audio(input, voice, at, inIn, t);
                        tooLong = tooLong == null ? audio.tooLong : tooLong;
                        shots.add(new ShotPlan(t, audio.end, "avatar", look.name(), Visual.look(look.id()), null, bgHex, audio.cues,
                                voice == null ? null : voice.id()));
                        t = audio.end;
                    } else {
                        imageInputRules(input, at, inIn);
                        checkAsset(input.get("image"), at + inIn + "image", "image");
                        Voice voice = voiceFor(input, null, at, inIn);
                        Audio audio = audio(input, voice, at, inIn, t);
                        tooLong = tooLong == null ? audio.tooLong : tooLong;
                        shots.add(new ShotPlan(t, audio.end, "photo", "photo", visualOf(input.get("image")), null, null, audio.cues,
                                voice == null ? null : voice.id()));
                        t = audio.end;
                    }
                }
                case "image" -> {
                    checkAsset(scene.get("source"), at + in + "source", "image");
                    int sources = countAudio(scene);
                    boolean hasDuration = Json.present(scene, "duration");
                    if (hasDuration && sources > 0) {
                        throw ApiError.invalid(at + in + "duration", "a still-image scene is either silent (duration) or narrated (script, audio_url or audio_asset_id), not both");
                    }
                    double end;
                    List<Cue> cues = List.of();
                    if (hasDuration) {
                        double d = scene.get("duration").asDouble();
                        if (!(d > 0) || d > 300) {
                            throw ApiError.invalid(at + in + "duration", "duration " + scene.get("duration").asText() + " is out of range; a still image shows for more than 0 and at most 300 seconds");
                        }
                        end = Speech.round(t + d);
                    } else {
                        if (sources == 0) {
                            throw ApiError.invalid(at + in + "duration", "a still-image scene needs duration (0 < seconds <= 300) or narration (script with voice_id, audio_url or audio_asset_id)");
                        }
                        imageInputRules(scene, at, in);
                        Voice voice = voiceFor(scene, null, at, in);
                        Audio audio = audio(scene, voice, at, in, t);
                        tooLong = tooLong == null ? audio.tooLong : tooLong;
                        end = audio.end;
                        cues = audio.cues;
                    }
                    shots.add(new ShotPlan(t, end, "image", "slide " + (i + 1), null, visualOf(scene.get("source")), null, cues, null));
                    t = end;
                }
                case "video" -> {
                    checkAsset(scene.get("source"), at + in + "source", "video");
                    JsonNode playback = scene.get("playback");
                    if (playback != null && !playback.isNull() && playback.has("volume")) {
                        range(playback.get("volume").asDouble(), 0, 1, at + in + "playback.volume", "playback volume");
                    }
                    double d = 4 + Math.floor(ids.unit("clip", scene.get("source").toString()) * 9);
                    double end = Speech.round(t + d);
                    shots.add(new ShotPlan(t, end, "video", "clip " + (i + 1), null, Visual.generated("clip:" + scene.get("source")), null,
                            List.of(), null));
                    t = end;
                }
                default -> throw ApiError.invalid(at + in + "type", "scene type must be avatar_video, image or video");
            }
        }
        int[] size = size(aspect, firstOrientation);
        return finish(body, "studio", size, shots, t, tooLong);
    }

    // ---- shared pieces --------------------------------------------------------------------------------------------

    private record Audio(double end, List<Cue> cues, String tooLong) {
    }

    private static int countAudio(JsonNode input) {
        int n = 0;
        for (String f : List.of("script", "audio_url", "audio_asset_id")) {
            if (Json.present(input, f)) {
                n++;
            }
        }
        return n;
    }

    private Audio audio(JsonNode input, Voice voice, String at, String in, double start) {
        List<String> given = new ArrayList<>();
        for (String f : List.of("script", "audio_url", "audio_asset_id")) {
            if (Json.present(input, f)) {
                given.add(f);
            }
        }
        if (given.isEmpty()) {
            throw ApiError.invalid(at + in + "script", "give exactly one audio source: script (with voice_id), audio_url or audio_asset_id");
        }
        if (given.size() > 1) {
            throw ApiError.invalid(at + in + given.get(1), given.get(0) + " and " + given.get(1) + " are mutually exclusive; send exactly one audio source");
        }
        switch (given.get(0)) {
            case "script" -> {
                String script = input.get("script").asText();
                if (script.isBlank()) {
                    throw ApiError.invalid(at + in + "script", "script is empty; write what the avatar says");
                }
                String problem = Speech.breakProblem(script);
                if (problem != null) {
                    throw ApiError.invalid(at + in + "script", problem);
                }
                double speed = voiceSettings(input, voice, at, in);
                Speech.Spoken spoken = Speech.speak(script, speed, voice.supportPause(), start);
                String tooLong = script.length() > SCRIPT_LIMIT ? "Script too long for selected avatar: " + script.length()
                        + " characters, the sandbox allows " + SCRIPT_LIMIT + "; shorten it or split it into studio scenes" : null;
                double end = Math.max(spoken.end(), Speech.round(start + 0.5));
                return new Audio(end, spoken.cues(), tooLong);
            }
            case "audio_url" -> {
                String url = input.get("audio_url").asText();
                httpUrl(url, at + in + "audio_url");
                double seconds = 5 + Math.floor(ids.unit("audio", url) * 2500) / 100.0;
                return new Audio(Speech.round(start + seconds), List.of(new Cue(start, Speech.round(start + seconds), "[audio from URL]")), null);
            }
            default -> {
                World.Asset a = asset(input.get("audio_asset_id").asText(), at + in + "audio_asset_id", "audio");
                double seconds = Math.max(0.5, Sniff.audioSeconds(a.bytes, a.mime));
                return new Audio(Speech.round(start + seconds), List.of(new Cue(start, Speech.round(start + seconds), "[audio " + a.name + "]")), null);
            }
        }
    }

    private Voice voiceFor(JsonNode input, Look look, String at, String in) {
        if (!Json.present(input, "script")) {
            return null;
        }
        String id = Json.str(input, "voice_id");
        if (id == null) {
            id = look == null ? null : look.defaultVoiceId();
            if (id == null) {
                String gender = look == null || look.gender() == null ? "" : "gender=" + look.gender() + "&";
                throw ApiError.invalid(at + in + "voice_id", (look == null ? "voice_id is required with script"
                        : "look " + look.id() + " has no default voice") + "; pass voice_id, e.g. one from GET /v3/voices?" + gender + "language=English");
            }
        }
        Voice v = Fixtures.CATALOGUE.voice(id);
        if (v == null) {
            throw ApiError.invalid(at + in + "voice_id", "voice_id " + id + " is not a voice the sandbox knows (not found); list voices with GET /v3/voices");
        }
        if (!v.ready()) {
            throw ApiError.invalid(at + in + "voice_id", "voice " + id + " is still processing; wait until GET /v3/voices/" + id + " shows status complete");
        }
        return v;
    }

    private double voiceSettings(JsonNode input, Voice voice, String at, String in) {
        JsonNode vs = input.get("voice_settings");
        if (vs == null || vs.isNull()) {
            return 1.0;
        }
        String p = at + in + "voice_settings.";
        double speed = vs.path("speed").asDouble(1.0);
        range(speed, 0.5, 1.5, p + "speed", "voice speed");
        range(vs.path("pitch").asDouble(0), -50, 50, p + "pitch", "pitch (semitones)");
        range(vs.path("volume").asDouble(1), 0, 1, p + "volume", "volume");
        JsonNode es = vs.get("engine_settings");
        if (es != null && !es.isNull()) {
            String engine = es.path("engine_type").asText();
            if (!voice.engines().contains(engine)) {
                throw ApiError.invalid(p + "engine_settings.engine_type", "voice " + voice.id() + " does not run on " + engine
                        + "; use engine_settings for " + String.join(" or ", voice.engines()) + ", or drop engine_settings");
            }
        }
        return speed;
    }

    private Look look(String id, String param) {
        Look look = Fixtures.CATALOGUE.look(id);
        if (look == null) {
            Fixtures.Group g = Fixtures.CATALOGUE.group(id);
            if (g != null) {
                List<String> looks = Fixtures.CATALOGUE.looksOf(g.id()).stream().map(Look::id).toList();
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

    /** Checks an AssetInput and returns the kind of media it points at (image, video, audio or unknown). */
    private String checkAsset(JsonNode input, String param, String wantKind) {
        String type = input.path("type").asText();
        switch (type) {
            case "url" -> {
                String url = input.get("url").asText();
                httpUrl(url, param + ".url");
                String kind = kindOfName(url);
                if (wantKind != null && !kind.equals("unknown") && !kind.equals(wantKind)) {
                    throw ApiError.invalid(param + ".url", "url " + url + " looks like " + kind + ", but an " + wantKind + " is needed here");
                }
                return kind.equals("unknown") && wantKind != null ? wantKind : kind;
            }
            case "asset_id" -> {
                return asset(input.get("asset_id").asText(), param + ".asset_id", wantKind).kind();
            }
            default -> {
                String media = input.get("media_type").asText();
                byte[] bytes;
                try {
                    bytes = Base64.getDecoder().decode(input.get("data").asText().replaceAll("\\s", ""));
                } catch (IllegalArgumentException e) {
                    throw ApiError.invalid(param + ".data", "data is not valid base64; encode the file with standard base64");
                }
                String sniffed = Sniff.mime(bytes);
                String kind = Sniff.kind(media);
                if (wantKind != null && !kind.equals(wantKind)) {
                    throw ApiError.invalid(param + ".media_type", "media_type " + media + " is not an " + wantKind + "; send an " + wantKind + " here");
                }
                if (sniffed != null && !Sniff.kind(sniffed).equals(kind)) {
                    throw ApiError.invalid(param + ".media_type", "media_type says " + media + " but the data is " + sniffed + "; fix media_type");
                }
                if (wantKind != null && wantKind.equals("image") && sniffed != null && !sniffed.equals("image/png") && !sniffed.equals("image/jpeg")) {
                    throw ApiError.invalid(param + ".media_type", "images must be PNG or JPEG, not " + sniffed);
                }
                return kind;
            }
        }
    }

    private World.Asset asset(String id, String param, String wantKind) {
        World.Asset a = assets.apply(id);
        if (a == null || a.deleted) {
            throw ApiError.invalid(param, "asset " + id + " not found; upload it with POST /v3/assets and pass the asset_id it returns");
        }
        if (!a.usable()) {
            throw ApiError.invalid(param, "asset " + id + " is not uploaded yet; PUT its bytes to the upload_url and call POST /v3/assets/" + id + "/complete");
        }
        if (wantKind != null && !a.kind().equals(wantKind)) {
            throw ApiError.invalid(param, "asset " + id + " is " + a.mime + ", but an " + wantKind + " is needed here");
        }
        return a;
    }

    private void callbackRules(JsonNode body, String at) {
        String url = Json.str(body, "callback_url");
        if (url != null) {
            receiverUrl(url, at + "callback_url");
        }
    }

    private void watermarkRules(JsonNode body, String at) {
        JsonNode w = body.get("watermark");
        if (w == null || w.isNull()) {
            return;
        }
        checkAsset(w.get("image"), at + "watermark.image", "image");
        range(w.path("opacity").asDouble(1), 0, 1, at + "watermark.opacity", "watermark opacity");
        if (!(w.path("scale").asDouble(1) > 0)) {
            throw ApiError.invalid(at + "watermark.scale", "watermark scale must be positive, e.g. 0.2");
        }
    }

    private Plan finish(JsonNode body, String mode, int[] size, List<ShotPlan> shots, double duration, String tooLong) {
        JsonNode caption = body.get("caption");
        boolean captionRequested = caption != null && !caption.isNull();
        boolean burn = captionRequested && Json.present(caption, "style");
        return new Plan(mode, Json.str(body, "title"), size[0], size[1], Json.str(body, "resolution"), shots, Speech.round(duration),
                captionRequested, burn, body.path("output_format").asText("mp4"), Json.str(body, "callback_url"),
                Json.str(body, "callback_id"), tooLong == null ? null : "script_too_long", tooLong);
    }

    /** Storyboard frame size: small but with the requested shape. */
    static int[] size(String aspect, String orientation) {
        String a = aspect;
        if (a.equals("auto")) {
            a = orientation == null ? "16:9" : switch (orientation) {
                case "portrait" -> "9:16";
                case "square" -> "1:1";
                default -> "16:9";
            };
        }
        return switch (a) {
            case "9:16" -> new int[] {360, 640};
            case "1:1" -> new int[] {480, 480};
            case "4:5" -> new int[] {384, 480};
            case "5:4" -> new int[] {480, 384};
            default -> new int[] {640, 360};
        };
    }

    private String orientationOf(JsonNode image) {
        if (image != null && image.path("type").asText().equals("asset_id")) {
            World.Asset a = assets.apply(image.get("asset_id").asText());
            int[] wh = a == null ? null : pngSize(a.bytes);
            if (wh != null) {
                return wh[0] > wh[1] ? "landscape" : wh[0] < wh[1] ? "portrait" : "square";
            }
        }
        return null;
    }

    private static int[] pngSize(byte[] b) {
        if (b == null || b.length < 24 || !"image/png".equals(Sniff.mime(b))) {
            return null;
        }
        int w = (b[16] & 0xFF) << 24 | (b[17] & 0xFF) << 16 | (b[18] & 0xFF) << 8 | (b[19] & 0xFF);
        int h = (b[20] & 0xFF) << 24 | (b[21] & 0xFF) << 16 | (b[22] & 0xFF) << 8 | (b[23] & 0xFF);
        return new int[] {w, h};
    }

    private Visual visualOf(JsonNode asset) {
        if (asset == null || asset.isNull()) {
            return null;
        }
        return switch (asset.path("type").asText()) {
            case "asset_id" -> Visual.asset(asset.get("asset_id").asText());
            case "base64" -> {
                byte[] bytes = Base64.getDecoder().decode(asset.get("data").asText().replaceAll("\\s", ""));
                String mime = Sniff.mime(bytes);
                yield "image/png".equals(mime) || "image/jpeg".equals(mime) ? Visual.inline(bytes) : Visual.generated("b64:" + bytes.length);
            }
            default -> Visual.generated(asset.path("url").asText());
        };
    }

    private static String kindOfName(String url) {
        String path = url.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        if (path.matches(".*\\.(png|jpe?g|gif|webp)$")) {
            return "image";
        }
        if (path.matches(".*\\.(mp4|mov|webm|m4v)$")) {
            return "video";
        }
        if (path.matches(".*\\.(mp3|wav|m4a|aac|ogg)$")) {
            return "audio";
        }
        return "unknown";
    }

    static void httpUrl(String url, String param) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            throw ApiError.invalid(param, "\"" + url + "\" is not a URL; pass an absolute https:// URL");
        }
        if (uri.getScheme() == null || uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw ApiError.invalid(param, "\"" + url + "\" is not an absolute http(s) URL; pass one like https://example.com/file.png");
        }
    }

    /** Webhook and callback receivers: https anywhere, plain http only on loopback. */
    static void receiverUrl(String url, String param) {
        httpUrl(url, param);
        URI uri = URI.create(url);
        if (uri.getScheme().equals("http") && !isLoopback(uri.getHost())) {
            throw ApiError.invalid(param, "http:// receivers are allowed only on loopback (127.0.0.1 or localhost); use https:// for " + uri.getHost());
        }
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    static void hex(String value, String param, boolean sixDigits) {
        if (value == null || !(sixDigits ? HEX6 : HEX).matcher(value).matches()) {
            throw ApiError.invalid(param, "\"" + value + "\" is not a hex colour; write it like " + (sixDigits ? "#0A84FF (six digits)" : "#0A84FF"));
        }
    }

    private static String normaliseHex(String v) {
        String h = v.toUpperCase(Locale.ROOT);
        if (h.length() == 4) {
            return "#" + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2) + h.charAt(3) + h.charAt(3);
        }
        return h;
    }

    static void range(double value, double min, double max, String param, String what) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw ApiError.invalid(param, what + " " + trim(value) + " is out of range; use " + trim(min) + " to " + trim(max));
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
