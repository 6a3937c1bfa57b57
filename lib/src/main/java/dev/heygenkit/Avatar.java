package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarInput;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.Engine;
import dev.heygenkit.api.Expressiveness;
import dev.heygenkit.api.Fit;
import dev.heygenkit.api.Framing;
import dev.heygenkit.api.ImageInput;
import dev.heygenkit.api.ImageVideoRequest;
import dev.heygenkit.api.Speaker;
import dev.heygenkit.api.StudioScene;
import dev.heygenkit.api.VideoOptions;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A look or a photo that speaks: a whole video on its own ({@code type=avatar} for looks, {@code type=image} for
 * photos) or one scene of {@link Scenes}. Immutable: every step returns a new value, so branching from a shared
 * {@code var anna = Avatar.look(...)} never leaks state. {@code toString()} is the DSL expression.
 *
 * <pre>{@code Video v = Avatar.look(lookId).say("Hello.").voice(voiceId).on(Background.color("#0A84FF")).render(client);}</pre>
 */
public final class Avatar extends VideoOptionSteps<Avatar> implements Scene {
    /**
     * Every field of the value. The API's own blocks hold what they can ({@link Speaker} for audio, engine, motion and
     * expressiveness; {@link Framing}; {@link VideoOptions}), so each field has one home; script and voice stay in
     * their DSL forms until the request is built.
     */
    private record State(String look, AssetInput photo, Script script, Voice voice, String referenceLook,
                         Speaker speaker, Framing framing, VideoOptions options) {
        Builder toBuilder() {
            Builder b = new Builder();
            b.look = look;
            b.photo = photo;
            b.script = script;
            b.voice = voice;
            b.referenceLook = referenceLook;
            b.speaker = speaker;
            b.framing = framing;
            b.options = options;
            return b;
        }
    }

    /** A copy of {@link State} being changed by one step. */
    private static final class Builder {
        String look;
        AssetInput photo;
        Script script = Script.EMPTY;
        Voice voice;
        String referenceLook;
        Speaker speaker = Speaker.NONE;
        Framing framing = Framing.NONE;
        VideoOptions options = VideoOptions.NONE;

        State build() {
            return new State(look, photo, script, voice, referenceLook, speaker, framing, options);
        }
    }

    private final State s;

    private Avatar(State s, boolean fresh, List<String> ignored) {
        super(fresh, ignored);
        this.s = s;
    }

    private Avatar with(Consumer<Builder> change) {
        Builder b = s.toBuilder();
        change.accept(b);
        return new Avatar(b.build(), freshRequested(), ignoredList());
    }

    private Avatar speaker(UnaryOperator<Speaker.Builder> change) {
        return with(b -> b.speaker = change.apply(b.speaker.toBuilder()).build());
    }

    private Avatar framing(UnaryOperator<Framing.Builder> change) {
        return with(b -> b.framing = change.apply(b.framing.toBuilder()).build());
    }

    @Override
    Avatar options(UnaryOperator<VideoOptions.Builder> change) {
        return with(b -> b.options = change.apply(b.options.toBuilder()).build());
    }

    private static Avatar start(Consumer<Builder> first) {
        Builder b = new Builder();
        first.accept(b);
        return new Avatar(b.build(), false, List.of());
    }

    /** A look (from {@code client.looks().list()}); renders as {@code type=avatar}. */
    public static Avatar look(String lookId) {
        Objects.requireNonNull(lookId, "look id");
        return start(b -> b.look = lookId);
    }

    /** A local photo (PNG or JPEG, ideally 512×512 or more), uploaded at submit time; renders as {@code type=image}. */
    public static Avatar photo(Path file) {
        AssetInput photo = AssetInput.file(file);
        return start(b -> b.photo = photo);
    }

    /** A photo at a public URL; renders as {@code type=image}. */
    public static Avatar photo(URI url) {
        AssetInput photo = AssetInput.url(Objects.requireNonNull(url, "url").toString());
        return start(b -> b.photo = photo);
    }

    /** A photo uploaded before, by asset id; renders as {@code type=image}. */
    public static Avatar photoAsset(String assetId) {
        AssetInput photo = AssetInput.asset(Objects.requireNonNull(assetId, "asset id"));
        return start(b -> b.photo = photo);
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
        return with(b -> b.script = b.script.say(text));
    }

    /** Appends a pause, written as {@code <break time="…s"/>} with spaces around it. */
    public Avatar pause(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        return with(b -> b.script = b.script.pause(duration));
    }

    /** Lip-syncs recorded audio at a public URL instead of a script. */
    public Avatar audio(URI url) {
        AssetInput audio = AssetInput.url(Objects.requireNonNull(url, "url").toString());
        return speaker(b -> b.audio(audio));
    }

