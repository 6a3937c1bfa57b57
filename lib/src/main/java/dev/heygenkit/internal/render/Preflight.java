package dev.heygenkit.internal.render;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.Assets;
import dev.heygenkit.api.AvatarInput;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Caption;
import dev.heygenkit.api.CinematicAvatarRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.Engine;
import dev.heygenkit.api.EngineSettings;
import dev.heygenkit.api.ImageInput;
import dev.heygenkit.api.ImageScene;
import dev.heygenkit.api.ImageVideoRequest;
import dev.heygenkit.api.SceneBackground;
import dev.heygenkit.api.StudioScene;
import dev.heygenkit.api.StudioVideoRequest;
import dev.heygenkit.api.VideoBackground;
import dev.heygenkit.api.VoiceSettings;
import dev.heygenkit.api.Watermark;
import dev.heygenkit.internal.http.Bytes;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The local half of preflight: every rule of {@code POST /v3/videos} that can be checked without a request (enums,
 * ranges, audio exclusivity, pause syntax, script length, scene counts, mode rules, local files). Nothing here does
 * network I/O; local files are only read.
 *
 * <pre>{@code List<Problem> problems = Preflight.local(request);}</pre>
 */
public final class Preflight {
    /** Aspect ratios of the avatar, image and studio modes. */
    public static final List<String> ASPECTS = List.of("16:9", "9:16", "4:5", "5:4", "1:1", "auto");
    /** Aspect ratios of the cinematic mode. */
    public static final List<String> CINEMATIC_ASPECTS = List.of("16:9", "9:16", "1:1");
    /** Resolutions of the avatar, image and studio modes. */
    public static final List<String> RESOLUTIONS = List.of("4k", "1080p", "720p");
    /** Resolutions of the cinematic mode. */
    public static final List<String> CINEMATIC_RESOLUTIONS = List.of("720p", "1080p");
    /** Scripts longer than this (spoken characters) draw a warning about plan limits. */
    public static final int SCRIPT_WARN_CHARS = 500;
    /** Scripts longer than this (spoken characters) fail preflight. */
    public static final int SCRIPT_MAX_CHARS = 5000;
    /** Photos with a shorter side than this draw a warning. */
    public static final int MIN_PHOTO_SIDE = 512;
    /** The most scenes a studio video may have. */
    public static final int MAX_SCENES = 50;

    static final String PLAN_LIMITS = "plan limits are roughly 500 characters (Free), 1,500 (Creator), 3,000 (Team) "
            + "and 5,000 (Enterprise)";
    private static final Pattern HEX6 = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern HEX3 = Pattern.compile("#?[0-9A-Fa-f]{3}");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Set<String> IMAGE_EXT = Set.of("png", "jpg", "jpeg", "gif", "webp", "bmp");
    private static final Set<String> VIDEO_EXT = Set.of("mp4", "mov", "webm", "m4v");

    private final List<Problem> out = new ArrayList<>();

    private Preflight() {
    }

    /** Every problem in a request that can be found without network I/O, errors and warnings, in field order. */
    public static List<Problem> local(CreateVideoRequest request) {
        Preflight p = new Preflight();
        p.request(request);
        return List.copyOf(p.out);
    }

    private void error(String code, String param, String message) {
        out.add(Problem.error(code, param, message));
    }

    private void warning(String code, String param, String message) {
        out.add(Problem.warning(code, param, message));
    }

    private void request(CreateVideoRequest request) {
        if (request instanceof AvatarVideoRequest r) {
            if (blank(r.avatarId())) {
                error("avatar_id_missing", "avatar_id", "the look id is empty; pass a look id from client.looks().list()");
            }
            frame(r.aspectRatio(), r.resolution(), r.fit(), r.outputFormat(), r.background(), r.caption(),
                    r.callbackUrl(), r.watermark());
        } else if (request instanceof ImageVideoRequest r) {
            if (r.image() == null) {
                error("photo_missing", "image", "the photo is missing; use Avatar.photo(Path.of(\"me.jpg\"))");
            }
            frame(r.aspectRatio(), r.resolution(), r.fit(), r.outputFormat(), r.background(), r.caption(),
                    r.callbackUrl(), r.watermark());
        } else if (request instanceof CinematicAvatarRequest r) {
            cinematic(r);
        } else if (request instanceof StudioVideoRequest r) {
            studio(r);
        }
        for (Speaker s : Speaker.of(request)) {
            speaker(s);
        }
    }

