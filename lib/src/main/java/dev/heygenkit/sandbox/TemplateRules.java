package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.internal.media.Cue;
import dev.heygenkit.sandbox.Catalog.Look;
import dev.heygenkit.sandbox.Catalog.Voice;
import dev.heygenkit.sandbox.Plan.ShotPlan;
import dev.heygenkit.sandbox.Plan.Visual;
import dev.heygenkit.sandbox.TemplateCatalog.Scene;
import dev.heygenkit.sandbox.TemplateCatalog.Template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of {@code POST /v3/templates/{template_id}} that the schema cannot express, applied to a schema-valid
 * body with defaults filled: every variable is one the template declares, with its declared type and that type's
 * properties; every variable the rendered scenes use is given; scene ids, callback, dimension and fps are usable.
 * A body that passes becomes a {@link Plan}: each scene is the template's look on its background saying the scene's
 * script with the text variables put in, in the voice variable's voice; an image variable is the scene's backdrop, a
 * video variable a clip after it, an audio variable speaks instead of the script.
 */
final class TemplateRules {
    static final Set<String> FITS = Set.of("contain", "cover", "crop", "none");
    static final Set<String> PLAY_STYLES = Set.of("fit_to_scene", "freeze", "loop", "full_video");
    private static final Set<Integer> FPS = Set.of(25, 30, 60);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");
    private static final Map<String, Set<String>> PROPERTIES = Map.of(
            "text", Set.of("content"),
            "image", Set.of("url", "asset_id", "fit"),
            "video", Set.of("url", "asset_id", "play_style"),
            "audio", Set.of("url", "asset_id"),
            "voice", Set.of("voice_id"));

    /** The shots so far, where the next one starts and the first too-long script. */
    private static final class Line {
        private final List<ShotPlan> shots = new ArrayList<>();
        private double end;
        private String tooLong;

        void add(ShotPlan shot) {
            shots.add(shot);
            end = shot.end();
        }
    }

    private final Catalog catalog;
    private final AssetRules assets;
    private final SpeakerRules speaker;
    private final Ids ids;

    TemplateRules(Catalog catalog, World world, Ids ids) {
        this.catalog = catalog;
        this.assets = new AssetRules(world);
        this.speaker = new SpeakerRules(catalog, assets, ids);
        this.ids = ids;
    }

    /** Checks a generate body for template {@code t} and plans its render; the first broken rule is a 400. */
    Plan plan(Template t, JsonNode body) {
        List<Scene> scenes = scenes(t, body.get("scene_ids"));
        Map<String, JsonNode> values = variables(t, body.get("variables"));
        for (Scene s : scenes) {
            for (String name : s.variables()) {
                if (!values.containsKey(name)) {
                    throw ApiError.invalid("variables." + name, "template " + t.id() + " needs variable " + name + " (" + t.typeOf(name)
                            + ") for scene " + s.id() + "; add it to variables, e.g. " + example(name, t.typeOf(name)));
                }
            }
        }
        int[] size = output(t, body);
        Look look = catalog.look(t.lookId());
        Line line = new Line();
        for (Scene s : scenes) {
            scene(t, s, values, look, line);
        }
        String title = Json.present(body, "title") ? Json.str(body, "title") : t.name();
        return new Plan("template", title, size[0], size[1], null, line.shots, Speech.round(line.end),
                body.path("caption").asBoolean(false), false, "mp4", Json.str(body, "callback_url"), Json.str(body, "callback_id"),
                line.tooLong == null ? null : "script_too_long", line.tooLong);
    }

    /** The scenes to render: {@code scene_ids} in their order, or every scene. */
    private static List<Scene> scenes(Template t, JsonNode sceneIds) {
        if (sceneIds == null || sceneIds.isNull()) {
            return t.scenes();
        }
        if (sceneIds.isEmpty()) {
            throw ApiError.invalid("scene_ids", "scene_ids is empty; list the scenes to render, or leave it out to render them all");
        }
        List<Scene> out = new ArrayList<>();
        for (int i = 0; i < sceneIds.size(); i++) {
            Scene s = t.scene(sceneIds.get(i).asText());
            if (s == null) {
                List<String> known = t.scenes().stream().map(Scene::id).toList();
                throw ApiError.invalid("scene_ids[" + i + "]", "template " + t.id() + " has no scene " + sceneIds.get(i).asText()
                        + "; its scenes are " + String.join(", ", known));
            }
            out.add(s);
        }
        return out;
    }