    /** Lip-syncs a local audio file (MP3 or WAV), uploaded at submit time, instead of a script. */
    public Avatar audio(Path file) {
        AssetInput audio = AssetInput.file(file);
        return speaker(b -> b.audio(audio));
    }

    /** Lip-syncs audio uploaded before, by asset id, instead of a script. */
    public Avatar audioAsset(String assetId) {
        AssetInput audio = AssetInput.asset(Objects.requireNonNull(assetId, "asset id"));
        return speaker(b -> b.audio(audio));
    }

    /** The voice by id; without one a look speaks with its default voice (photos need one). */
    public Avatar voice(String voiceId) {
        return voice(Voice.id(voiceId));
    }

    /** The voice with its settings, e.g. {@code Voice.id(id).speed(1.1)}. */
    public Avatar voice(Voice voice) {
        Objects.requireNonNull(voice, "voice");
        return with(b -> b.voice = voice);
    }

    /** What is behind the avatar. */
    public Avatar on(Background background) {
        Objects.requireNonNull(background, "background");
        return framing(b -> b.background(background.toVideo()));
    }

    /** The avatar engine, e.g. {@code Engine.avatarV()}; the API's default is Avatar IV. */
    public Avatar engine(Engine engine) {
        Objects.requireNonNull(engine, "engine");
        return speaker(b -> b.engine(engine));
    }

    /** The avatar engine by name: {@code avatar_v}, {@code avatar_iv} or {@code avatar_iii}. */
    public Avatar engine(String engine) {
        return engine(Engine.of(engine));
    }

    /** Avatar V with a reference look (an {@code instant_avatar} look of the same group). */
    public Avatar referenceLook(String lookId) {
        Objects.requireNonNull(lookId, "reference look id");
        return with(b -> b.referenceLook = lookId);
    }

    /** How the avatar moves, e.g. {@code "nods and smiles"} (photo avatars; video avatars only with Avatar V). */
    public Avatar motion(String prompt) {
        Objects.requireNonNull(prompt, "motion prompt");
        return speaker(b -> b.motionPrompt(prompt));
    }

    /** How expressive a photo avatar is, e.g. {@code Expressiveness.HIGH} (default low). */
    public Avatar expressiveness(Expressiveness level) {
        Objects.requireNonNull(level, "expressiveness");
        return speaker(b -> b.expressiveness(level));
    }

    /** How expressive a photo avatar is: {@code high}, {@code medium} or {@code low} (default). */
    public Avatar expressiveness(String level) {
        return expressiveness(Expressiveness.of(level));
    }

    /** Removes the avatar's own background (video avatars trained with matting). */
    public Avatar removeBackground() {
        return framing(b -> b.removeBackground(Boolean.TRUE));
    }

    /** Renders a transparent WebM (alpha channel) instead of MP4; no background allowed. */
    public Avatar transparent() {
        return framing(b -> b.outputFormat("webm"));
    }

    /** How the avatar fills the frame, e.g. {@code Fit.COVER}. */
    public Avatar fit(Fit fit) {
        Objects.requireNonNull(fit, "fit");
        return framing(b -> b.fit(fit));
    }

    /** How the avatar fills the frame: {@code contain} or {@code cover}. */
    public Avatar fit(String fit) {
        return fit(Fit.of(fit));
    }

    @Override
    Avatar withPreferences(boolean fresh, List<String> ignored) {
        return new Avatar(s, fresh, ignored);
    }

    @Override
    Object state() {
        return s;
    }

    /** Whether this is a photo (image mode) rather than a look. */
    public boolean isPhoto() {
        return s.photo != null;
    }

    /** The engine sent: Avatar V with the reference look when one is set, else the chosen engine. */
    private Engine engineValue() {
        Engine engine = s.speaker.engine();
        if (s.referenceLook != null && (engine == null || engine instanceof Engine.AvatarV)) {
            return new Engine.AvatarV(s.referenceLook);
        }
        return engine;
    }

    /** The speaker block sent: the DSL's script and voice added to the stored block (photos take no engine). */
    private Speaker speakerBlock() {
        return s.speaker.toBuilder()
                .script(s.script.text())
                .voiceId(s.voice == null ? null : s.voice.voiceId())
                .voiceSettings(s.voice == null ? null : s.voice.settings())
                .engine(s.photo != null ? null : engineValue())
                .build();
    }