    private void frame(String aspect, String resolution, String fit, String outputFormat, VideoBackground background,
                       Caption caption, String callbackUrl, Watermark watermark) {
        oneOf(aspect, ASPECTS, "aspect_ratio_invalid", "aspect_ratio", "aspect ratio", ".aspect(\"16:9\")");
        oneOf(resolution, RESOLUTIONS, "resolution_invalid", "resolution", "resolution", ".resolution(\"1080p\")");
        oneOf(fit, List.of("contain", "cover"), "fit_invalid", "fit", "fit", ".fit(\"cover\")");
        oneOf(outputFormat, List.of("mp4", "webm"), "output_format_invalid", "output_format", "output format",
                ".transparent() for webm");
        if ("webm".equals(outputFormat) && background != null) {
            error("webm_with_background", "background", "a transparent (webm) video cannot have a background; "
                    + "remove .on(...) or .transparent()");
        }
        if (background instanceof VideoBackground.Color c) {
            color(c.value(), "background.value", "");
        } else if (background instanceof VideoBackground.Image img) {
            if ((img.url() == null) == (img.assetId() == null)) {
                error("background_image_invalid", "background", "an image background needs exactly one of url and "
                        + "asset_id; use Background.image(URI) or Background.image(Path)");
            } else if (img.url() != null) {
                url(img.url(), "background.url", "background image", "");
            } else {
                assetId(img.assetId(), "background.asset_id", "background image", Expect.IMAGE, "");
            }
        }
        caption(caption, "caption");
        callback(callbackUrl);
        watermark(watermark);
    }

    private void caption(Caption caption, String param) {
        if (caption == null) {
            return;
        }
        if (caption.fileFormat() != null && !caption.fileFormat().equals("srt")) {
            error("caption_format_invalid", param + ".file_format", "caption format \"" + caption.fileFormat()
                    + "\" is not supported; only srt is (use .captions())");
        }
        if (caption.style() != null && !caption.style().equals("default")) {
            error("caption_style_invalid", param + ".style", "caption style \"" + caption.style()
                    + "\" is not supported; only default is (use .burnedCaptions())");
        }
    }

    private void callback(String callbackUrl) {
        if (callbackUrl != null && !httpUrl(callbackUrl)) {
            error("callback_url_invalid", "callback_url", "callback URL \"" + callbackUrl + "\" is not an absolute "
                    + "http(s) URL; use a public https://… address the API can POST to");
        }
    }

    private void watermark(Watermark w) {
        if (w == null) {
            return;
        }
        if (w.image() == null) {
            error("watermark_image_missing", "watermark.image", "the watermark has no image; use Watermark.image(...)");
        } else {
            asset(w.image(), "watermark.image", "watermark image", Expect.IMAGE, "");
        }
        if (w.opacity() != null && (w.opacity() < 0 || w.opacity() > 1)) {
            error("watermark_opacity_range", "watermark.opacity", "watermark opacity " + num(w.opacity())
                    + " is outside 0–1; use e.g. .opacity(0.8)");
        }
        if (w.scale() != null && w.scale() <= 0) {
            error("watermark_scale_range", "watermark.scale", "watermark scale " + num(w.scale())
                    + " must be above 0; use e.g. .scale(0.2)");
        }
        if (w.placement() != null) {
            oneOf(w.placement().position(), List.of("top_left", "top_right", "bottom_left", "bottom_right"),
                    "watermark_position_invalid", "watermark.placement.position", "watermark position", ".at(\"top_right\")");
            offset(w.placement().offsetX(), "watermark.placement.offset_x");
            offset(w.placement().offsetY(), "watermark.placement.offset_y");
        }
    }

    private void offset(Double v, String param) {
        if (v != null && (v < -1 || v > 1)) {
            error("watermark_offset_range", param, "watermark offset " + num(v) + " is a fraction of the frame and "
                    + "must be within -1–1; use e.g. .offset(0.05, 0.05)");
        }
    }