    /** Each given variable, checked against the template, as name to its properties. */
    private Map<String, JsonNode> variables(Template t, JsonNode variables) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : variables.properties()) {
            out.put(e.getKey(), variable(t, e.getKey(), e.getValue()));
        }
        return out;
    }

    private JsonNode variable(Template t, String name, JsonNode value) {
        String at = "variables." + name;
        String declared = t.typeOf(name);
        if (declared == null) {
            throw ApiError.invalid(at, "template " + t.id() + " has no variable " + name + "; its variables are " + t.describeVariables()
                    + " (GET /v3/templates/" + t.id() + " lists them)");
        }
        if (!value.isObject()) {
            throw ApiError.invalid(at, at + " must be an object like " + example(name, declared));
        }
        for (Map.Entry<String, JsonNode> f : value.properties()) {
            if (!Set.of("name", "type", "properties").contains(f.getKey())) {
                throw ApiError.invalid(at + "." + f.getKey(), f.getKey() + " is not a field of a template variable; send name, type and properties");
            }
        }
        String given = Json.str(value, "name");
        if (given != null && !given.equals(name)) {
            throw ApiError.invalid(at + ".name", "variable filed under " + name + " is named " + given + "; key each variable by its own name");
        }
        String type = Json.str(value, "type");
        if (type == null || !type.equals(declared)) {
            throw ApiError.invalid(at + ".type", "variable " + name + " is " + declared + " in template " + t.id() + ", not "
                    + (type == null ? "untyped" : type) + "; send it like " + example(name, declared));
        }
        JsonNode props = value.get("properties");
        if (props == null || !props.isObject()) {
            throw ApiError.invalid(at + ".properties", "variable " + name + " needs properties, e.g. " + example(name, declared));
        }
        properties(declared, props, at + ".properties");
        return props;
    }

    /** The properties of one variable of a known type. */
    private void properties(String type, JsonNode props, String at) {
        for (Map.Entry<String, JsonNode> f : props.properties()) {
            if (!PROPERTIES.get(type).contains(f.getKey())) {
                throw ApiError.invalid(at + "." + f.getKey(), f.getKey() + " is not a property of a " + type + " variable; use "
                        + String.join(", ", PROPERTIES.get(type).stream().sorted().toList()));
            }
            if (!f.getValue().isTextual()) {
                throw ApiError.invalid(at + "." + f.getKey(), at + "." + f.getKey() + " must be a string, not " + f.getValue());
            }
        }
        switch (type) {
            case "text" -> {
                if (!props.has("content")) {
                    throw ApiError.invalid(at + ".content", "a text variable needs content, the text to put in");
                }
                String problem = Speech.breakProblem(props.get("content").asText());
                if (problem != null) {
                    throw ApiError.invalid(at + ".content", problem.replaceFirst("^script", "content"));
                }
            }
            case "voice" -> voice(props, at);
            default -> media(type, props, at);
        }
    }

    private void voice(JsonNode props, String at) {
        String id = Json.str(props, "voice_id");
        if (id == null) {
            throw ApiError.invalid(at + ".voice_id", "a voice variable needs voice_id; pick one from GET /v3/voices");
        }
        Voice v = catalog.voice(id);
        if (v == null) {
            throw ApiError.invalid(at + ".voice_id", "voice_id " + id + " is not a voice the sandbox knows (not found); list voices with GET /v3/voices");
        }
        if (!v.ready()) {
            throw ApiError.invalid(at + ".voice_id", "voice " + id + " is still processing; wait until GET /v3/voices/" + id + " shows status complete");
        }
    }

    private void media(String kind, JsonNode props, String at) {
        boolean url = props.has("url");
        if (url == props.has("asset_id")) {
            throw ApiError.invalid(at, "a" + (kind.equals("image") ? "n " : " ") + kind + " variable needs exactly one of url or asset_id");
        }
        assets.check(assetInput(props), at, kind);
        String fit = Json.str(props, "fit");
        if (fit != null && !FITS.contains(fit)) {
            throw ApiError.invalid(at + ".fit", "fit \"" + fit + "\" is not allowed; use one of contain, cover, crop, none");
        }
        String style = Json.str(props, "play_style");
        if (style != null && !PLAY_STYLES.contains(style)) {
            throw ApiError.invalid(at + ".play_style", "play_style \"" + style + "\" is not allowed; use one of fit_to_scene, freeze, loop, full_video");
        }
    }

    /** The AssetInput form ({@code {"type":"url","url"}} or {@code asset_id}) of media properties. */
    private static JsonNode assetInput(JsonNode props) {
        ObjectNode input = Json.object();
        if (props.has("url")) {
            input.put("type", "url").put("url", props.get("url").asText());
        } else {
            input.put("type", "asset_id").put("asset_id", props.get("asset_id").asText());
        }
        return input;
    }

    /** Checks callback, dimension and fps; returns the storyboard frame size. */
    private int[] output(Template t, JsonNode body) {
        String callback = Json.str(body, "callback_url");
        if (callback != null) {
            Checks.receiverUrl(callback, "callback_url");
        }
        double fps = body.path("fps").asDouble(25);
        if (!FPS.contains((int) fps) || fps != Math.rint(fps)) {
            throw ApiError.invalid("fps", "fps " + body.get("fps") + " is not available; use 25, 30 or 60");
        }
        JsonNode d = body.get("dimension");
        if (d == null || d.isNull()) {
            return OutputRules.size(t.aspectRatio() == null ? "16:9" : t.aspectRatio(), catalog.look(t.lookId()).orientation());
        }
        int w = d.get("width").asInt();
        int h = d.get("height").asInt();
        for (String side : List.of("width", "height")) {
            int v = d.get(side).asInt();
            if (v < 128 || v > 4096 || v % 2 != 0) {
                throw ApiError.invalid("dimension." + side, "dimension " + side + " " + v + " is not usable; use an even number from 128 to 4096");
            }
        }
        return OutputRules.size("auto", w > h ? "landscape" : w < h ? "portrait" : "square");
    }

    /** One scene: what is said (or played) by the look on the template's background, then any clip. */
    private void scene(Template t, Scene s, Map<String, JsonNode> values, Look look, Line line) {
        JsonNode image = null;
        JsonNode clip = null;
        ObjectNode input = Json.object();
        for (String name : s.variables()) {
            JsonNode props = values.get(name);
            switch (t.typeOf(name)) {
                case "image" -> image = props;
                case "video" -> clip = props;
                case "voice" -> input.put("voice_id", props.get("voice_id").asText());
                case "audio" -> input.put(props.has("url") ? "audio_url" : "audio_asset_id",
                        props.path("url").asText(props.path("asset_id").asText()));
                default -> {
                    // text variables are placed into the script below
                }
            }
        }
        boolean audio = input.has("audio_url") || input.has("audio_asset_id");
        if (!audio && s.script() != null) {
            input.put("script", script(t, s, values));
        }
        Visual backdrop = image == null ? null : AssetRules.visual(assetInput(image));
        double start = line.end;
        double end;
        List<Cue> cues = List.of();
        String voiceId = null;
        if (input.has("script") || audio) {
            SpeakerRules.Narration said = speaker.narrate(input, look, Scope.body("scenes." + s.id() + "."), start);
            line.tooLong = line.tooLong == null ? said.tooLong() : line.tooLong;
            end = said.end();
            cues = said.cues();
            voiceId = said.voiceId();
        } else {
            end = Speech.round(start + 3);
        }
        line.add(new ShotPlan(start, end, "avatar", look.name(), Visual.look(look.id()), backdrop, t.background(), cues, voiceId));
        if (clip != null) {
            String source = assetInput(clip).toString();
            double d = 4 + Math.floor(ids.unit("clip", source) * 9);
            line.add(new ShotPlan(line.end, Speech.round(line.end + d), "video", "clip " + s.id(), null,
                    Visual.generated("clip:" + source), null, List.of(), null));
        }
    }

    /** The scene's script with each text variable's content in place of its {@code {{name}}}. */
    private static String script(Template t, Scene s, Map<String, JsonNode> values) {
        Matcher m = PLACEHOLDER.matcher(s.script());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonNode props = values.get(m.group(1));
            String text = props != null && "text".equals(t.typeOf(m.group(1))) ? props.get("content").asText() : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        if (out.toString().isBlank()) {
            String first = s.variables().stream().filter(n -> "text".equals(t.typeOf(n))).findFirst().orElse(null);
            throw ApiError.invalid(first == null ? "variables" : "variables." + first + ".properties.content", "scene " + s.id()
                    + " would say nothing; give its text variables some content");
        }
        return out.toString();
    }

    /** A well-formed value of a variable, for messages. */
    private static String example(String name, String type) {
        String props = switch (type) {
            case "text" -> "{\"content\":\"...\"}";
            case "voice" -> "{\"voice_id\":\"en_ava\"}";
            case "image" -> "{\"url\":\"https://example.com/picture.png\"}";
            case "video" -> "{\"url\":\"https://example.com/clip.mp4\"}";
            default -> "{\"url\":\"https://example.com/sound.mp3\"}";
        };
        return "\"" + name + "\":{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"properties\":" + props + "}";
    }
}
