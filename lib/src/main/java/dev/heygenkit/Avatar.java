package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.AvatarInput;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Caption;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.Engine;
import dev.heygenkit.api.ImageInput;
import dev.heygenkit.api.ImageVideoRequest;
import dev.heygenkit.api.StudioScene;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A look or a photo that speaks: a whole video on its own ({@code type=avatar} for looks, {@code type=image} for
 * photos) or one scene of {@link Scenes}. Immutable: every step returns a new value, so branching from a shared
 * {@code var anna = Avatar.look(...)} never leaks state. {@code toString()} is the DSL expression.
 *
 * <pre>{@code Video v = Avatar.look(lookId).say("Hello.").voice(voiceId).on(Background.color("#0A84FF")).render(client);}</pre>
 */
public final class Avatar extends VideoSpec implements Scene {
    private enum Captions { SIDECAR, BURNED_IN }

    /** Every field of the value; copied, changed and wrapped by each step, never shared mutably. */
    private static final class State implements Cloneable {
        String look;
        Media photo;
        Script script = Script.EMPTY;
        Media audio;
        Voice voice;
        Background background;
        String engine;
        String referenceLook;
        String motion;
        String expressiveness;
        boolean removeBackground;
        boolean transparent;
        String aspect;
        String resolution;
        String fit;
        Captions captions;
        String title;
        String callbackUrl;
        String callbackId;
        Watermark watermark;
        boolean fresh;
        List<String> ignored = List.of();

