package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.CinematicAvatarRequest;
import dev.heygenkit.api.CreateVideoRequest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A prompt-driven cinematic clip ({@code type=cinematic_avatar}) with one to three looks and optional reference
 * pictures, clips or audio; no script. Made with {@link Avatar#cinematic(String, String...)}. Immutable.
 *
 * <pre>{@code Avatar.cinematic("presents a product on a stage", lookId).duration(Duration.ofSeconds(8)).render(client)}</pre>
 */
public final class Cinematic extends VideoSpec {
    private final String prompt;
    private final List<String> looks;
    private final List<Media> references;
    private final Duration duration;
    private final boolean autoDuration;
    private final boolean enhancePrompt;
    private final String aspect;
    private final String resolution;
    private final String title;
    private final boolean fresh;
    private final List<String> ignored;

    private Cinematic(String prompt, List<String> looks, List<Media> references, Duration duration, boolean autoDuration,
                      boolean enhancePrompt, String aspect, String resolution, String title, boolean fresh,
                      List<String> ignored) {
        this.prompt = prompt;
        this.looks = List.copyOf(looks);
        this.references = List.copyOf(references);
        this.duration = duration;
        this.autoDuration = autoDuration;
        this.enhancePrompt = enhancePrompt;
        this.aspect = aspect;
        this.resolution = resolution;
        this.title = title;
        this.fresh = fresh;
        this.ignored = ignored;
    }

    static Cinematic of(String prompt, List<String> lookIds) {
        Objects.requireNonNull(prompt, "prompt");
        lookIds.forEach(id -> Objects.requireNonNull(id, "look id"));
        return new Cinematic(prompt, lookIds, List.of(), null, false, false, null, null, null, false, List.of());
    }

    private Cinematic refs(List<Media> r) {
        return new Cinematic(prompt, looks, r, duration, autoDuration, enhancePrompt, aspect, resolution, title, fresh, ignored);
    }

    private Cinematic plus(Media m) {
        List<Media> r = new ArrayList<>(references);
        r.add(m);
        return refs(r);
    }

    /** Adds a reference picture, clip or audio at a public URL. */
    public Cinematic reference(URI url) {
        return plus(Media.of(url));
    }

    /** Adds a local reference file, uploaded at submit time. */
    public Cinematic reference(Path file) {
        return plus(Media.of(file));
    }

    /** Adds a reference uploaded before, by asset id. */
    public Cinematic referenceAsset(String assetId) {
        return plus(Media.asset(assetId));
    }

    /** The clip's length, 4 to 15 whole seconds (default 10). */
    public Cinematic duration(Duration value) {
        return new Cinematic(prompt, looks, references, Objects.requireNonNull(value, "duration"), autoDuration,
                enhancePrompt, aspect, resolution, title, fresh, ignored);
    }

    /** Lets the model pick the length. */
    public Cinematic autoDuration() {
        return new Cinematic(prompt, looks, references, duration, true, enhancePrompt, aspect, resolution, title, fresh, ignored);
    }

    /** Lets the server rewrite the prompt. */
    public Cinematic enhancePrompt() {
        return new Cinematic(prompt, looks, references, duration, autoDuration, true, aspect, resolution, title, fresh, ignored);
    }

    /** {@code 16:9} (default), {@code 9:16} or {@code 1:1}. */
    public Cinematic aspect(String ratio) {
        return new Cinematic(prompt, looks, references, duration, autoDuration, enhancePrompt,
                Objects.requireNonNull(ratio, "aspect ratio"), resolution, title, fresh, ignored);
    }

    /** {@code 720p} (default) or {@code 1080p}. */
    public Cinematic resolution(String value) {
        return new Cinematic(prompt, looks, references, duration, autoDuration, enhancePrompt, aspect,
                Objects.requireNonNull(value, "resolution"), title, fresh, ignored);
    }

    /** The dashboard title. */
    public Cinematic title(String value) {
        return new Cinematic(prompt, looks, references, duration, autoDuration, enhancePrompt, aspect, resolution,
                Objects.requireNonNull(value, "title"), fresh, ignored);
    }

    @Override
    public Cinematic fresh() {
        return new Cinematic(prompt, looks, references, duration, autoDuration, enhancePrompt, aspect, resolution, title, true, ignored);
    }

    @Override
    public Cinematic ignore(String... codes) {
        TreeSet<String> all = new TreeSet<>(ignored);
        all.addAll(Arrays.asList(codes));
        return new Cinematic(prompt, looks, references, duration, autoDuration, enhancePrompt, aspect, resolution, title,
                fresh, List.copyOf(all));
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
        List<AssetInput> refs = references.stream().map(Media::input).toList();
        return CinematicAvatarRequest.builder()
                .prompt(prompt)
                .avatarIds(looks)
                .references(refs.isEmpty() ? null : refs)
                .duration(duration == null ? null : (int) duration.toSeconds())
                .autoDuration(autoDuration ? Boolean.TRUE : null)
                .enhancePrompt(enhancePrompt ? Boolean.TRUE : null)
                .aspectRatio(aspect)
                .resolution(resolution)
                .title(title)
                .build();
    }

    @Override
    List<Problem> specProblems() {
        List<Problem> out = new ArrayList<>();
        if (duration != null && (duration.getNano() != 0 || duration.isNegative())) {
            out.add(Problem.error("cinematic_duration_whole", "duration", "cinematic duration " + Dsl.duration(duration)
                    + " is not a whole number of seconds; use e.g. .duration(Duration.ofSeconds(8))"));
        }
        return out;
    }

    /** The DSL expression that recreates this value. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Avatar.cinematic(").append(Dsl.str(prompt));
        looks.forEach(l -> b.append(", ").append(Dsl.str(l)));
        b.append(')');
        references.forEach(r -> b.append(r.call(".reference", ".referenceAsset")));
        if (duration != null) {
            b.append(".duration(").append(Dsl.duration(duration)).append(')');
        }
        if (autoDuration) {
            b.append(".autoDuration()");
        }
        if (enhancePrompt) {
            b.append(".enhancePrompt()");
        }
        Avatar.step(b, "aspect", aspect);
        Avatar.step(b, "resolution", resolution);
        Avatar.step(b, "title", title);
        if (!ignored.isEmpty()) {
            b.append(".ignore(").append(Dsl.strs(ignored)).append(')');
        }
        if (fresh) {
            b.append(".fresh()");
        }
        return b.toString();
    }
}
