package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.Caption;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.StudioScene;
import dev.heygenkit.api.StudioVideoRequest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A studio video ({@code type=studio}): 1 to 50 scenes rendered in order into one video. Immutable; every step returns
 * a new value.
 *
 * <pre>{@code Scenes.of(Avatar.look(a).say("Intro"), Scene.image(URI.create(url)).hold(Duration.ofSeconds(3)),
 *           Avatar.look(b).say("More")).aspect("9:16").render(client);}</pre>
 */
public final class Scenes extends VideoSpec {
    private final List<Scene> scenes;
    private final String aspect;
    private final String resolution;
    private final Caption caption;
    private final String title;
    private final String callbackUrl;
    private final String callbackId;
    private final Watermark watermark;
    private final boolean fresh;
    private final List<String> ignored;

    private Scenes(List<Scene> scenes, String aspect, String resolution, Caption caption, String title,
                   String callbackUrl, String callbackId, Watermark watermark, boolean fresh, List<String> ignored) {
        this.scenes = List.copyOf(scenes);
        this.aspect = aspect;
        this.resolution = resolution;
        this.caption = caption;
        this.title = title;
        this.callbackUrl = callbackUrl;
        this.callbackId = callbackId;
        this.watermark = watermark;
        this.fresh = fresh;
        this.ignored = ignored;
    }

    /** The scenes, in order. */
    public static Scenes of(Scene... scenes) {
        return of(Arrays.asList(scenes));
    }

    /** The scenes, in order. */
    public static Scenes of(List<? extends Scene> scenes) {
        Objects.requireNonNull(scenes, "scenes");
        scenes.forEach(s -> Objects.requireNonNull(s, "scene"));
        return new Scenes(List.copyOf(scenes), null, null, null, null, null, null, null, false, List.of());
    }

    /** A copy with more scenes appended. */
    public Scenes then(Scene... more) {
        List<Scene> all = new ArrayList<>(scenes);
        for (Scene s : more) {
            all.add(Objects.requireNonNull(s, "scene"));
        }
        return new Scenes(all, aspect, resolution, caption, title, callbackUrl, callbackId, watermark, fresh, ignored);
    }

    /** Frame shape; every scene is centre-cropped to it. */
    public Scenes aspect(String ratio) {
        return new Scenes(scenes, Objects.requireNonNull(ratio, "aspect ratio"), resolution, caption, title, callbackUrl,
                callbackId, watermark, fresh, ignored);
    }

    /** {@code 720p}, {@code 1080p} or {@code 4k}. */
    public Scenes resolution(String value) {
        return new Scenes(scenes, aspect, Objects.requireNonNull(value, "resolution"), caption, title, callbackUrl,
                callbackId, watermark, fresh, ignored);
    }

    /** Asks for captions as a sidecar SRT. */
    public Scenes captions() {
        return new Scenes(scenes, aspect, resolution, Caption.sidecar(), title, callbackUrl, callbackId, watermark, fresh, ignored);
    }

    /** Asks for captions burned into a second video, plus the SRT. */
    public Scenes burnedCaptions() {
        return new Scenes(scenes, aspect, resolution, Caption.burnedIn(), title, callbackUrl, callbackId, watermark, fresh, ignored);
    }

    /** The dashboard title. */
    public Scenes title(String value) {
        return new Scenes(scenes, aspect, resolution, caption, Objects.requireNonNull(value, "title"), callbackUrl,
                callbackId, watermark, fresh, ignored);
    }

    /** A URL the API calls once when the video is ready. */
    public Scenes callback(String url) {
        return new Scenes(scenes, aspect, resolution, caption, title, Objects.requireNonNull(url, "callback url"),
                callbackId, watermark, fresh, ignored);
    }

    /** Your id for this video, echoed in the callback. */
    public Scenes callbackId(String id) {
        return new Scenes(scenes, aspect, resolution, caption, title, callbackUrl, Objects.requireNonNull(id, "callback id"),
                watermark, fresh, ignored);
    }

    /** An image over the video (Enterprise). */
    public Scenes watermark(Watermark value) {
        return new Scenes(scenes, aspect, resolution, caption, title, callbackUrl, callbackId,
                Objects.requireNonNull(value, "watermark"), fresh, ignored);
    }

    @Override
    public Scenes fresh() {
        return new Scenes(scenes, aspect, resolution, caption, title, callbackUrl, callbackId, watermark, true, ignored);
    }

    @Override
    public Scenes ignore(String... codes) {
        TreeSet<String> all = new TreeSet<>(ignored);
        all.addAll(Arrays.asList(codes));
        return new Scenes(scenes, aspect, resolution, caption, title, callbackUrl, callbackId, watermark, fresh, List.copyOf(all));
    }

    /** The scenes, in order. */
    public List<Scene> scenes() {
        return scenes;
    }

    @Override
    boolean freshRequested() {
        return fresh;
    }

    @Override
    Set<String> ignoredCodes() {
        return Set.copyOf(ignored);
    }

    @Override
    public CreateVideoRequest request() {
        return build(new ArrayList<>());
    }

    @Override
    List<Problem> specProblems() {
        List<Problem> out = new ArrayList<>();
        build(out);
        return out;
    }

    private StudioVideoRequest build(List<Problem> problems) {
        List<StudioScene> out = new ArrayList<>();
        for (int i = 0; i < scenes.size(); i++) {
            Scene s = scenes.get(i);
            if (s instanceof Avatar a) {
                out.add(a.toScene(i, problems));
            } else if (s instanceof Scene.Still still) {
                out.add(still.toScene(i, problems));
            } else if (s instanceof Scene.Clip clip) {
                out.add(clip.toScene());
            }
        }
        return StudioVideoRequest.builder()
                .scenes(out)
                .title(title)
                .resolution(resolution)
                .aspectRatio(aspect)
                .caption(caption)
                .callbackUrl(callbackUrl)
                .callbackId(callbackId)
                .watermark(watermark == null ? null : watermark.toApi())
                .build();
    }

    /** The DSL expression that recreates this value. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Scenes.of(")
                .append(scenes.stream().map(Object::toString).collect(Collectors.joining(", "))).append(')');
        Avatar.step(b, "aspect", aspect);
        Avatar.step(b, "resolution", resolution);
        if (caption != null) {
            b.append(caption.style() == null ? ".captions()" : ".burnedCaptions()");
        }
        Avatar.step(b, "title", title);
        Avatar.step(b, "callback", callbackUrl);
        Avatar.step(b, "callbackId", callbackId);
        if (watermark != null) {
            b.append(".watermark(").append(watermark).append(')');
        }
        if (!ignored.isEmpty()) {
            b.append(".ignore(").append(Dsl.strs(ignored)).append(')');
        }
        if (fresh) {
            b.append(".fresh()");
        }
        return b.toString();
    }
}
