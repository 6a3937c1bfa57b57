package dev.heygenkit.internal.render;

import dev.heygenkit.JournalEntry;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.ProgressListener;

import dev.heygenkit.ApiException;
import dev.heygenkit.NotFoundException;
import dev.heygenkit.PreflightException;
import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.Asset;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.CinematicAvatarRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.TemplateVideoRequest;
import dev.heygenkit.api.VideoRequest;
import dev.heygenkit.api.ImageVideoRequest;
import dev.heygenkit.api.StudioVideoRequest;
import dev.heygenkit.api.VideoCreated;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.internal.http.IdempotencyKeys;
import dev.heygenkit.internal.http.ServerClock;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Submits a request the credit-safe way: local preflight, then the render journal (an earlier video for the same
 * spec is resumed or reused instead of paying again), remote preflight and the credit check, uploads of local files,
 * a journal line before the create call and one after it.
 *
 * <pre>{@code Submission s = Submitter.submit(ctx, request, List.of(), Set.of(), false, "Avatar.look(...)", listener);}</pre>
 */
public final class Submitter {
    private Submitter() {
    }

    /**
     * The outcome of a submit.
     *
     * @param videoId     the video id
     * @param status      its status when the submit returned
     * @param info        the video as read (only when a journaled video was resumed), else null
     * @param resumed     true when no new video was created
     * @param fingerprint the spec's journal fingerprint
     * @param key         the idempotency key of the create call
     * @param estimate    expected render time and what it rests on
     * @param submittedAt when the create call was sent (for a resumed video, when it was journaled)
     */
    public record Submission(String videoId, VideoStatus status, VideoInfo info, boolean resumed, String fingerprint,
                             String key, Estimate estimate, Instant submittedAt) {
    }

    /**
     * Runs every preflight check (remote ones only when {@code remote}), with codes in {@code ignored} turned into
     * warnings; returns errors and warnings together. The credit check is left out: a batch checks credit once for
     * all its rows.
     */
    public static List<Problem> check(RenderContext ctx, VideoRequest request, List<Problem> specProblems,
                                      Set<String> ignored, boolean remote, ProgressListener listener) {
        return check(ctx, request, specProblems, ignored, remote, false, listener);
    }

    /**
     * Runs every preflight check like {@link #check(RenderContext, VideoRequest, List, Set, boolean, ProgressListener)},
     * and with {@code credit} (and {@code remote}) also the {@link CreditCheck} of this one render.
     */
    public static List<Problem> check(RenderContext ctx, VideoRequest request, List<Problem> specProblems,
                                      Set<String> ignored, boolean remote, boolean credit, ProgressListener listener) {
        List<Problem> all = new ArrayList<>(specProblems);
        all.addAll(Preflight.local(request));
        if (remote && noErrors(all, ignored)) {
            RemoteChecks.Result r = RemoteChecks.run(request, ctx);
            all.addAll(r.problems());
            if (listener != null) {
                r.notes().forEach(n -> listener.onEvent(new ProgressEvent.Note(n)));
            }
            if (credit && noErrors(all, ignored)) {
                all.addAll(CreditCheck.problems(ctx, List.of(request)));
            }
        }
        return all.stream().map(p -> ignored.contains(p.code()) ? p.asWarning() : p).toList();
    }

    private static boolean noErrors(List<Problem> problems, Set<String> ignored) {
        return problems.stream().noneMatch(p -> p.isError() && !ignored.contains(p.code()));
    }

    /** Throws a {@link PreflightException} when any problem is an error; reports warnings otherwise. */
    static void enforce(List<Problem> problems, ProgressListener listener) {
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        List<Problem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        if (!errors.isEmpty()) {
            throw new PreflightException(errors, warnings);
        }
        warnings.forEach(w -> listener.onEvent(new ProgressEvent.Warning(w)));
    }

