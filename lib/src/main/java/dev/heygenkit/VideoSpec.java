package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.VideoRequest;
import dev.heygenkit.internal.http.Json;
import dev.heygenkit.internal.render.RenderContext;
import dev.heygenkit.internal.render.Submitter;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything that renders into one video: {@link Avatar} (one look or photo), {@link Scenes} (a studio video) and
 * {@link Cinematic}. A spec is an immutable value; only the terminal verbs {@code submit}, {@code render} and
 * {@code check} do I/O.
 *
 * <pre>{@code Video v = Avatar.look(lookId).say("Hello.").render(client);}</pre>
 */
public abstract sealed class VideoSpec permits VideoOptionSteps, Cinematic, Template {
    private final boolean fresh;
    private final List<String> ignored;

    VideoSpec(boolean fresh, List<String> ignored) {
        this.fresh = fresh;
        this.ignored = List.copyOf(ignored);
    }

    /**
     * The create request as a typed value: a {@code POST /v3/videos} body, or a template to fill. Local files appear
     * as {@link AssetInput.LocalFile}; submit uploads them and sends their asset ids.
     */
    public abstract VideoRequest request();

    /** Problems only the DSL can see (the body cannot show them), e.g. options that do not apply to a scene. */
    abstract List<Problem> specProblems();

    /** This spec's own fields, for equality: two specs are equal when these and the render preferences are. */
    abstract Object state();

    /** A copy with other render preferences ({@code fresh()}, {@code ignore(...)}). */
    abstract VideoSpec withPreferences(boolean fresh, List<String> ignored);

    /** Whether {@code fresh()} was asked for. */
    final boolean freshRequested() {
        return fresh;
    }

    /** Problem codes this spec turns into warnings. */
    final Set<String> ignoredCodes() {
        return Set.copyOf(ignored);
    }

    /** The same codes, sorted, as copies of this spec carry them on. */
    final List<String> ignoredList() {
        return ignored;
    }

    /** A copy that always creates a new video, even when the render journal knows one for the same spec. */
    public VideoSpec fresh() {
        return withPreferences(true, ignored);
    }

    /**
     * A copy that downgrades these preflight problem codes to warnings, for checks that do not fit your account,
     * e.g. {@code ignore(ProblemCodes.VOICE_GENDER_MISMATCH)}.
     */
    public VideoSpec ignore(String... codes) {
        TreeSet<String> all = new TreeSet<>(ignored);
        for (String code : codes) {
            all.add(Objects.requireNonNull(code, "problem code"));
        }
        return withPreferences(fresh, List.copyOf(all));
    }

    /** Appends {@code .ignore(...)} and {@code .fresh()} when set, the last steps of every spec's expression. */
    final StringBuilder preferenceSteps(StringBuilder b) {
        if (!ignored.isEmpty()) {
            b.append(".ignore(").append(Dsl.strs(ignored)).append(')');
        }
        if (fresh) {
            b.append(".fresh()");
        }
        return b;
    }

    /**
     * The exact {@code POST /v3/videos} body as compact JSON, without any I/O. Local files show as
     * {@code "asset_id":"local-file:/abs/path"} until submit uploads them.
     */
    public final String toJson() {
        return Json.write(request());
    }

    /** {@link #toJson()} indented for reading. */
    public final String toPrettyJson() {
        return Json.pretty(request());
    }

    /** Every problem found without the network (local files are read), errors and warnings. */
    public final List<Problem> check() {
        return Submitter.check(null, request(), specProblems(), ignoredCodes(), false, null);
    }

    /**
     * Every problem found locally and against the client's API (looks, voices, engines, and whether the remaining
     * credit covers the estimated cost), errors and warnings.
     */
    public final List<Problem> check(HeyGen client) {
        Objects.requireNonNull(client, "client");
        return Submitter.check(client.renderContext(), request(), specProblems(), ignoredCodes(), true, true, null);
    }

    /**
     * Preflights and submits, returning as soon as the video id is known; a spec submitted before is resumed from the
     * render journal instead of paying again.
     *
     * @throws PreflightException when a check fails (nothing is sent)
     */
    public final RenderJob submit(HeyGen client) {
        return submit(client, null);
    }

    /** {@link #submit(HeyGen)} reporting progress to {@code listener} instead of the client's listener. */
    public final RenderJob submit(HeyGen client, ProgressListener listener) {
        Objects.requireNonNull(client, "client");
        RenderContext ctx = client.renderContext();
        Submitter.Submission s = Submitter.submit(ctx, request(), specProblems(), ignoredCodes(), freshRequested(),
                toString(), ctx.listener(listener));
        return new RenderJob(client, s, listener);
    }

    /** {@link #submit(HeyGen)} with the default client ({@link HeyGen#defaultClient()}). */
    public final RenderJob submit() {
        enforceLocal();
        return submit(HeyGen.defaultClient());
    }

    /**
     * Preflights, submits, waits with progress until the video is done (the client's deadline, 30 min by default)
     * and returns it.
     *
     * @throws PreflightException      when a check fails (nothing is sent)
     * @throws RenderFailedException   when the video fails
     * @throws RenderTimeoutException  when the deadline passes (the video keeps rendering)
     */
    public final Video render(HeyGen client) {
        return submit(client).await();
    }

    /** {@link #render(HeyGen)} waiting at most {@code deadline}. */
    public final Video render(HeyGen client, Duration deadline) {
        return submit(client).await(deadline);
    }

    /** {@link #render(HeyGen)} reporting progress to {@code listener}. */
    public final Video render(HeyGen client, ProgressListener listener) {
        RenderJob job = submit(client, listener);
        return job.await(client.renderContext().deadline(), listener);
    }

    /** {@link #render(HeyGen)} with the default client: {@code HeyGen.fromEnv()}, or the sandbox when HEYGEN_SANDBOX=1. */
    public final Video render() {
        enforceLocal();
        return render(HeyGen.defaultClient());
    }

    private void enforceLocal() {
        List<Problem> problems = check();
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new PreflightException(errors, problems.stream().filter(p -> !p.isError()).toList());
        }
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof VideoSpec v && v.getClass() == getClass() && v.state().equals(state()) && v.fresh == fresh
                && v.ignored.equals(ignored);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), state(), fresh, ignored);
    }
}
