package dev.heygenkit.internal.render;

import dev.heygenkit.ConsentRequiredException;
import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.ProgressListener;
import dev.heygenkit.TrainingFailedException;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarConsent;
import dev.heygenkit.api.AvatarConsentRequest;
import dev.heygenkit.api.AvatarCreated;
import dev.heygenkit.api.AvatarGroup;
import dev.heygenkit.api.CreateAvatarRequest;
import dev.heygenkit.api.Look;
import dev.heygenkit.api.VoiceCloneRequest;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.internal.http.IdempotencyKeys;
import dev.heygenkit.internal.render.AssetRules.Expect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Making your own avatars and voices the way renders are made: preflight (local files are read and checked; with a
 * client, the credit check), uploads of local files, one create call under one idempotency key, the consent of a
 * digital twin when given, then the {@link Waiter} until the look or voice is ready. Nothing is sent when preflight
 * finds an error.
 *
 * <pre>{@code Creations.Created c = Creations.createAvatar(ctx, request, null, Set.of(), true, deadline, listener);}</pre>
 */
public final class Creations {
    /** The longest prompt HeyGen accepts for a prompt avatar. */
    public static final int PROMPT_LIMIT = 1000;

    private Creations() {
    }

    /**
     * A created avatar.
     *
     * @param group      its group, as read after the wait (or from the create answer without one)
     * @param look       the new look
     * @param consentUrl the page where a digital twin's person agrees, or null
     */
    public record Created(AvatarGroup group, Look look, String consentUrl) {
    }

    /** Every problem of an avatar request (with {@code ctx}, the credit check too), ignored codes as warnings. */
    public static List<Problem> check(RenderContext ctx, CreateAvatarRequest request, AvatarConsentRequest consent,
                                      Set<String> ignored) {
        Findings f = new Findings();
        AssetRules assets = new AssetRules(f);
        if (Findings.blank(request.name())) {
            f.error(ProblemCodes.AVATAR_NAME_MISSING, "name", "the avatar has no name; add .name(\"CEO\")");
        }
        if (request instanceof CreateAvatarRequest.Photo p) {
            assets.asset(p.file(), "file", "photo", Expect.AVATAR_PHOTO, "");
        } else if (request instanceof CreateAvatarRequest.DigitalTwin t) {
            assets.asset(t.file(), "file", "training video", Expect.VIDEO, "");
        } else if (request instanceof CreateAvatarRequest.Prompt p) {
            prompt(f, assets, p);
        }
        if (consent != null && consent.consentVideo() != null) {
            assets.asset(consent.consentVideo(), "consent_video", "consent video", Expect.VIDEO, "");
        }
        return withCredit(ctx, f, "an avatar", ignored);
    }

    private static void prompt(Findings f, AssetRules assets, CreateAvatarRequest.Prompt p) {
        if (Findings.blank(p.prompt())) {
            f.error(ProblemCodes.AVATAR_PROMPT_EMPTY, "prompt", "the avatar prompt is empty; describe the presenter, "
                    + "e.g. \"a friendly presenter in a navy blazer\"");
        } else if (p.prompt().length() > PROMPT_LIMIT) {
            f.error(ProblemCodes.AVATAR_PROMPT_TOO_LONG, "prompt", "the avatar prompt is " + p.prompt().length()
                    + " characters; HeyGen takes at most " + PROMPT_LIMIT + ", so shorten it");
        }
        List<AssetInput> refs = p.referenceImages() == null ? List.of() : p.referenceImages();
        for (int i = 0; i < refs.size(); i++) {
            assets.asset(refs.get(i), "reference_images[" + i + "]", "reference image", Expect.IMAGE, "");
        }
    }

    /** Every problem of a voice clone request (with {@code ctx}, the credit check too), ignored codes as warnings. */
    public static List<Problem> check(RenderContext ctx, VoiceCloneRequest request, Set<String> ignored) {
        Findings f = new Findings();
        if (Findings.blank(request.voiceName())) {
            f.error(ProblemCodes.VOICE_NAME_MISSING, "voice_name", "the cloned voice has no name; add .name(\"Brand\")");
        }
        new AssetRules(f).asset(request.audio(), "audio", "voice sample", Expect.AUDIO, "");
        return withCredit(ctx, f, "a voice", ignored);
    }

    /** Adds the credit check when a client is given and nothing else is wrong; downgrades ignored codes. */
    private static List<Problem> withCredit(RenderContext ctx, Findings f, String what, Set<String> ignored) {
        if (ctx != null && f.all().stream().noneMatch(p -> p.isError() && !ignored.contains(p.code()))) {
            f.add(CreditCheck.forCreation(ctx, what));
        }
        return f.all().stream().map(p -> ignored.contains(p.code()) ? p.asWarning() : p).toList();
    }