    @Override
    public CreateVideoRequest request() {
        if (s.photo != null) {
            return new ImageVideoRequest(s.photo, speakerBlock(), s.framing, s.options);
        }
        return new AvatarVideoRequest(s.look, speakerBlock(), s.framing, s.options);
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
        Engine engine = s.speaker.engine();
        if (s.photo != null && (engine != null || s.referenceLook != null)) {
            out.add(Problem.error(ProblemCodes.ENGINE_NOT_FOR_PHOTO, at + "engine", label + "a photo is always "
                    + "animated by Avatar IV and takes no engine; drop .engine(...) / .referenceLook(...), or use "
                    + "Avatar.look(...)"));
        } else if (s.referenceLook != null && engine != null && !(engine instanceof Engine.AvatarV)) {
            out.add(Problem.error(ProblemCodes.REFERENCE_LOOK_ENGINE, at + "engine.reference_look_id", label + "a "
                    + "reference look needs Avatar V, not " + engine.type() + "; drop .engine(\"" + engine.type()
                    + "\") or .referenceLook(...)"));
        }
    }

    /** This avatar as scene {@code index} of a studio video, adding problems with options scenes do not take. */
    StudioScene toScene(int index, List<Problem> out) {
        String label = "scene " + (index + 1) + ": ";
        speakerProblems("scenes[" + index + "].input.", label, out);
        for (String step : wholeVideoSteps()) {
            out.add(Problem.error(ProblemCodes.SCENE_OPTION_UNSUPPORTED, "scenes[" + index + "]", label + step
                    + " applies to the whole video, not one scene; set it on Scenes.of(...) instead"));
        }
        for (String step : unsupportedInScenes()) {
            out.add(Problem.error(ProblemCodes.SCENE_OPTION_UNSUPPORTED, "scenes[" + index + "]", label + step
                    + " is not available in a studio scene; drop it"));
        }
        Background bg = Background.of(s.framing.background());
        if (s.photo != null) {
            return StudioScene.avatar(new ImageInput(s.photo, speakerBlock()));
        }
        return StudioScene.avatar(new AvatarInput(s.look, speakerBlock(), bg == null ? null : bg.toScene()));
    }

    /** Steps on this avatar that belong on {@link Scenes} when it is a scene. */
    private List<String> wholeVideoSteps() {
        VideoOptions o = s.options;
        List<String> steps = new ArrayList<>();
        Dsl.step(steps, "aspect", o.aspectRatio());
        Dsl.step(steps, "resolution", o.resolution());
        if (o.caption() != null) {
            steps.add(o.caption().style() == null ? ".captions()" : ".burnedCaptions()");
        }
        Dsl.present(steps, ".title(...)", o.title());
        Dsl.present(steps, ".callback(...)", o.callbackUrl());
        Dsl.present(steps, ".callbackId(...)", o.callbackId());
        Dsl.present(steps, ".watermark(...)", o.watermark());
        Dsl.present(steps, ".ignore(...)", ignoredList().isEmpty() ? null : ignoredList());
        if (freshRequested()) {
            steps.add(".fresh()");
        }
        return steps;
    }

    /** Steps on this avatar that a studio scene cannot carry at all. */
    private List<String> unsupportedInScenes() {
        List<String> steps = new ArrayList<>();
        Framing f = s.framing;
        Dsl.present(steps, ".fit(...)", f.fit());
        Dsl.present(steps, ".transparent()", f.outputFormat());
        Dsl.present(steps, ".removeBackground()", f.removeBackground());
        Background bg = Background.of(f.background());
        if (s.photo != null && bg != null) {
            steps.add(".on(...) (photo scenes take no background)");
        } else if (bg != null && !bg.isColor()) {
            steps.add(".on(" + bg + ") (scenes take colour backgrounds only)");
        }
        return steps;
    }

    /** The DSL expression that recreates this value, e.g. {@code Avatar.look("anna").say("Hi").voice("v1")}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(s.look != null ? "Avatar.look(" + Dsl.str(s.look) + ")"
                : Dsl.media(s.photo, "Avatar.photo", "Avatar.photoAsset"));
        b.append(s.script.expr());
        if (s.speaker.audio() != null) {
            b.append(Dsl.media(s.speaker.audio(), ".audio", ".audioAsset"));
        }
        if (s.voice != null) {
            b.append(".voice(").append(s.voice.arg()).append(')');
        }
        if (s.framing.background() != null) {
            b.append(".on(").append(Background.of(s.framing.background())).append(')');
        }
        Dsl.step(b, "engine", s.speaker.engine() == null ? null : s.speaker.engine().type());
        Dsl.step(b, "referenceLook", s.referenceLook);
        Dsl.step(b, "motion", s.speaker.motionPrompt());
        Dsl.step(b, "expressiveness", s.speaker.expressiveness());
        if (s.framing.removeBackground() != null) {
            b.append(".removeBackground()");
        }
        if (s.framing.outputFormat() != null) {
            b.append(".transparent()");
        }
        Dsl.step(b, "aspect", s.options.aspectRatio());
        Dsl.step(b, "resolution", s.options.resolution());
        Dsl.step(b, "fit", s.framing.fit());
        Dsl.options(b, s.options.toBuilder().aspectRatio(null).resolution(null).build());
        return preferenceSteps(b).toString();
    }
}
