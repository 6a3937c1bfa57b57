package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.AspectRatio;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.CinematicAvatarRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.Resolution;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A prompt-driven cinematic clip ({@code type=cinematic_avatar}) with one to three looks and optional reference
 * pictures, clips or audio; no script. Made with {@link Avatar#cinematic(String, String...)}. Immutable.
 *
 * <pre>{@code Avatar.cinematic("presents a product on a stage", lookId).duration(Duration.ofSeconds(8)).render(client)}</pre>
 */
public final class Cinematic extends VideoSpec {
    /**
     * Every field of the value: the request itself, plus the duration as given (the API takes whole seconds; a
     * fractional one is reported, not rounded).
     */
    private record State(CinematicAvatarRequest request, Duration duration) {
    }

    private final State s;

    private Cinematic(State s, boolean fresh, List<String> ignored) {
        super(fresh, ignored);
        this.s = s;
    }

    static Cinematic of(String prompt, List<String> lookIds) {
        Objects.requireNonNull(prompt, "prompt");
        lookIds.forEach(id -> Objects.requireNonNull(id, "look id"));
        return new Cinematic(new State(CinematicAvatarRequest.builder().prompt(prompt).avatarIds(lookIds).build(), null),
                false, List.of());
    }

    private Cinematic with(UnaryOperator<CinematicAvatarRequest.Builder> change) {
        return new Cinematic(new State(change.apply(s.request.toBuilder()).build(), s.duration), freshRequested(),
                ignoredList());
    }

    private Cinematic plus(AssetInput reference) {
        List<AssetInput> refs = new ArrayList<>(s.request.references() == null ? List.of() : s.request.references());
        refs.add(reference);
        return with(b -> b.references(refs));
    }

    /** A reference picture, clip or audio at a public URL. */
    public Cinematic reference(URI url) {
        return plus(AssetInput.url(Objects.requireNonNull(url, "url").toString()));
    }

    /** A local reference file, uploaded for you at submit time. */
    public Cinematic reference(Path file) {
        return plus(AssetInput.file(file));
    }

    /** A reference uploaded before, by asset id. */
    public Cinematic referenceAsset(String assetId) {
        return plus(AssetInput.asset(Objects.requireNonNull(assetId, "asset id")));
    }

    /** The clip length, 4 to 15 whole seconds. */
    public Cinematic duration(Duration value) {
        Objects.requireNonNull(value, "duration");
        return new Cinematic(new State(s.request.toBuilder().duration((int) value.toSeconds()).build(), value),
                freshRequested(), ignoredList());
    }

    /** Lets the API choose the length. */
    public Cinematic autoDuration() {
        return with(b -> b.autoDuration(Boolean.TRUE));
    }

    /** Lets the API improve the prompt. */
    public Cinematic enhancePrompt() {
        return with(b -> b.enhancePrompt(Boolean.TRUE));
    }

    /** Frame shape, e.g. {@code AspectRatio.PORTRAIT}: 16:9, 9:16 or 1:1. */
    public Cinematic aspect(AspectRatio ratio) {
        Objects.requireNonNull(ratio, "aspect ratio");
        return with(b -> b.aspectRatio(ratio));
    }

    /** Frame shape: {@code 16:9}, {@code 9:16} or {@code 1:1}. */
    public Cinematic aspect(String ratio) {
        return aspect(AspectRatio.of(ratio));
    }

    /** Output size: {@code Resolution.HD} (default) or {@code Resolution.FULL_HD}. */
    public Cinematic resolution(Resolution value) {
        Objects.requireNonNull(value, "resolution");
        return with(b -> b.resolution(value));
    }

    /** {@code 720p} (default) or {@code 1080p}. */
    public Cinematic resolution(String value) {
        return resolution(Resolution.of(value));
    }

    /** The dashboard title. */
    public Cinematic title(String value) {
        Objects.requireNonNull(value, "title");
        return with(b -> b.title(value));
    }

    @Override
    public Cinematic fresh() {
        return (Cinematic) super.fresh();
    }

    @Override
    public Cinematic ignore(String... codes) {
        return (Cinematic) super.ignore(codes);
    }

    @Override
    Cinematic withPreferences(boolean fresh, List<String> ignored) {
        return new Cinematic(s, fresh, ignored);
    }

    @Override
    Object state() {
        return s;
    }

    @Override
    public CreateVideoRequest request() {
        return s.request;
    }

    @Override
    List<Problem> specProblems() {
        List<Problem> out = new ArrayList<>();
        Duration d = s.duration;
        if (d != null && (d.getNano() != 0 || d.isNegative())) {
            out.add(Problem.error(ProblemCodes.CINEMATIC_DURATION_WHOLE, "duration", "cinematic duration "
                    + Dsl.duration(d) + " is not a whole number of seconds; use e.g. .duration(Duration.ofSeconds(8))"));
        }
        return out;
    }

    /** The DSL expression that recreates this value. */
    @Override
    public String toString() {
        CinematicAvatarRequest r = s.request;
        StringBuilder b = new StringBuilder("Avatar.cinematic(").append(Dsl.str(r.prompt()));
        r.avatarIds().forEach(l -> b.append(", ").append(Dsl.str(l)));
        b.append(')');
        if (r.references() != null) {
            r.references().forEach(a -> b.append(Dsl.media(a, ".reference", ".referenceAsset")));
        }
        if (s.duration != null) {
            b.append(".duration(").append(Dsl.duration(s.duration)).append(')');
        }
        if (r.autoDuration() != null) {
            b.append(".autoDuration()");
        }
        if (r.enhancePrompt() != null) {
            b.append(".enhancePrompt()");
        }
        Dsl.step(b, "aspect", r.aspectRatio());
        Dsl.step(b, "resolution", r.resolution());
        Dsl.step(b, "title", r.title());
        return preferenceSteps(b).toString();
    }
}