    private void cinematic(CinematicAvatarRequest r) {
        if (blank(r.prompt())) {
            error("cinematic_prompt_empty", "prompt", "the cinematic prompt is empty; describe the clip, e.g. "
                    + "Avatar.cinematic(\"walks through a sunny park\", lookId)");
        }
        List<String> ids = r.avatarIds() == null ? List.of() : r.avatarIds();
        if (ids.isEmpty() || ids.size() > 3) {
            error("cinematic_looks_count", "avatar_id", "a cinematic clip takes 1 to 3 looks, not " + ids.size()
                    + "; pass 1–3 look ids to Avatar.cinematic(prompt, ...)");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (blank(ids.get(i))) {
                error("avatar_id_missing", "avatar_id[" + i + "]", "look id " + (i + 1) + " of the cinematic clip is "
                        + "empty; pass a look id from client.looks().list()");
            }
        }
        if (r.duration() != null && (r.duration() < 4 || r.duration() > 15)) {
            error("cinematic_duration_range", "duration", "cinematic duration " + r.duration() + " s is outside "
                    + "4–15 s; use e.g. .duration(Duration.ofSeconds(10)) or .autoDuration()");
        }
        if (r.duration() != null && Boolean.TRUE.equals(r.autoDuration())) {
            error("cinematic_duration_conflict", "duration", "a cinematic clip takes a duration or auto duration, not "
                    + "both; drop .duration(...) or .autoDuration()");
        }
        if (r.aspectRatio() != null && !CINEMATIC_ASPECTS.contains(r.aspectRatio())) {
            error("aspect_ratio_invalid", "aspect_ratio", "aspect ratio \"" + r.aspectRatio() + "\" is not "
                    + "available for cinematic clips; use one of " + String.join(", ", CINEMATIC_ASPECTS));
        }
        if (r.resolution() != null && !CINEMATIC_RESOLUTIONS.contains(r.resolution())) {
            error("resolution_invalid", "resolution", "resolution \"" + r.resolution() + "\" is not available for "
                    + "cinematic clips; use 720p or 1080p");
        }
        List<AssetInput> refs = r.references() == null ? List.of() : r.references();
        int images = 0;
        int videos = 0;
        for (int i = 0; i < refs.size(); i++) {
            AssetInput a = refs.get(i);
            asset(a, "references[" + i + "]", "reference " + (i + 1), Expect.ANY, "");
            String ext = extension(a);
            if (IMAGE_EXT.contains(ext)) {
                images++;
            } else if (VIDEO_EXT.contains(ext)) {
                videos++;
            }
        }
        if (images + ids.size() > 9 || videos > 3) {
            error("cinematic_references_too_many", "references", "a cinematic clip allows at most 9 images (looks "
                    + "included) and 3 videos; this one has " + (images + ids.size()) + " images and " + videos
                    + " videos; drop some .reference(...) calls");
        }
    }

