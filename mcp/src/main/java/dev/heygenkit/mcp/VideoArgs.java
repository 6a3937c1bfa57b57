package dev.heygenkit.mcp;

import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.Scene;
import dev.heygenkit.Scenes;
import dev.heygenkit.VideoSpec;
import dev.heygenkit.Voice;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arguments that describe a video ({@code check_avatar_video} and {@code create_avatar_video} take the same), and
 * the kit spec they make: one look or photo speaking a script, or up to 50 scenes. Local files are paths inside the
 * allowed folder; anything else starting with {@code http(s)://} is a public URL.
 */
final class VideoArgs {
    static final List<String> ASPECTS = List.of("16:9", "9:16", "1:1", "4:5", "5:4", "auto");
    static final List<String> RESOLUTIONS = List.of("720p", "1080p", "4k");
    static final List<String> ENGINES = List.of("avatar_v", "avatar_iv", "avatar_iii");
    private static final int MAX_SCRIPT = 20_000;

    private final Folder folder;

    VideoArgs(Folder folder) {
        this.folder = folder;
    }

    /** The input schema of both video tools. */
    static Map<String, Object> schema() {
        Schema scene = Schema.object()
                .string("avatar_id", "Look id that speaks in this scene (from list_avatar_looks).")
                .string("photo", "A photo that speaks in this scene: https URL or PNG/JPEG path in the allowed folder.")
                .text("script", "What is said in this scene.", MAX_SCRIPT)
                .string("voice_id", "Voice for this scene (default: the look's own voice).")
                .number("voice_speed", "Speaking rate.", 0.5, 1.5)
                .string("background", "Solid colour behind the speaker, #RRGGBB.")
                .string("image", "A still picture scene instead of a speaker: https URL or path in the allowed folder.")
                .number("hold_seconds", "How long a silent picture scene stays on screen.", 0.5, 60)
                .string("video", "A video clip scene: https URL or path in the allowed folder.")
                .bool("mute", "Silence the clip's own sound.");
        return Schema.object()
                .string("avatar_id", "Look id that speaks (HeyGen's avatar_id; find them with list_avatar_looks).")
                .string("photo", "Instead of a look, a photo that speaks (Avatar IV): https URL or PNG/JPEG path in the allowed folder.")
                .text("script", "What is said. Pauses: <break time=\"1s\"/>.", MAX_SCRIPT)
                .string("voice_id", "The voice (from list_voices); default: the look's own voice.")
                .number("voice_speed", "Speaking rate.", 0.5, 1.5)
                .string("background", "Background: #RRGGBB colour, https image URL, or image path in the allowed folder.")
                .choice("aspect_ratio", "Frame shape (default 16:9).", ASPECTS)
                .choice("resolution", "Output resolution.", RESOLUTIONS)
                .choice("engine", "Rendering engine (default: the look's best).", ENGINES)
                .string("title", "Title shown in the HeyGen dashboard.")
                .bool("captions", "Also produce subtitles (SRT).")
                .array("scenes", "A multi-scene video instead of one speaker: each scene has avatar_id or photo with "
                        + "script, or an image, or a video. Not combined with avatar_id, photo, script or voice.", scene.map(), 1, 50)
                .bool("fresh", "Create a new video even if this session or the render journal already has one for this "
                        + "exact request (spends credit again).")
                .map();
    }

    /** The spec the arguments describe; mistakes are {@code invalid_argument} errors naming the argument. */
    VideoSpec spec(Args a) {
        VideoSpec spec = a.has("scenes") ? scenes(a) : speaker(a);
        return a.flag("fresh") ? spec.fresh() : spec;
    }

    private Avatar speaker(Args a) {
        if (!a.has("avatar_id") && !a.has("photo")) {
            throw Args.invalid(a.where() + ": give avatar_id (or photo) with script, or scenes",
                    "Find a look id with list_avatar_looks, then pass avatar_id and script.");
        }
        if (!a.has("script")) {
            throw Args.invalid(a.where() + ": script is required with " + (a.has("avatar_id") ? "avatar_id" : "photo"),
                    "Pass script: the words the avatar says.");
        }
        Avatar v = avatar(a).say(a.string("script"));
        if (a.has("background")) {
            v = v.on(background(a.string("background"), a.where() + ": background"));
        }
        if (a.has("engine")) {
            v = v.engine(a.string("engine"));
        }
        return options(a, v);
    }

    /** The look or photo with its voice, for a whole video or one scene. */
    private Avatar avatar(Args a) {
        if (a.has("avatar_id") && a.has("photo")) {
            throw Args.invalid(a.where() + ": avatar_id and photo both name the speaker", "Keep one of them.");
        }
        Avatar v = a.has("avatar_id") ? Avatar.look(a.string("avatar_id")) : isUrl(a.string("photo"))
                ? Avatar.photo(URI.create(a.string("photo"))) : Avatar.photo(folder.resolve(a.string("photo"), "photo"));
        if (a.has("voice_id") || a.has("voice_speed")) {
            Voice voice = a.has("voice_id") ? Voice.id(a.string("voice_id")) : Voice.lookDefault();
            v = v.voice(a.has("voice_speed") ? voice.speed(a.number("voice_speed")) : voice);
        }
        return v;
    }

    private Scenes scenes(Args a) {
        List<String> clash = new ArrayList<>();
        for (String name : List.of("avatar_id", "photo", "script", "voice_id", "voice_speed", "background", "engine")) {
            if (a.has(name)) {
                clash.add(name);
            }
        }
        if (!clash.isEmpty()) {
            throw Args.invalid(a.where() + ": " + String.join(", ", clash) + " cannot be combined with scenes",
                    "Put " + (clash.size() == 1 ? "it" : "them") + " into each scene instead.");
        }
        List<Scene> list = new ArrayList<>();
        for (Args s : a.objects("scenes")) {
            list.add(scene(s));
        }
        return options(a, Scenes.of(list));
    }

    private Scene scene(Args s) {
        int kinds = (s.has("avatar_id") || s.has("photo") ? 1 : 0) + (s.has("image") ? 1 : 0) + (s.has("video") ? 1 : 0);
        if (kinds != 1) {
            throw Args.invalid(s.where() + " needs exactly one of avatar_id/photo, image or video",
                    "Write e.g. {\"avatar_id\": \"<look id>\", \"script\": \"Hi\"} or {\"image\": \"https://...\", \"hold_seconds\": 3}.");
        }
        if (s.has("video")) {
            String src = s.string("video");
            Scene.Clip c = isUrl(src) ? Scene.video(URI.create(src)) : Scene.video(folder.resolve(src, s.where() + ".video"));
            return s.flag("mute") ? c.mute() : c;
        }
        if (s.has("image")) {
            String src = s.string("image");
            Scene.Still still = isUrl(src) ? Scene.image(URI.create(src)) : Scene.image(folder.resolve(src, s.where() + ".image"));
            if (s.has("hold_seconds")) {
                still = still.hold(Duration.ofMillis(Math.round(s.number("hold_seconds") * 1000)));
            }
            if (s.has("script")) {
                still = still.say(s.string("script"));
            }
            if (s.has("voice_id")) {
                Voice voice = Voice.id(s.string("voice_id"));
                still = still.voice(s.has("voice_speed") ? voice.speed(s.number("voice_speed")) : voice);
            }
            return still;
        }
        Avatar v = avatar(s);
        if (s.has("script")) {
            v = v.say(s.string("script"));
        }
        return s.has("background") ? v.on(Background.color(s.string("background"))) : v;
    }

    private static <S extends dev.heygenkit.VideoOptionSteps<S>> S options(Args a, S spec) {
        S s = spec;
        if (a.has("aspect_ratio")) {
            s = s.aspect(a.string("aspect_ratio"));
        }
        if (a.has("resolution")) {
            s = s.resolution(a.string("resolution"));
        }
        if (a.has("title")) {
            s = s.title(a.string("title"));
        }
        return a.flag("captions") ? s.captions() : s;
    }

    private Background background(String value, String param) {
        if (value.startsWith("#")) {
            return Background.color(value);
        }
        return isUrl(value) ? Background.image(URI.create(value)) : Background.image(folder.resolve(value, param));
    }

    private static boolean isUrl(String s) {
        return s.startsWith("https://") || s.startsWith("http://");
    }
}
