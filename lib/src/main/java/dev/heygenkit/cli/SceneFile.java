package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.Scene;
import dev.heygenkit.Scenes;
import dev.heygenkit.Voice;
import dev.heygenkit.internal.http.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code render --scenes FILE}: a JSON scene list (JSON only; YAML is not read, to keep the CLI free of extra
 * dependencies). Either an array of scenes or an object with {@code scenes} plus video options. Relative paths are
 * resolved against the file's directory.
 *
 * <pre>
 * {"aspect": "16:9", "title": "Tour", "scenes": [
 *   {"look": "anna", "say": "Welcome!", "bg": "#0A84FF"},
 *   {"image": "slide.png", "hold": "3s"},
 *   {"image": "chart.png", "say": "Sales doubled.", "voice": "en_ava"},
 *   {"video": "clip.mp4", "mute": true},
 *   {"look": "marcus", "say": ["Thanks for watching.", "Bye!"], "voice": "en_brian", "speed": 1.1}]}
 * </pre>
 */
final class SceneFile {
    private static final Set<String> TOP = Set.of("scenes", "aspect", "resolution", "title", "captions", "burn_captions");
    private static final Set<String> AVATAR = Set.of("look", "photo", "say", "voice", "speed", "bg", "engine", "motion",
            "expressiveness", "audio");
    private static final Set<String> IMAGE = Set.of("image", "hold", "say", "voice", "speed", "audio");
    private static final Set<String> VIDEO = Set.of("video", "mute", "volume");

    /** A scene list is a few kilobytes; a file beyond this cannot be one and is refused unread. */
    static final long SCENES_MAX_BYTES = 4L << 20;

    private SceneFile() {
    }

    /** Parses the file into a studio spec; problems throw IllegalArgumentException naming the scene and key. */
    static Scenes read(Path file) {
        Preconditions.inputFile(file, "--scenes", SCENES_MAX_BYTES);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read --scenes " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            throw new IllegalArgumentException("--scenes " + name + ": only JSON scene lists are read; write it as .json "
                    + "(an array of {\"look\":..., \"say\":...} objects)");
        }
        JsonNode root;
        try {
            root = Json.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("--scenes " + name + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        Path dir = file.toAbsolutePath().getParent();
        JsonNode list = root;
        if (root != null && root.isObject()) {
            unknownKeys(root, TOP, name + ":");
            list = root.get("scenes");
        }
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("--scenes " + name + " needs a non-empty \"scenes\" array (or a top-level array)");
        }
        List<Scene> scenes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            scenes.add(scene(list.get(i), name + " scene " + (i + 1) + ":", dir));
        }
        Scenes s = Scenes.of(scenes);
        if (root.isObject()) {
            if (root.hasNonNull("aspect")) {
                s = s.aspect(root.get("aspect").asText());
            }
            if (root.hasNonNull("resolution")) {
                s = s.resolution(root.get("resolution").asText());
            }
            if (root.hasNonNull("title")) {
                s = s.title(root.get("title").asText());
            }
            if (root.path("burn_captions").asBoolean(false)) {
                s = s.burnedCaptions();
            } else if (root.path("captions").asBoolean(false)) {
                s = s.captions();
            }
        }
        return s;
    }

    private static Scene scene(JsonNode n, String where, Path dir) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(where + " is not an object; write e.g. {\"look\": \"anna\", \"say\": \"Hi\"}");
        }
        if (n.has("look") || n.has("photo")) {
            unknownKeys(n, AVATAR, where);
            return avatar(n, dir);
        }
        if (n.has("image")) {
            unknownKeys(n, IMAGE, where);
            return still(n, where, dir);
        }
        if (n.has("video")) {
            unknownKeys(n, VIDEO, where);
            String src = n.get("video").asText();
            Scene.Clip c = isUrl(src) ? Scene.video(URI.create(src)) : Scene.video(dir.resolve(src));
            if (n.path("mute").asBoolean(false)) {
                c = c.mute();
            }
            if (n.hasNonNull("volume")) {
                c = c.volume(n.get("volume").asDouble());
            }
            return c;
        }
        throw new IllegalArgumentException(where + " needs one of \"look\", \"photo\", \"image\" or \"video\"");
    }

    private static Avatar avatar(JsonNode n, Path dir) {
        Avatar a = n.has("look") ? Avatar.look(n.get("look").asText()) : photo(n.get("photo").asText(), dir);
        for (String line : texts(n.get("say"))) {
            a = a.say(line);
        }
        if (n.hasNonNull("voice") || n.hasNonNull("speed")) {
            Voice v = n.hasNonNull("voice") ? Voice.id(n.get("voice").asText()) : Voice.lookDefault();
            a = a.voice(n.hasNonNull("speed") ? v.speed(n.get("speed").asDouble()) : v);
        }
        if (n.hasNonNull("bg")) {
            a = a.on(Background.color(n.get("bg").asText()));
        }
        if (n.hasNonNull("engine")) {
            a = a.engine(n.get("engine").asText());
        }
        if (n.hasNonNull("motion")) {
            a = a.motion(n.get("motion").asText());
        }
        if (n.hasNonNull("expressiveness")) {
            a = a.expressiveness(n.get("expressiveness").asText());
        }
        if (n.hasNonNull("audio")) {
            String src = n.get("audio").asText();
            a = isUrl(src) ? a.audio(URI.create(src)) : a.audio(dir.resolve(src));
        }
        return a;
    }

    private static Scene.Still still(JsonNode n, String where, Path dir) {
        String src = n.get("image").asText();
        Scene.Still s = isUrl(src) ? Scene.image(URI.create(src)) : Scene.image(dir.resolve(src));
        if (n.hasNonNull("hold")) {
            JsonNode h = n.get("hold");
            s = s.hold(h.isNumber() ? java.time.Duration.ofMillis(Math.round(h.asDouble() * 1000))
                    : Durations.parse(h.asText(), where + " hold"));
        }
        for (String line : texts(n.get("say"))) {
            s = s.say(line);
        }
        if (n.hasNonNull("voice")) {
            Voice v = Voice.id(n.get("voice").asText());
            s = s.voice(n.hasNonNull("speed") ? v.speed(n.get("speed").asDouble()) : v);
        }
        if (n.hasNonNull("audio")) {
            String a = n.get("audio").asText();
            s = isUrl(a) ? s.audio(URI.create(a)) : s.audio(dir.resolve(a));
        }
        return s;
    }

    private static Avatar photo(String src, Path dir) {
        return isUrl(src) ? Avatar.photo(URI.create(src)) : Avatar.photo(dir.resolve(src));
    }

    static boolean isUrl(String s) {
        return s.startsWith("https://") || s.startsWith("http://");
    }

    private static List<String> texts(JsonNode say) {
        List<String> out = new ArrayList<>();
        if (say == null || say.isNull()) {
            return out;
        }
        if (say.isArray()) {
            say.forEach(x -> out.add(x.asText()));
        } else {
            out.add(say.asText());
        }
        return out;
    }

    private static void unknownKeys(JsonNode n, Set<String> known, String where) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new IllegalArgumentException(where + " unknown key \"" + k + "\"; known here: " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }
}