    private void studio(StudioVideoRequest r) {
        List<StudioScene> scenes = r.scenes() == null ? List.of() : r.scenes();
        if (scenes.isEmpty()) {
            error("scenes_empty", "scenes", "a studio video needs at least one scene; pass scenes to Scenes.of(...)");
        } else if (scenes.size() > MAX_SCENES) {
            error("scenes_too_many", "scenes", "a studio video takes at most " + MAX_SCENES + " scenes, not "
                    + scenes.size() + "; split it into several videos");
        }
        oneOf(r.aspectRatio(), ASPECTS, "aspect_ratio_invalid", "aspect_ratio", "aspect ratio", ".aspect(\"16:9\")");
        oneOf(r.resolution(), RESOLUTIONS, "resolution_invalid", "resolution", "resolution", ".resolution(\"1080p\")");
        caption(r.caption(), "caption");
        callback(r.callbackUrl());
        watermark(r.watermark());
        for (int i = 0; i < scenes.size(); i++) {
            String at = "scenes[" + i + "]";
            String label = "scene " + (i + 1) + ": ";
            StudioScene s = scenes.get(i);
            if (s instanceof StudioScene.AvatarVideo av && av.input() instanceof AvatarInput in) {
                if (blank(in.avatarId())) {
                    error("avatar_id_missing", at + ".input.avatar_id", label + "the look id is empty; pass a look id "
                            + "from client.looks().list()");
                }
                if (in.background() instanceof SceneBackground.Color c) {
                    color(c.color(), at + ".input.background.color", label);
                }
            } else if (s instanceof StudioScene.AvatarVideo av && av.input() == null) {
                error("scene_input_missing", at + ".input", label + "the avatar scene has no look or photo");
            } else if (s instanceof ImageScene img) {
                if (img.source() == null) {
                    error("scene_source_missing", at + ".source", label + "the still has no picture; use "
                            + "Scene.image(URI) or Scene.image(Path)");
                } else {
                    asset(img.source(), at + ".source", "picture", Expect.IMAGE, label);
                }
                if (img.duration() != null && (img.duration() <= 0 || img.duration() > 300)) {
                    error("scene_duration_range", at + ".duration", label + "hold " + num(img.duration())
                            + " s is outside 0–300 s; use e.g. .hold(Duration.ofSeconds(5))");
                }
            } else if (s instanceof StudioScene.Clip clip) {
                if (clip.source() == null) {
                    error("scene_source_missing", at + ".source", label + "the clip has no video; use "
                            + "Scene.video(URI) or Scene.video(Path)");
                } else {
                    asset(clip.source(), at + ".source", "clip", Expect.VIDEO, label);
                }
                if (clip.playback() != null && clip.playback().volume() != null
                        && (clip.playback().volume() < 0 || clip.playback().volume() > 1)) {
                    error("clip_volume_range", at + ".playback.volume", label + "clip volume "
                            + num(clip.playback().volume()) + " is outside 0–1; use e.g. .volume(0.5) or .mute()");
                }
            }
        }
    }