    /**
     * Creates an avatar: preflight, uploads, the create call, the consent (when given), then, with {@code wait}, the
     * wait until the look is ready.
     *
     * @throws dev.heygenkit.PreflightException when preflight finds an error (nothing is sent)
     * @throws TrainingFailedException           when the look fails to train
     * @throws ConsentRequiredException          when a digital twin waits for consent
     * @throws dev.heygenkit.TrainingTimeoutException when the deadline passes first
     */
    public static Created createAvatar(RenderContext ctx, CreateAvatarRequest request, AvatarConsentRequest consent,
                                       Set<String> ignored, boolean wait, Duration deadline, ProgressListener listener) {
        Submitter.enforce(check(ctx, request, consent, ignored), listener);
        Map<Path, String> uploaded = new HashMap<>();
        CreateAvatarRequest wire = uploaded(ctx, request, uploaded, listener);
        AvatarCreated created = ctx.avatars().create(wire, IdempotencyKeys.generate());
        AvatarGroup group = created.avatarGroup();
        Look look = created.avatarItem();
        listener.onEvent(new ProgressEvent.Note("created avatar group " + group.id() + " with look " + look.id() + " ("
                + Training.lookStatus(look) + ")"));
        String consentUrl = null;
        if (consent != null) {
            AvatarConsentRequest c = new AvatarConsentRequest(consent.consentText(),
                    upload(ctx, consent.consentVideo(), uploaded, listener), consent.rerouteUrl());
            AvatarConsent answer = ctx.avatars().consent(group.id(), c);
            group = answer.avatarGroup() == null ? group : answer.avatarGroup();
            consentUrl = answer.url();
            listener.onEvent(new ProgressEvent.Note(consentUrl == null ? "consent sent for avatar group " + group.id()
                    : "consent for avatar group " + group.id() + " is given at " + consentUrl));
        }
        if (!wait) {
            return new Created(group, look, consentUrl);
        }
        String kind = request.type();
        Look done = ctx.waiter().await(Training.look(ctx.looks(), look.id()), Training.lookStatus(look), deadline,
                Training.estimate(kind), listener);
        String status = Training.lookStatus(done);
        if (status.equals("failed")) {
            throw new TrainingFailedException("look", done.id(), done.error() == null ? null : done.error().code(),
                    done.error() == null ? null : done.error().message());
        }
        if (status.equals("pending_consent")) {
            throw new ConsentRequiredException(group.id(), done.id(), consentUrl);
        }
        return new Created(ctx.avatars().get(group.id()), done, consentUrl);
    }

    /**
     * Clones a voice: preflight, the upload of a local sample, the clone call, then, with {@code wait}, the wait until
     * it is {@code complete}. Returns the voice as last read.
     *
     * @throws TrainingFailedException when the clone fails
     */
    public static VoiceInfo cloneVoice(RenderContext ctx, VoiceCloneRequest request, Set<String> ignored, boolean wait,
                                       Duration deadline, ProgressListener listener) {
        Submitter.enforce(check(ctx, request, ignored), listener);
        AssetInput audio = upload(ctx, request.audio(), new HashMap<>(), listener);
        String id = ctx.voices().clone(new VoiceCloneRequest(audio, request.voiceName(), request.language(),
                request.removeBackgroundNoise())).voiceCloneId();
        listener.onEvent(new ProgressEvent.Note("cloning voice " + id + " (" + request.voiceName() + ")"));
        if (!wait) {
            return ctx.voices().get(id);
        }
        VoiceInfo done = ctx.waiter().await(Training.voice(ctx.voices(), id), "processing", deadline,
                Training.cloneEstimate(), listener);
        if ("failed".equalsIgnoreCase(done.status())) {
            throw new TrainingFailedException("voice", id, null, done.failureMessage());
        }
        return done;
    }

    private static CreateAvatarRequest uploaded(RenderContext ctx, CreateAvatarRequest r, Map<Path, String> done,
                                                ProgressListener listener) {
        if (r instanceof CreateAvatarRequest.Photo p) {
            return new CreateAvatarRequest.Photo(p.name(), upload(ctx, p.file(), done, listener), p.avatarGroupId());
        }
        if (r instanceof CreateAvatarRequest.DigitalTwin t) {
            return new CreateAvatarRequest.DigitalTwin(t.name(), upload(ctx, t.file(), done, listener), t.avatarGroupId());
        }
        CreateAvatarRequest.Prompt p = (CreateAvatarRequest.Prompt) r;
        List<AssetInput> refs = p.referenceImages() == null ? null
                : p.referenceImages().stream().map(a -> upload(ctx, a, done, listener)).toList();
        return new CreateAvatarRequest.Prompt(p.name(), p.prompt(), refs, p.avatarGroupId(), p.avatarId());
    }

    /** A local file uploaded once (the same file twice is one upload) and named by its asset id; others as they are. */
    private static AssetInput upload(RenderContext ctx, AssetInput input, Map<Path, String> done, ProgressListener listener) {
        if (!(input instanceof AssetInput.LocalFile f)) {
            return input;
        }
        return AssetInput.asset(done.computeIfAbsent(f.absolute(), file -> Submitter.upload(ctx, file, listener)));
    }
}
