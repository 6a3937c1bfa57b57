package dev.heygenkit.internal.batch;

import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarInput;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.CinematicAvatarRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.Engine;
import dev.heygenkit.api.Framing;
import dev.heygenkit.api.ImageInput;
import dev.heygenkit.api.ImageScene;
import dev.heygenkit.api.ImageVideoRequest;
import dev.heygenkit.api.SceneBackground;
import dev.heygenkit.api.Speaker;
import dev.heygenkit.api.StudioScene;
import dev.heygenkit.api.StudioVideoRequest;
import dev.heygenkit.api.TemplateVariable;
import dev.heygenkit.api.TemplateVideoRequest;
import dev.heygenkit.api.VideoRequest;
import dev.heygenkit.api.VideoBackground;
import dev.heygenkit.api.VideoOptions;
import dev.heygenkit.api.Watermark;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every text a user would personalise in a typed create request, in one walk: look and voice ids, scripts, titles,
 * callback id and URL, colours, media URLs, asset ids and local file paths, prompts. Used to fill placeholders per
 * data row and to list the texts that carry them.
 */
public final class RequestText {
    /** Changes one text; {@code field} names it for messages, e.g. {@code "scene 2 script"}. */
    @FunctionalInterface
    public interface Fn {
        String apply(String field, String value);
    }

    private RequestText() {
    }

    /** Field name → text of every non-null text in the request. */
    public static Map<String, String> texts(VideoRequest request) {
        Map<String, String> out = new LinkedHashMap<>();
        map(request, (field, value) -> {
            out.merge(field, value, (a, b) -> a + " " + b);
            return value;
        });
        return out;
    }

    /** The request with {@code fn} applied to every text. */
    public static VideoRequest map(VideoRequest r, Fn fn) {
        if (r instanceof TemplateVideoRequest t) {
            return template(t, fn);
        }
        if (r instanceof AvatarVideoRequest a) {
            return new AvatarVideoRequest(text("look id", a.avatarId(), fn), speaker("", a.speaker(), fn),
                    framing(a.framing(), fn), options(a.options(), fn));
        }
        if (r instanceof ImageVideoRequest i) {
            return new ImageVideoRequest(asset("photo", i.image(), fn), speaker("", i.speaker(), fn),
                    framing(i.framing(), fn), options(i.options(), fn));
        }
        if (r instanceof StudioVideoRequest s) {
            java.util.List<StudioScene> scenes = null;
            if (s.scenes() != null) {
                scenes = new java.util.ArrayList<>();
                for (int k = 0; k < s.scenes().size(); k++) {
                    scenes.add(scene(s.scenes().get(k), "scene " + (k + 1) + " ", fn));
                }
            }
            return new StudioVideoRequest(scenes, options(s.options(), fn));
        }
        CinematicAvatarRequest c = (CinematicAvatarRequest) r;
        return c.toBuilder()
                .prompt(text("prompt", c.prompt(), fn))
                .avatarIds(c.avatarIds() == null ? null : c.avatarIds().stream().map(id -> fn.apply("look id", id)).toList())
                .references(c.references() == null ? null
                        : c.references().stream().map(a -> asset("reference", a, fn)).toList())
                .title(text("title", c.title(), fn))
                .build();
    }

    private static TemplateVideoRequest template(TemplateVideoRequest t, Fn fn) {
        Map<String, TemplateVariable> vars = new LinkedHashMap<>();
        t.variables().forEach((name, v) -> {
            String field = "template variable " + name;
            TemplateVariable out = v;
            if (v instanceof TemplateVariable.Text text) {
                out = TemplateVariable.text(name, fn.apply(field, text.content()));
            } else if (v instanceof TemplateVariable.Voice voice) {
                out = TemplateVariable.voice(name, fn.apply(field, voice.voiceId()));
            } else if (v instanceof TemplateVariable.Image i) {
                out = TemplateVariable.image(name, asset(field, i.image(), fn), i.fit());
            } else if (v instanceof TemplateVariable.Video vid) {
                out = TemplateVariable.video(name, asset(field, vid.video(), fn), vid.playStyle());
            } else if (v instanceof TemplateVariable.Audio a) {
                out = TemplateVariable.audio(name, asset(field, a.audio(), fn));
            }
            vars.put(name, out);
        });
        return t.toBuilder().variables(vars).title(text("title", t.title(), fn))
                .callbackUrl(text("callback URL", t.callbackUrl(), fn)).callbackId(text("callback id", t.callbackId(), fn))
                .build();
    }

