package dev.heygenkit.internal.render;

import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarInput;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.CinematicAvatarRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.Framing;
import dev.heygenkit.api.ImageInput;
import dev.heygenkit.api.ImageScene;
import dev.heygenkit.api.ImageVideoRequest;
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
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Every media input of a typed create request, in one walk: where local files are (to upload them) and the request
 * with each replaced by the asset id it was uploaded as. The only place that knows which fields carry media.
 */
final class RequestAssets {
    private RequestAssets() {
    }

    /** Every local file in the request, in field order, each once. */
    static Set<Path> localFiles(VideoRequest request) {
        Set<Path> out = new LinkedHashSet<>();
        map(request, a -> {
            if (a instanceof AssetInput.LocalFile f) {
                out.add(f.absolute());
            }
            return a;
        });
        return out;
    }

    /** The request with each local file replaced by its uploaded asset id. */
    static VideoRequest uploaded(VideoRequest request, Map<Path, String> assetIds) {
        return map(request, a -> {
            if (!(a instanceof AssetInput.LocalFile f)) {
                return a;
            }
            String id = assetIds.get(f.absolute());
            if (id == null) {
                throw new IllegalStateException("no asset id for " + f.path());
            }
            return AssetInput.asset(id);
        });
    }

    /** The request with {@code f} applied to every media input. */
    static VideoRequest map(VideoRequest r, UnaryOperator<AssetInput> f) {
        if (r instanceof TemplateVideoRequest t) {
            return template(t, f);
        }
        if (r instanceof AvatarVideoRequest a) {
            return new AvatarVideoRequest(a.avatarId(), speaker(a.speaker(), f), framing(a.framing(), f),
                    options(a.options(), f));
        }
        if (r instanceof ImageVideoRequest i) {
            return new ImageVideoRequest(apply(i.image(), f), speaker(i.speaker(), f), framing(i.framing(), f),
                    options(i.options(), f));
        }
        if (r instanceof StudioVideoRequest s) {
            return new StudioVideoRequest(s.scenes() == null ? null : s.scenes().stream().map(sc -> scene(sc, f)).toList(),
                    options(s.options(), f));
        }
        CinematicAvatarRequest c = (CinematicAvatarRequest) r;
        return c.references() == null ? c
                : c.toBuilder().references(c.references().stream().map(a -> apply(a, f)).toList()).build();
    }

    private static TemplateVideoRequest template(TemplateVideoRequest t, UnaryOperator<AssetInput> f) {
        java.util.Map<String, TemplateVariable> vars = new java.util.LinkedHashMap<>();
        t.variables().forEach((name, v) -> vars.put(name, variable(v, f)));
        return t.toBuilder().variables(vars).build();
    }

    /** A template variable with its media changed; text and voices pass through. */
    static TemplateVariable variable(TemplateVariable v, UnaryOperator<AssetInput> f) {
        if (v instanceof TemplateVariable.Image i) {
            return TemplateVariable.image(i.name(), f.apply(i.image()), i.fit());
        }
        if (v instanceof TemplateVariable.Video vid) {
            return TemplateVariable.video(vid.name(), f.apply(vid.video()), vid.playStyle());
        }
        if (v instanceof TemplateVariable.Audio a) {
            return TemplateVariable.audio(a.name(), f.apply(a.audio()));
        }
        return v;
    }

    private static StudioScene scene(StudioScene s, UnaryOperator<AssetInput> f) {
        if (s instanceof StudioScene.AvatarVideo av && av.input() instanceof AvatarInput in) {
            return StudioScene.avatar(new AvatarInput(in.avatarId(), speaker(in.speaker(), f), in.background()));
        }
        if (s instanceof StudioScene.AvatarVideo av && av.input() instanceof ImageInput in) {
            return StudioScene.avatar(new ImageInput(apply(in.image(), f), speaker(in.speaker(), f)));
        }
        if (s instanceof ImageScene img) {
            return new ImageScene(apply(img.source(), f), img.duration(), speaker(img.speaker(), f));
        }
        if (s instanceof StudioScene.Clip clip) {
            return StudioScene.clip(apply(clip.source(), f), clip.playback());
        }
        return s;
    }

    private static Speaker speaker(Speaker s, UnaryOperator<AssetInput> f) {
        return s.audio() == null ? s : s.toBuilder().audio(f.apply(s.audio())).build();
    }

    private static Framing framing(Framing fr, UnaryOperator<AssetInput> f) {
        return fr.background() instanceof VideoBackground.Image img && img.image() != null
                ? fr.toBuilder().background(VideoBackground.image(f.apply(img.image()))).build() : fr;
    }

    private static VideoOptions options(VideoOptions o, UnaryOperator<AssetInput> f) {
        Watermark w = o.watermark();
        return w == null || w.image() == null ? o
                : o.toBuilder().watermark(new Watermark(f.apply(w.image()), w.opacity(), w.scale(), w.placement())).build();
    }

    private static AssetInput apply(AssetInput a, UnaryOperator<AssetInput> f) {
        return a == null ? null : f.apply(a);
    }
}
