package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.DesignedVoices;
import dev.heygenkit.api.VoiceCloneRequest;
import dev.heygenkit.api.VoiceDesignRequest;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.internal.render.Creations;
import dev.heygenkit.internal.render.RenderContext;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Your own voice: designed from a description (ready at once, no credit spent) or cloned from a recording (trains
 * for about a minute). {@code create} returns a voice whose id works in {@code .voice(...)} right away. Immutable:
 * every step returns a new value; a local recording is checked and uploaded for you.
 *
 * <pre>{@code VoiceInfo warm = CustomVoice.design("warm, mid-30s, British").gender("female").create(client);
 * VoiceInfo brand = CustomVoice.clone(Path.of("sample.mp3")).name("Brand").create(client);
 * Avatar.look("anna").voice(brand.id()).say("Hello").render(client);}</pre>
 */
public final class CustomVoice {
    private final VoiceDesignRequest design;
    private final VoiceCloneRequest clone;
    private final List<String> ignored;

    private CustomVoice(VoiceDesignRequest design, VoiceCloneRequest clone, List<String> ignored) {
        this.design = design;
        this.clone = clone;
        this.ignored = List.copyOf(ignored);
    }

    /** Voices matching a description, e.g. {@code "warm, mid-30s, British"}; {@code create} picks the best match. */
    public static CustomVoice design(String prompt) {
        return new CustomVoice(VoiceDesignRequest.of(Objects.requireNonNull(prompt, "prompt")), null, List.of());
    }

    /** A clone of the voice in a local MP3 or WAV recording (one speaker, no music), uploaded for you. */
    public static CustomVoice clone(Path sample) {
        String n = sample.getFileName() == null ? "" : sample.getFileName().toString();
        String name = n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
        return cloneOf(AssetInput.file(sample), name.isBlank() ? "My voice" : name);
    }

    /** A clone of the voice in a recording at a public URL. */
    public static CustomVoice clone(URI sample) {
        return cloneOf(AssetInput.url(Objects.requireNonNull(sample, "url").toString()), "My voice");
    }

    /** A clone of the voice in a recording uploaded before, by asset id. */
    public static CustomVoice cloneAsset(String assetId) {
        return cloneOf(AssetInput.asset(Objects.requireNonNull(assetId, "asset id")), "My voice");
    }

    private static CustomVoice cloneOf(AssetInput sample, String name) {
        return new CustomVoice(null, VoiceCloneRequest.of(sample, name), List.of());
    }

    private VoiceDesignRequest designOnly(String step) {
        if (design == null) {
            throw new IllegalStateException(step + " applies to designed voices only; use CustomVoice.design(...)");
        }
        return design;
    }

    private VoiceCloneRequest cloneOnly(String step) {
        if (clone == null) {
            throw new IllegalStateException(step + " applies to cloned voices only; use CustomVoice.clone(...)");
        }
        return clone;
    }

    /** The designed voice's gender: {@code female} or {@code male}. */
    public CustomVoice gender(String gender) {
        return new CustomVoice(designOnly(".gender(...)").gender(Objects.requireNonNull(gender, "gender")), null, ignored);
    }

    /** The designed voice's accent as a BCP-47 tag, e.g. {@code en-GB}. */
    public CustomVoice locale(String locale) {
        return new CustomVoice(designOnly(".locale(...)").locale(Objects.requireNonNull(locale, "locale")), null, ignored);
    }

    /** Another batch of matches for the same description (0 is the first). */
    public CustomVoice seed(int seed) {
        return new CustomVoice(designOnly(".seed(...)").seed(seed), null, ignored);
    }

    /** The cloned voice's name (default: the recording's file name). */
    public CustomVoice name(String name) {
        VoiceCloneRequest c = cloneOnly(".name(...)");
        return new CustomVoice(null, new VoiceCloneRequest(c.audio(), Objects.requireNonNull(name, "name"), c.language(),
                c.removeBackgroundNoise()), ignored);
    }

    /** The language spoken in the recording, e.g. {@code English}. */
    public CustomVoice language(String language) {
        return new CustomVoice(null, cloneOnly(".language(...)").language(Objects.requireNonNull(language, "language")), ignored);
    }

    /** Keeps the recording's background noise (HeyGen removes it by default). */
    public CustomVoice keepBackgroundNoise() {
        return new CustomVoice(null, cloneOnly(".keepBackgroundNoise()").removeBackgroundNoise(false), ignored);
    }

    /** A copy that downgrades these preflight problem codes to warnings, e.g. {@code ProblemCodes.CREDIT_INSUFFICIENT}. */
    public CustomVoice ignore(String... codes) {
        return new CustomVoice(design, clone, Dsl.codes(ignored, codes));
    }