    /**
     * Submits, or resumes the journaled video of the same spec.
     *
     * @param ctx          the client's render context
     * @param request      the body, local files as placeholders
     * @param specProblems problems the DSL found that the body cannot show
     * @param ignored      problem codes downgraded to warnings
     * @param fresh        true to skip the journal lookup and always create a new video
     * @param summary      the spec as DSL text, for the journal
     * @param listener     progress
     */
    public static Submission submit(RenderContext ctx, VideoRequest request, List<Problem> specProblems,
                                    Set<String> ignored, boolean fresh, String summary, ProgressListener listener) {
        List<Problem> local = check(ctx, request, specProblems, ignored, false, null);
        enforce(local, ProgressListener.NONE);
        String fingerprint = Fingerprint.of(request, ctx.base());
        Journal journal = ctx.journal();
        if (journal != null && !fresh) {
            Optional<Submission> resumed = resume(ctx, journal, fingerprint, request, listener);
            if (resumed.isPresent()) {
                return resumed.get();
            }
        }
        List<Problem> all = new ArrayList<>(local);
        RemoteChecks.Result remote = RemoteChecks.run(request, ctx);
        remote.notes().forEach(n -> listener.onEvent(new ProgressEvent.Note(n)));
        remote.problems().forEach(p -> all.add(ignored.contains(p.code()) ? p.asWarning() : p));
        if (noErrors(all, ignored)) {
            CreditCheck.problems(ctx, List.of(request)).forEach(p -> all.add(ignored.contains(p.code()) ? p.asWarning() : p));
        }
        enforce(all, listener);

        VideoRequest wire = upload(ctx, request, listener);
        String title = title(wire);
        Journal.Facts facts = new Journal.Facts(Estimates.mode(request), Estimates.videoLength(request), ctx.account());
        String key;
        if (journal == null) {
            key = IdempotencyKeys.generate();
        } else {
            key = journal.update(tx -> {
                Optional<JournalEntry> latest = fresh ? Optional.empty() : tx.latest(fingerprint);
                String k = latest.filter(JournalEntry::isUnanswered).map(JournalEntry::key)
                        .orElseGet(IdempotencyKeys::generate);
                tx.submitted(fingerprint, k, ctx.base(), shorten(summary), title, facts);
                return k;
            });
        }
        Instant submittedAt = ctx.clock().instant();
        VideoCreated created;
        try {
            created = create(ctx, wire, key);
        } catch (ApiException e) {
            if (journal != null && definite(e)) {
                journal.rejected(fingerprint, key, e.code());
            }
            throw e;
        }
        VideoStatus status = created.status() == null ? VideoStatus.WAITING : created.status();
        if (journal != null) {
            journal.created(fingerprint, key, created.videoId(), JournalEntry.Status.of(status));
        }
        listener.onEvent(new ProgressEvent.Submitted(created.videoId(), status, false));
        return new Submission(created.videoId(), status, null, false, fingerprint, key,
                Estimates.of(ctx, request, created.videoId()), submittedAt);
    }

    private static Optional<Submission> resume(RenderContext ctx, Journal journal, String fingerprint,
                                               VideoRequest request, ProgressListener listener) {
        Optional<JournalEntry> latest = journal.latest(fingerprint);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        JournalEntry e = latest.get();
        if (e.isUnanswered()) {
            listener.onEvent(new ProgressEvent.Note("an earlier submit of this spec (" + e.time() + ") got no answer; "
                    + "sending it again with the same idempotency key, so at most one video is billed"));
            return Optional.empty();
        }
        if (e.status() == JournalEntry.Status.REJECTED) {
            return Optional.empty();
        }
        if (e.isClosed()) {
            listener.onEvent(new ProgressEvent.Note("the journaled video " + e.videoId() + " of this spec "
                    + e.status().wire() + (e.detail() == null ? "" : " (" + e.detail() + ")")
                    + "; submitting a new video with a new idempotency key"));
            return Optional.empty();
        }
        VideoInfo info;
        try {
            info = ctx.videos().get(e.videoId());
        } catch (NotFoundException gone) {
            journal.status(fingerprint, e.key(), e.videoId(), JournalEntry.Status.GONE, null);
            listener.onEvent(new ProgressEvent.Note("the journaled video " + e.videoId() + " of this spec no longer "
                    + "exists; submitting a new video"));
            return Optional.empty();
        }
        if (info.status() != null && info.status().isFailed()) {
            journal.status(fingerprint, e.key(), e.videoId(), JournalEntry.Status.of(info.status()), info.failureCode());
            listener.onEvent(new ProgressEvent.Note("the journaled video " + e.videoId() + " of this spec failed"
                    + (info.failureCode() == null ? "" : " (" + info.failureCode() + ")")
                    + "; submitting a new video with a new idempotency key"));
            return Optional.empty();
        }
        if (info.status() != null && info.status().isCompleted() && e.status() != JournalEntry.Status.COMPLETED) {
            journal.status(fingerprint, e.key(), e.videoId(), JournalEntry.Status.COMPLETED, null);
        }
        VideoStatus status = info.status() == null ? VideoStatus.PROCESSING : info.status();
        listener.onEvent(new ProgressEvent.Note("this spec was submitted before (" + e.time() + "): "
                + (status.isCompleted() ? "reusing" : "resuming") + " video " + e.videoId()
                + " instead of paying again; use .fresh() for a new one"));
        listener.onEvent(new ProgressEvent.Submitted(e.videoId(), status, true));
        return Optional.of(new Submission(e.videoId(), status, info, true, fingerprint, e.key(),
                Estimates.of(ctx, request, e.videoId()), e.time() == null ? ctx.clock().instant() : e.time()));
    }