    private void speaker(Speaker s) {
        String at = s.at();
        if (s.photo() != null) {
            asset(s.photo(), at + "image", "photo", Expect.PHOTO, s.label().isEmpty() ? "" : s.label() + ": ");
        }
        int sources = s.audioSources();
        if (s.silent() && sources > 0) {
            error("scene_hold_and_audio", at + "duration", s.say("a still is either held for a duration (silent) or "
                    + "narrated, not both; drop .hold(...) or the narration"));
        } else if (sources == 0 && !s.silent()) {
            boolean still = s.lookId() == null && s.photo() == null;
            error("audio_missing", at + "script", s.say(still
                    ? "the still has neither a duration nor narration; add .hold(Duration.ofSeconds(5)) or .say(\"…\")"
                    : "nothing to say; add .say(\"…\") or an audio track with .audio(URI) or .audio(Path)"));
        } else if (sources > 1) {
            List<String> names = new ArrayList<>();
            if (s.script() != null) {
                names.add("script");
            }
            if (s.audioUrl() != null) {
                names.add("audio_url");
            }
            if (s.audioAssetId() != null) {
                names.add("audio_asset_id");
            }
            error("audio_conflict", at + names.get(1), s.say("only one audio source is allowed but " + String.join(" and ",
                    names) + " are set; keep either .say(...) or one .audio(...)"));
        }
        if (s.script() != null) {
            script(s, at + "script");
        }
        if (s.audioUrl() != null) {
            url(s.audioUrl(), at + "audio_url", "audio", s.label().isEmpty() ? "" : s.label() + ": ");
        }
        if (s.audioAssetId() != null) {
            assetId(s.audioAssetId(), at + "audio_asset_id", "audio", Expect.AUDIO, s.label().isEmpty() ? "" : s.label() + ": ");
        }
        if (s.voiceId() != null && s.voiceId().isBlank()) {
            error("voice_id_missing", at + "voice_id", s.say("the voice id is empty; pass a voice id from "
                    + "client.voices().list(), or leave .voice(...) out to use the look's default voice"));
        } else if (s.speaksScript() && s.voiceId() == null && s.voiceRequired()) {
            error("voice_missing", at + "voice_id", s.say((s.photo() != null ? "a photo" : "a narrated still")
                    + " has no default voice; add .voice(\"<voice_id>\") (list them with client.voices().list())"));
        }
        if (!s.speaksScript() && sources > 0) {
            if (s.voiceId() != null && !s.voiceId().isBlank()) {
                warning("voice_unused", at + "voice_id", s.say("voice " + s.voiceId() + " is ignored because "
                        + "recorded audio is used; drop .voice(...)"));
            } else if (s.settings() != null && !s.settings().isEmpty()) {
                warning("voice_unused", at + "voice_settings", s.say("voice settings are ignored because recorded "
                        + "audio is used; drop them"));
            }
        }
        voiceSettings(s, at + "voice_settings");
        if (s.motionPrompt() != null && s.motionPrompt().isBlank()) {
            error("motion_prompt_empty", at + "motion_prompt", s.say("the motion prompt is empty; describe the motion, "
                    + "e.g. .motion(\"nods and smiles\"), or leave it out"));
        }
        if (s.expressiveness() != null && !List.of("high", "medium", "low").contains(s.expressiveness())) {
            error("expressiveness_invalid", at + "expressiveness", s.say("expressiveness \"" + s.expressiveness()
                    + "\" is not one of high, medium, low; use e.g. .expressiveness(\"medium\")"));
        }
        if (s.engine() instanceof Engine.AvatarIII) {
            if (s.motionPrompt() != null) {
                error("motion_prompt_engine", at + "motion_prompt", s.say("Avatar III does not take a motion prompt; "
                        + "drop .motion(...) or use .engine(\"avatar_v\")"));
            }
            if (s.expressiveness() != null) {
                error("expressiveness_engine", at + "expressiveness", s.say("Avatar III does not take expressiveness; "
                        + "drop .expressiveness(...) or use the default engine (Avatar IV)"));
            }
        }
        if (s.engine() instanceof Engine.AvatarV && s.expressiveness() != null) {
            error("expressiveness_engine", at + "expressiveness", s.say("expressiveness is rejected with Avatar V; "
                    + "drop .expressiveness(...) or the avatar_v engine"));
        }
        if (s.engine() instanceof Engine.AvatarV v && v.referenceLookId() != null && v.referenceLookId().isBlank()) {
            error("reference_look_missing", at + "engine.reference_look_id", s.say("the reference look id is empty; "
                    + "pass an instant_avatar look of the same group or leave it out"));
        }
    }

    private void script(Speaker s, String param) {
        String script = s.script();
        if (script.isBlank()) {
            error("script_empty", param, s.say("the script is empty; say something with .say(\"…\")"));
            return;
        }
        String spoken = Breaks.spoken(script);
        if (spoken.isEmpty()) {
            error("script_empty", param, s.say("the script has only pauses; add words with .say(\"…\")"));
        }
        out.addAll(Breaks.check(s, param));
        int chars = spoken.length();
        if (chars > SCRIPT_MAX_CHARS) {
            error("script_too_long", param, s.say("the script has " + chars + " characters, over " + SCRIPT_MAX_CHARS
                    + " (" + PLAN_LIMITS + "); split it into Scenes.of(...) with one part per scene"));
        } else if (chars > SCRIPT_WARN_CHARS) {
            warning("script_long", param, s.say("the script has " + chars + " characters; " + PLAN_LIMITS
                    + ", so it may fail with script_too_long on smaller plans"));
        }
    }