    /** Whether this is a clone (else a design). */
    public boolean isClone() {
        return clone != null;
    }

    /** Every problem found without the network (a local recording is read), errors and warnings. */
    public List<Problem> check() {
        return check(null);
    }

    /** Every problem found locally and, for a clone, against the client's account (the credit check). */
    public List<Problem> check(HeyGen client) {
        if (design != null) {
            return designProblems(design);
        }
        return Creations.check(client == null ? null : client.renderContext(), clone, Set.copyOf(ignored));
    }

    /**
     * Designs or clones the voice and returns it ready to speak: the best match of a design, or the clone once it is
     * {@code complete} (waiting with progress, the client's deadline, 30 min by default).
     *
     * @throws PreflightException       when a check fails (nothing is sent)
     * @throws TrainingFailedException  when the clone fails
     * @throws TrainingTimeoutException when the deadline passes (it keeps training)
     */
    public VoiceInfo create(HeyGen client) {
        return create(client, null, null);
    }

    /** {@link #create(HeyGen)} waiting at most {@code deadline} for a clone. */
    public VoiceInfo create(HeyGen client, Duration deadline) {
        return create(client, Objects.requireNonNull(deadline, "deadline"), null);
    }

    /** {@link #create(HeyGen)} reporting progress to {@code listener}. */
    public VoiceInfo create(HeyGen client, ProgressListener listener) {
        return create(client, null, listener);
    }

    /** {@link #create(HeyGen)} with the default client ({@link HeyGen#defaultClient()}). */
    public VoiceInfo create() {
        return create(HeyGen.defaultClient());
    }

    /** Designs, or starts the clone and returns at once with the voice still {@code processing}. */
    public VoiceInfo start(HeyGen client) {
        if (design != null) {
            return designs(client).get(0);
        }
        RenderContext ctx = Objects.requireNonNull(client, "client").renderContext();
        return Creations.cloneVoice(ctx, clone, Set.copyOf(ignored), false, ctx.deadline(), ctx.listener(null));
    }

    /** Every voice a design matches (up to three, best first); each works in {@code .voice(...)} at once. */
    public List<VoiceInfo> designs(HeyGen client) {
        VoiceDesignRequest d = designOnly(".designs(...)");
        List<Problem> problems = designProblems(d);
        if (!problems.isEmpty()) {
            throw new PreflightException(problems, List.of());
        }
        DesignedVoices found = Objects.requireNonNull(client, "client").voices().design(d);
        if (found.voices().isEmpty()) {
            throw new HeyGenException("voice_design_empty", "No voice matches \"" + d.prompt() + "\".",
                    "Describe the voice differently, or try another .seed(...).");
        }
        return found.voices();
    }

    private VoiceInfo create(HeyGen client, Duration deadline, ProgressListener listener) {
        if (design != null) {
            return designs(client).get(0);
        }
        RenderContext ctx = Objects.requireNonNull(client, "client").renderContext();
        return Creations.cloneVoice(ctx, clone, Set.copyOf(ignored), true, deadline == null ? ctx.deadline() : deadline,
                ctx.listener(listener));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomVoice v && Objects.equals(v.design, design) && Objects.equals(v.clone, clone)
                && v.ignored.equals(ignored);
    }

    @Override
    public int hashCode() {
        return Objects.hash(design, clone, ignored);
    }

    /** The DSL expression that recreates this value, e.g. {@code CustomVoice.clone(Path.of("me.mp3")).name("Brand")}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (design != null) {
            b.append("CustomVoice.design(").append(Dsl.str(design.prompt())).append(')');
            Dsl.step(b, "gender", design.gender());
            Dsl.step(b, "locale", design.locale());
            if (design.seed() != null) {
                b.append(".seed(").append(design.seed()).append(')');
            }
        } else {
            b.append(Dsl.media(clone.audio(), "CustomVoice.clone", "CustomVoice.cloneAsset"));
            b.append(".name(").append(Dsl.str(clone.voiceName())).append(')');
            Dsl.step(b, "language", clone.language());
            if (Boolean.FALSE.equals(clone.removeBackgroundNoise())) {
                b.append(".keepBackgroundNoise()");
            }
        }
        if (!ignored.isEmpty()) {
            b.append(".ignore(").append(Dsl.strs(ignored)).append(')');
        }
        return b.toString();
    }

    /** The local checks of a design: its prompt and seed. */
    private static List<Problem> designProblems(VoiceDesignRequest d) {
        try {
            d.validate();
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(Problem.error(ProblemCodes.VOICE_DESIGN_INVALID, "prompt", e.getMessage()));
        }
    }
}