    private static VideoRequest upload(RenderContext ctx, VideoRequest request, ProgressListener listener) {
        Set<Path> files = RequestAssets.localFiles(request);
        if (files.isEmpty()) {
            return request;
        }
        Map<Path, String> ids = new LinkedHashMap<>();
        for (Path file : files) {
            ids.put(file, upload(ctx, file, listener));
        }
        return RequestAssets.uploaded(request, ids);
    }

    /** Uploads one local file as an asset, announcing it first, and returns its asset id. */
    static String upload(RenderContext ctx, Path file, ProgressListener listener) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        listener.onEvent(new ProgressEvent.Uploading(file, size));
        Asset asset = ctx.assets().upload(file);
        return asset.assetId();
    }

    /** The create call of the request's kind; a template answers with the video, read as a create answer. */
    public static VideoCreated create(RenderContext ctx, VideoRequest request, String key) {
        if (request instanceof TemplateVideoRequest t) {
            VideoInfo v = ctx.templates().generate(t.templateId(), t, key);
            return new VideoCreated(v.id(), v.status(), null);
        }
        return ctx.videos().create((CreateVideoRequest) request, key);
    }

    private static String title(VideoRequest r) {
        if (r instanceof TemplateVideoRequest t) {
            return t.title();
        }
        if (r instanceof AvatarVideoRequest a) {
            return a.options().title();
        }
        if (r instanceof ImageVideoRequest i) {
            return i.options().title();
        }
        return r instanceof StudioVideoRequest s ? s.options().title() : ((CinematicAvatarRequest) r).title();
    }

    /** Whether the API definitely refused the create (so its key must not be replayed). */
    private static boolean definite(ApiException e) {
        int s = e.status();
        return s >= 400 && s < 500 && s != 408 && s != 409 && s != 429;
    }

    private static String shorten(String summary) {
        return summary == null || summary.length() <= 300 ? summary : summary.substring(0, 299) + "…";
    }

    /** Records the final status of a video in the journal, without a wait the local clock could learn from. */
    public static void finished(RenderContext ctx, Submission s, VideoInfo info) {
        finished(ctx, s, info, Duration.ZERO);
    }

    /**
     * Records the final status of a waited-for video in the journal; a completed one with its render time, so later
     * estimates learn from it.
     *
     * @param waited how long the wait that saw it finish took: when it is zero the video was done before anyone looked,
     *               and the local clock says nothing about its render time
     */
    public static void finished(RenderContext ctx, Submission s, VideoInfo info, Duration waited) {
        Journal journal = ctx.journal();
        if (journal == null || info.status() == null || !info.status().isTerminal()) {
            return;
        }
        if (!info.status().isCompleted()) {
            journal.status(s.fingerprint(), s.key(), s.videoId(), JournalEntry.Status.of(info.status()),
                    info.failureCode());
            return;
        }
        journal.completed(s.fingerprint(), s.key(), s.videoId(), renderSeconds(ctx, s, info, waited), info.duration());
    }

    /**
     * Real seconds from creation to completion: the server's timestamps, else the local clock when it watched; null
     * when neither can tell (or the server is a sandbox on a manual clock, whose times mean nothing).
     */
    static Double renderSeconds(RenderContext ctx, Submission s, VideoInfo info, Duration waited) {
        ServerClock clock = ctx.transport().serverClock();
        if (clock.advertised() && clock.speed().isEmpty()) {
            return null;
        }
        if (info.createdAt() != null && info.completedAt() != null && info.completedAt() >= info.createdAt()) {
            Duration server = Duration.ofSeconds(info.completedAt() - info.createdAt());
            return clock.toReal(server).map(d -> d.toMillis() / 1000.0).orElse(null);
        }
        if (waited != null && waited.compareTo(Duration.ZERO) > 0 && s.submittedAt() != null && !s.resumed()) {
            return Duration.between(s.submittedAt(), ctx.clock().instant()).toMillis() / 1000.0;
        }
        return null;
    }
}