    private void voiceSettings(Speaker s, String param) {
        VoiceSettings v = s.settings();
        if (v == null) {
            return;
        }
        range(s, v.speed(), 0.5, 1.5, "voice_speed_range", param + ".speed", "speed", ".speed(1.2)");
        range(s, v.pitch(), -50, 50, "voice_pitch_range", param + ".pitch", "pitch", ".pitch(-5)");
        range(s, v.volume(), 0, 1, "voice_volume_range", param + ".volume", "volume", ".volume(0.8)");
        if (v.locale() != null && !LOCALE.matcher(v.locale()).matches()) {
            error("voice_locale_invalid", param + ".locale", s.say("locale \"" + v.locale() + "\" is not a BCP-47 "
                    + "tag; use e.g. .locale(\"en-US\")"));
        }
        EngineSettings e = v.engineSettings();
        if (e instanceof EngineSettings.ElevenLabs el) {
            List<String> models = List.of("eleven_multilingual_v2", "eleven_turbo_v2_5", "eleven_flash_v2_5", "eleven_v3");
            if (el.model() != null && !models.contains(el.model())) {
                error("voice_engine_model", param + ".engine_settings.model", s.say("ElevenLabs model \"" + el.model()
                        + "\" is not one of " + String.join(", ", models)));
            }
            range(s, el.stability(), 0, 1, "voice_engine_range", param + ".engine_settings.stability", "stability", ".stability(0.5)");
            range(s, el.similarityBoost(), 0, 1, "voice_engine_range", param + ".engine_settings.similarity_boost", "similarity", ".similarity(0.75)");
            range(s, el.style(), 0, 1, "voice_engine_range", param + ".engine_settings.style", "style", ".style(0.3)");
        } else if (e instanceof EngineSettings.Fish f) {
            if (f.model() != null && !List.of("s1", "s2-pro").contains(f.model())) {
                error("voice_engine_model", param + ".engine_settings.model", s.say("Fish model \"" + f.model()
                        + "\" is not one of s1, s2-pro"));
            }
            range(s, f.stability(), 0, 1, "voice_engine_range", param + ".engine_settings.stability", "stability", ".stability(0.5)");
            range(s, f.similarity(), 0, 1, "voice_engine_range", param + ".engine_settings.similarity", "similarity", ".similarity(0.75)");
        }
    }

    private void range(Speaker s, Double v, double min, double max, String code, String param, String what, String example) {
        if (v != null && (v < min || v > max || v.isNaN())) {
            error(code, param, s.say("voice " + what + " " + num(v) + " is outside " + num(min) + "–" + num(max)
                    + "; use e.g. Voice.id(…)" + example));
        }
    }

    private void oneOf(String value, List<String> allowed, String code, String param, String what, String example) {
        if (value == null || allowed.contains(value)) {
            return;
        }
        String guess = guess(value, allowed);
        error(code, param, what + " \"" + value + "\" is not supported; " + (guess != null
                ? "did you mean \"" + guess + "\"? " : "") + "use one of " + String.join(", ", allowed)
                + " (e.g. " + example + ")");
    }