    private static StudioScene scene(StudioScene s, String at, Fn fn) {
        if (s instanceof StudioScene.AvatarVideo av && av.input() instanceof AvatarInput in) {
            SceneBackground bg = in.background() instanceof SceneBackground.Color col
                    ? SceneBackground.color(text(at + "background colour", col.color(), fn)) : in.background();
            return StudioScene.avatar(new AvatarInput(text(at + "look id", in.avatarId(), fn),
                    speaker(at, in.speaker(), fn), bg));
        }
        if (s instanceof StudioScene.AvatarVideo av && av.input() instanceof ImageInput in) {
            return StudioScene.avatar(new ImageInput(asset(at + "photo", in.image(), fn), speaker(at, in.speaker(), fn)));
        }
        if (s instanceof ImageScene img) {
            return new ImageScene(asset(at + "picture", img.source(), fn), img.duration(), speaker(at, img.speaker(), fn));
        }
        if (s instanceof StudioScene.Clip clip) {
            return StudioScene.clip(asset(at + "clip", clip.source(), fn), clip.playback());
        }
        return s;
    }

    private static Speaker speaker(String at, Speaker s, Fn fn) {
        Engine engine = s.engine() instanceof Engine.AvatarV v && v.referenceLookId() != null
                ? new Engine.AvatarV(fn.apply(at + "reference look id", v.referenceLookId())) : s.engine();
        return s.toBuilder()
                .script(text(at + "script", s.script(), fn))
                .voiceId(text(at + "voice id", s.voiceId(), fn))
                .audio(asset(at + "audio", s.audio(), fn))
                .motionPrompt(text(at + "motion prompt", s.motionPrompt(), fn))
                .engine(engine)
                .build();
    }

    private static Framing framing(Framing f, Fn fn) {
        VideoBackground bg = f.background();
        if (bg instanceof VideoBackground.Color c) {
            bg = VideoBackground.color(text("background colour", c.value(), fn));
        } else if (bg instanceof VideoBackground.Image img) {
            bg = VideoBackground.image(asset("background image", img.image(), fn));
        }
        return f.toBuilder().background(bg).build();
    }

    private static VideoOptions options(VideoOptions o, Fn fn) {
        Watermark w = o.watermark();
        return o.toBuilder()
                .title(text("title", o.title(), fn))
                .callbackUrl(text("callback URL", o.callbackUrl(), fn))
                .callbackId(text("callback id", o.callbackId(), fn))
                .watermark(w == null ? null : new Watermark(asset("watermark", w.image(), fn), w.opacity(), w.scale(),
                        w.placement()))
                .build();
    }

    /** The asset with its URL, asset id or file path changed. */
    static AssetInput asset(String field, AssetInput a, Fn fn) {
        if (a instanceof AssetInput.Url u) {
            return AssetInput.url(text(field + " URL", u.url(), fn));
        }
        if (a instanceof AssetInput.AssetId id) {
            return AssetInput.asset(text(field + " asset id", id.assetId(), fn));
        }
        if (a instanceof AssetInput.LocalFile f) {
            // A placeholder may fill a file path with a URL or an asset id; the value decides what it is.
            String v = fn.apply(field + " file", f.path().toString());
            if (!v.equals(f.path().toString()) && (v.startsWith("https://") || v.startsWith("http://"))) {
                return AssetInput.url(v);
            }
            if (!v.equals(f.path().toString()) && v.startsWith("asset:")) {
                return AssetInput.asset(v.substring("asset:".length()));
            }
            return AssetInput.file(Path.of(v));
        }
        return a;
    }

    private static String text(String field, String value, Fn fn) {
        return value == null ? null : fn.apply(field, value);
    }
}