        State copy() {
            try {
                return (State) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    private final State s;

    private Avatar(State s) {
        this.s = s;
    }

    private Avatar with(Consumer<State> change) {
        State c = s.copy();
        change.accept(c);
        return new Avatar(c);
    }

    /** A look (from {@code client.looks().list()}); renders as {@code type=avatar}. */
    public static Avatar look(String lookId) {
        State st = new State();
        st.look = Objects.requireNonNull(lookId, "look id");
        return new Avatar(st);
    }

    /** A local photo (PNG or JPEG, ideally 512×512 or more), uploaded at submit time; renders as {@code type=image}. */
    public static Avatar photo(Path file) {
        State st = new State();
        st.photo = Media.of(file);
        return new Avatar(st);
    }

    /** A photo at a public URL; renders as {@code type=image}. */
    public static Avatar photo(URI url) {
        State st = new State();
        st.photo = Media.of(url);
        return new Avatar(st);
    }

    /** A photo uploaded before, by asset id; renders as {@code type=image}. */
    public static Avatar photoAsset(String assetId) {
        State st = new State();
        st.photo = Media.asset(assetId);
        return new Avatar(st);
    }

    /**
     * A prompt-driven cinematic clip with one to three looks ({@code type=cinematic_avatar}).
     *
     * <pre>{@code Avatar.cinematic("walks through a sunny park, waving", lookId).duration(Duration.ofSeconds(8))}</pre>
     */
    public static Cinematic cinematic(String prompt, String... lookIds) {
        return Cinematic.of(prompt, Arrays.asList(lookIds));
    }

    /** Appends text to the script; consecutive steps are joined with a space. */
    public Avatar say(String text) {
        Objects.requireNonNull(text, "text");
        return with(c -> c.script = c.script.say(text));
    }

    /** Appends a pause, written as {@code <break time="…s"/>} with spaces around it. */
    public Avatar pause(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        return with(c -> c.script = c.script.pause(duration));
    }

    /** Lip-syncs recorded audio at a public URL instead of a script. */
    public Avatar audio(URI url) {
        return with(c -> c.audio = Media.of(url));
    }

    /** Lip-syncs a local audio file (MP3 or WAV), uploaded at submit time, instead of a script. */
    public Avatar audio(Path file) {
        return with(c -> c.audio = Media.of(file));
    }

    /** Lip-syncs audio uploaded before, by asset id, instead of a script. */
    public Avatar audioAsset(String assetId) {
        return with(c -> c.audio = Media.asset(assetId));
    }

    /** The voice by id; without one a look speaks with its default voice (photos need one). */
    public Avatar voice(String voiceId) {
        return voice(Voice.id(voiceId));
    }

    /** The voice with its settings, e.g. {@code Voice.id(id).speed(1.1)}. */
    public Avatar voice(Voice voice) {
        Objects.requireNonNull(voice, "voice");
        return with(c -> c.voice = voice);
    }

    /** What is behind the avatar. */
    public Avatar on(Background background) {
        Objects.requireNonNull(background, "background");
        return with(c -> c.background = background);
    }

    /** The avatar engine: {@code avatar_v}, {@code avatar_iv} (the API's default) or {@code avatar_iii}. */
    public Avatar engine(String engine) {
        Objects.requireNonNull(engine, "engine");
        return with(c -> c.engine = engine);
    }

    /** Avatar V with a reference look (an {@code instant_avatar} look of the same group). */
    public Avatar referenceLook(String lookId) {
        Objects.requireNonNull(lookId, "reference look id");
        return with(c -> c.referenceLook = lookId);
    }

    /** How the avatar moves, e.g. {@code "nods and smiles"} (photo avatars; video avatars only with Avatar V). */
    public Avatar motion(String prompt) {
        Objects.requireNonNull(prompt, "motion prompt");
        return with(c -> c.motion = prompt);
    }

    /** How expressive a photo avatar is: {@code high}, {@code medium} or {@code low} (default). */
    public Avatar expressiveness(String level) {
        Objects.requireNonNull(level, "expressiveness");
        return with(c -> c.expressiveness = level);
    }

    /** Removes the avatar's own background (video avatars trained with matting). */
    public Avatar removeBackground() {
        return with(c -> c.removeBackground = true);
    }

    /** Renders a transparent WebM (alpha channel) instead of MP4; no background allowed. */
    public Avatar transparent() {
        return with(c -> c.transparent = true);
    }

    /** Frame shape: {@code 16:9} (default), {@code 9:16}, {@code 4:5}, {@code 5:4}, {@code 1:1} or {@code auto}. */
    public Avatar aspect(String ratio) {
        Objects.requireNonNull(ratio, "aspect ratio");
        return with(c -> c.aspect = ratio);
    }

    /** {@code 720p}, {@code 1080p} or {@code 4k}. */
    public Avatar resolution(String resolution) {
        Objects.requireNonNull(resolution, "resolution");
        return with(c -> c.resolution = resolution);
    }

    /** How the avatar fills the frame: {@code contain} or {@code cover}. */
    public Avatar fit(String fit) {
        Objects.requireNonNull(fit, "fit");
        return with(c -> c.fit = fit);
    }

    /** Asks for captions as a sidecar SRT ({@code v.downloadSubtitles(...)}). */
    public Avatar captions() {
        return with(c -> c.captions = Captions.SIDECAR);
    }

    /** Asks for captions burned into a second video ({@code v.downloadCaptioned(...)}), plus the SRT. */
    public Avatar burnedCaptions() {
        return with(c -> c.captions = Captions.BURNED_IN);
    }

    /** The title shown in the HeyGen dashboard. */
    public Avatar title(String title) {
        Objects.requireNonNull(title, "title");
        return with(c -> c.title = title);
    }

    /** A URL the API calls once when the video is ready. */
    public Avatar callback(String url) {
        Objects.requireNonNull(url, "callback url");
        return with(c -> c.callbackUrl = url);
    }

    /** Your id for this video, echoed in the callback. */
    public Avatar callbackId(String id) {
        Objects.requireNonNull(id, "callback id");
        return with(c -> c.callbackId = id);
    }

    /** An image over the video (Enterprise). */
    public Avatar watermark(Watermark watermark) {
        Objects.requireNonNull(watermark, "watermark");
        return with(c -> c.watermark = watermark);
    }

    @Override
    public Avatar fresh() {
        return with(c -> c.fresh = true);
    }

    @Override
    public Avatar ignore(String... codes) {
        TreeSet<String> all = new TreeSet<>(s.ignored);
        all.addAll(Arrays.asList(codes));
        List<String> sorted = List.copyOf(all);
        return with(c -> c.ignored = sorted);
    }

    /** Whether this is a photo (image mode) rather than a look. */
    public boolean isPhoto() {
        return s.photo != null;
    }

    @Override
    boolean freshRequested() {
        return s.fresh;
    }

    @Override
    Set<String> ignoredCodes() {
        return Set.copyOf(s.ignored);
    }

    private Engine engineValue() {
        if (s.referenceLook != null && (s.engine == null || validEngine() instanceof Engine.AvatarV)) {
            return new Engine.AvatarV(s.referenceLook);
        }
        return s.engine == null ? null : validEngine();
    }

    private Engine validEngine() {
        try {
            return Engine.of(s.engine);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Caption caption() {
        return s.captions == null ? null : s.captions == Captions.SIDECAR ? Caption.sidecar() : Caption.burnedIn();
    }

    @Override
    public CreateVideoRequest request() {
        if (s.photo != null) {
            return ImageVideoRequest.builder()
                    .image(s.photo.input())
                    .script(s.script.text())
                    .voiceId(voiceId())
                    .audioUrl(audioUrl())
                    .audioAssetId(audioAssetId())
                    .voiceSettings(s.voice == null ? null : s.voice.settings())
                    .title(s.title)
                    .resolution(s.resolution)
                    .aspectRatio(s.aspect)
                    .fit(s.fit)
                    .motionPrompt(s.motion)
                    .expressiveness(s.expressiveness)
                    .removeBackground(s.removeBackground ? Boolean.TRUE : null)
                    .background(s.background == null ? null : s.background.toVideo())
                    .outputFormat(s.transparent ? "webm" : null)
                    .caption(caption())
                    .callbackUrl(s.callbackUrl)
                    .callbackId(s.callbackId)
                    .watermark(s.watermark == null ? null : s.watermark.toApi())
                    .build();
        }
        return AvatarVideoRequest.builder()
                .avatarId(s.look)
                .script(s.script.text())
                .voiceId(voiceId())
                .audioUrl(audioUrl())
                .audioAssetId(audioAssetId())
                .voiceSettings(s.voice == null ? null : s.voice.settings())
                .engine(engineValue())
                .title(s.title)
                .resolution(s.resolution)
                .aspectRatio(s.aspect)
                .fit(s.fit)
                .motionPrompt(s.motion)
                .expressiveness(s.expressiveness)
                .removeBackground(s.removeBackground ? Boolean.TRUE : null)
                .background(s.background == null ? null : s.background.toVideo())
                .outputFormat(s.transparent ? "webm" : null)
                .caption(caption())
                .callbackUrl(s.callbackUrl)
                .callbackId(s.callbackId)
                .watermark(s.watermark == null ? null : s.watermark.toApi())
                .build();
    }

    private String voiceId() {
        return s.voice == null ? null : s.voice.voiceId();
    }

    private String audioUrl() {
        return s.audio == null ? null : s.audio.urlText();
    }

    private String audioAssetId() {
        return s.audio == null ? null : s.audio.assetId();
    }

    @Override
    List<Problem> specProblems() {
        List<Problem> out = new ArrayList<>();
        speakerProblems("", "", out);
        return out;
    }

    private void speakerProblems(String at, String label, List<Problem> out) {
        s.script.problems(at + "script", label, out);
        if (s.voice != null) {
            s.voice.problems(at + "voice_settings", label, out);
        }
        if (s.engine != null && validEngine() == null) {
            out.add(Problem.error("engine_invalid", at + "engine", label + "engine \"" + s.engine + "\" is not one of "
                    + "avatar_v, avatar_iv, avatar_iii; use e.g. .engine(\"avatar_v\")"));
        }
        if (s.photo != null && (s.engine != null || s.referenceLook != null)) {
            out.add(Problem.error("engine_not_for_photo", at + "engine", label + "a photo is always animated by Avatar "
                    + "IV and takes no engine; drop .engine(...) / .referenceLook(...), or use Avatar.look(...)"));
        } else if (s.referenceLook != null && s.engine != null && !(validEngine() instanceof Engine.AvatarV)) {
            out.add(Problem.error("reference_look_engine", at + "engine.reference_look_id", label + "a reference look "
                    + "needs Avatar V, not " + s.engine + "; drop .engine(\"" + s.engine + "\") or .referenceLook(...)"));
        }
    }

    /** This avatar as scene {@code index} of a studio video, adding problems with options scenes do not take. */
    StudioScene toScene(int index, List<Problem> out) {
        String at = "scenes[" + index + "].input.";
        String label = "scene " + (index + 1) + ": ";
        speakerProblems(at, label, out);
        List<String> onVideo = new ArrayList<>();
        if (s.aspect != null) {
            onVideo.add(".aspect(" + Dsl.str(s.aspect) + ")");
        }
        if (s.resolution != null) {
            onVideo.add(".resolution(" + Dsl.str(s.resolution) + ")");
        }
        if (s.captions != null) {
            onVideo.add(s.captions == Captions.SIDECAR ? ".captions()" : ".burnedCaptions()");
        }
        if (s.title != null) {
            onVideo.add(".title(...)");
        }
        if (s.callbackUrl != null) {
            onVideo.add(".callback(...)");
        }
        if (s.callbackId != null) {
            onVideo.add(".callbackId(...)");
        }
        if (s.watermark != null) {
            onVideo.add(".watermark(...)");
        }
        if (s.fresh) {
            onVideo.add(".fresh()");
        }
        if (!s.ignored.isEmpty()) {
            onVideo.add(".ignore(...)");
        }
        for (String step : onVideo) {
            out.add(Problem.error("scene_option_unsupported", "scenes[" + index + "]", label + step + " applies to the "
                    + "whole video, not one scene; set it on Scenes.of(...) instead"));
        }
        List<String> unsupported = new ArrayList<>();
        if (s.fit != null) {
            unsupported.add(".fit(...)");
        }
        if (s.transparent) {
            unsupported.add(".transparent()");
        }
        if (s.removeBackground) {
            unsupported.add(".removeBackground()");
        }
        if (s.photo != null && s.background != null) {
            unsupported.add(".on(...) (photo scenes take no background)");
        } else if (s.background != null && !s.background.isColor()) {
            unsupported.add(".on(" + s.background + ") (scenes take colour backgrounds only)");
        }
        for (String step : unsupported) {
            out.add(Problem.error("scene_option_unsupported", "scenes[" + index + "]", label + step + " is not "
                    + "available in a studio scene; drop it"));
        }
        if (s.photo != null) {
            return StudioScene.avatar(new ImageInput(s.photo.input(), s.script.text(), voiceId(), audioUrl(),
                    audioAssetId(), s.voice == null ? null : s.voice.settings(), s.motion, s.expressiveness));
        }
        return StudioScene.avatar(AvatarInput.builder()
                .avatarId(s.look)
                .script(s.script.text())
                .voiceId(voiceId())
                .audioUrl(audioUrl())
                .audioAssetId(audioAssetId())
                .voiceSettings(s.voice == null ? null : s.voice.settings())
                .engine(engineValue())
                .motionPrompt(s.motion)
                .expressiveness(s.expressiveness)
                .background(s.background == null ? null : s.background.toScene())
                .build());
    }

    /** The DSL expression that recreates this value, e.g. {@code Avatar.look("anna").say("Hi").voice("v1")}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(s.look != null ? "Avatar.look(" + Dsl.str(s.look) + ")"
                : s.photo.call("Avatar.photo", "Avatar.photoAsset"));
        b.append(s.script.expr());
        if (s.audio != null) {
            b.append(s.audio.call(".audio", ".audioAsset"));
        }
        if (s.voice != null) {
            b.append(".voice(").append(s.voice.arg()).append(')');
        }
        if (s.background != null) {
            b.append(".on(").append(s.background).append(')');
        }
        step(b, "engine", s.engine);
        step(b, "referenceLook", s.referenceLook);
        step(b, "motion", s.motion);
        step(b, "expressiveness", s.expressiveness);
        if (s.removeBackground) {
            b.append(".removeBackground()");
        }
        if (s.transparent) {
            b.append(".transparent()");
        }
        step(b, "aspect", s.aspect);
        step(b, "resolution", s.resolution);
        step(b, "fit", s.fit);
        if (s.captions != null) {
            b.append(s.captions == Captions.SIDECAR ? ".captions()" : ".burnedCaptions()");
        }
        step(b, "title", s.title);
        step(b, "callback", s.callbackUrl);
        step(b, "callbackId", s.callbackId);
        if (s.watermark != null) {
            b.append(".watermark(").append(s.watermark).append(')');
        }
        if (!s.ignored.isEmpty()) {
            b.append(".ignore(").append(Dsl.strs(s.ignored)).append(')');
        }
        if (s.fresh) {
            b.append(".fresh()");
        }
        return b.toString();
    }

    static void step(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append('.').append(name).append('(').append(Dsl.str(value)).append(')');
        }
    }
}