    private static String guess(String value, List<String> allowed) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace('x', ':').replace('/', ':').replace(" ", "");
        for (String a : allowed) {
            if (a.equals(v) || a.equals(v + "p") || (a.equals("4k") && v.equals("2160p"))) {
                return a;
            }
        }
        return null;
    }

    private void color(String hex, String param, String label) {
        if (hex != null && HEX6.matcher(hex).matches()) {
            return;
        }
        String fix = "write it as #RRGGBB, e.g. Background.color(\"#0A84FF\")";
        if (hex != null && HEX3.matcher(hex).matches()) {
            String h = hex.startsWith("#") ? hex.substring(1) : hex;
            fix = "write it with six digits: Background.color(\"#" + ("" + h.charAt(0) + h.charAt(0) + h.charAt(1)
                    + h.charAt(1) + h.charAt(2) + h.charAt(2)).toUpperCase(Locale.ROOT) + "\")";
        } else if (hex != null && hex.matches("[0-9A-Fa-f]{6}")) {
            fix = "add the #: Background.color(\"#" + hex + "\")";
        }
        error("background_color_invalid", param, label + "background colour \"" + hex + "\" is not a hex colour; " + fix);
    }

    private void url(String url, String param, String what, String label) {
        if (httpUrl(url)) {
            return;
        }
        boolean file = url.startsWith("file:") || url.startsWith("/") || url.matches("[A-Za-z]:\\\\.*");
        error("url_invalid", param, label + what + " URL \"" + url + "\" is not a public http(s) URL; "
                + (file ? "pass local files as Path.of(\"…\") and they are uploaded for you" : "use https://…"));
    }

    private static boolean httpUrl(String url) {
        try {
            URI u = URI.create(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    enum Expect {
        PHOTO, IMAGE, AUDIO, VIDEO, ANY
    }

    private void asset(AssetInput a, String param, String what, Expect expect, String label) {
        if (a instanceof AssetInput.Url u) {
            if (u.url() == null) {
                error("url_invalid", param, label + what + " URL is missing");
            } else {
                url(u.url(), param + ".url", what, label);
            }
        } else if (a instanceof AssetInput.AssetId id) {
            assetId(id.assetId(), param + ".asset_id", what, expect, label);
        } else if (a instanceof AssetInput.Base64 b) {
            if (blank(b.mediaType()) || blank(b.data())) {
                error("asset_base64_invalid", param, label + what + " as base64 needs both a media type and data");
            }
        }
    }

    private void assetId(String id, String param, String what, Expect expect, String label) {
        if (blank(id)) {
            error("asset_id_missing", param, label + what + " asset id is empty; pass the asset id from "
                    + "client.assets().upload(...), or a Path");
        } else if (LocalFiles.isPlaceholder(id)) {
            file(LocalFiles.path(id), param, what, expect, label);
        }
    }

    private void file(Path file, String param, String what, Expect expect, String label) {
        if (!Files.exists(file)) {
            error("file_missing", param, label + what + " file " + file + " does not exist; check the path");
            return;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            error("file_unreadable", param, label + what + " file " + file + (Files.isDirectory(file)
                    ? " is a directory; pass a file" : " cannot be read; check its permissions"));
            return;
        }
        long size;
        LocalFiles.Kind kind;
        try {
            size = Files.size(file);
            kind = LocalFiles.sniff(file);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            error("file_unreadable", param, label + what + " file " + file + " cannot be read ("
                    + e.getClass().getSimpleName() + "); check its permissions");
            return;
        }
        if (size > Assets.MULTIPART_LIMIT) {
            error("file_too_large", param, label + what + " file " + file + " is " + Bytes.human(size) + ", over the "
                    + "32 MB upload limit; shrink it, or upload it elsewhere and pass its https URL");
            return;
        }
        if (size == 0) {
            error("file_empty", param, label + what + " file " + file + " is empty; check the path");
            return;
        }
        switch (expect) {
            case PHOTO, IMAGE -> {
                if (!kind.isImage()) {
                    error("file_not_image", param, label + what + " file " + file + " is not a PNG or JPEG image"
                            + (kind == LocalFiles.Kind.OTHER_IMAGE ? " (convert it to PNG or JPEG)" : "; pass a .png or .jpg"));
                } else if (expect == Expect.PHOTO) {
                    LocalFiles.imageSize(file).ifPresent(wh -> {
                        if (Math.min(wh[0], wh[1]) < MIN_PHOTO_SIDE) {
                            warning("photo_too_small", param, label + "photo " + file.getFileName() + " is " + wh[0] + "×"
                                    + wh[1] + "; photos of at least " + MIN_PHOTO_SIDE + "×" + MIN_PHOTO_SIDE
                                    + " animate much better");
                        }
                    });
                }
            }
            case AUDIO -> {
                if (kind != LocalFiles.Kind.AUDIO) {
                    error("file_not_audio", param, label + what + " file " + file + " is not MP3 or WAV audio; "
                            + "convert it or pass the right file");
                }
            }
            case VIDEO -> {
                if (kind != LocalFiles.Kind.VIDEO) {
                    error("file_not_video", param, label + what + " file " + file + " is not MP4 or WebM video; "
                            + "convert it or pass the right file");
                }
            }
            case ANY -> {
                if (kind == LocalFiles.Kind.UNKNOWN || kind == LocalFiles.Kind.OTHER_IMAGE) {
                    error("file_unsupported", param, label + what + " file " + file + " is not PNG, JPEG, MP3, WAV, "
                            + "MP4 or WebM; convert it");
                }
            }
            default -> throw new IllegalStateException(expect.name());
        }
    }

    private static String extension(AssetInput a) {
        String name = "";
        if (a instanceof AssetInput.Url u && u.url() != null) {
            int q = u.url().indexOf('?');
            name = q < 0 ? u.url() : u.url().substring(0, q);
        } else if (a instanceof AssetInput.AssetId id && LocalFiles.isPlaceholder(id.assetId())) {
            name = id.assetId();
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String num(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
