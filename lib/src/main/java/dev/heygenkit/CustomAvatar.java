package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarConsentRequest;
import dev.heygenkit.api.CreateAvatarRequest;
import dev.heygenkit.internal.render.Creations;
import dev.heygenkit.internal.render.RenderContext;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Your own avatar, made from a photo, a prompt or a training video (a digital twin), ready to use in
 * {@code Avatar.look(...)} once {@code create} returns. Immutable: every step returns a new value; local files are
 * checked (format, size, dimensions, that the photo decodes) before anything is sent and uploaded for you.
 *
 * <pre>{@code NewAvatar ceo = CustomAvatar.fromPhoto(Path.of("ceo.jpg")).name("CEO").create(client);
 * ceo.avatar().say("Hello").render(client);}</pre>
 *
 * <p>A digital twin trains only after the person in the video consents: pass a recording of them reading HeyGen's
 * consent statement with {@link #consent(Path)}, or ask for a consent page with {@link #consentPage(String)} and have
 * them open it; until then waiting ends in a {@link ConsentRequiredException} that names the page.
 */
public final class CustomAvatar {
    private final CreateAvatarRequest request;
    private final AvatarConsentRequest consent;
    private final List<String> ignored;

    private CustomAvatar(CreateAvatarRequest request, AvatarConsentRequest consent, List<String> ignored) {
        this.request = request;
        this.consent = consent;
        this.ignored = List.copyOf(ignored);
    }

    private static CustomAvatar of(CreateAvatarRequest request) {
        return new CustomAvatar(request, null, List.of());
    }

    /** A photo avatar from a local PNG or JPEG (front-facing, one face, ideally 512×512 or more), uploaded for you. */
    public static CustomAvatar fromPhoto(Path photo) {
        return of(CreateAvatarRequest.photo(stem(photo.getFileName()), AssetInput.file(photo)));
    }

    /** A photo avatar from a photo at a public URL. */
    public static CustomAvatar fromPhoto(URI photo) {
        return of(CreateAvatarRequest.photo(stem(Path.of(Objects.requireNonNull(photo, "url").getPath()).getFileName()),
                AssetInput.url(photo.toString())));
    }

    /** A photo avatar from a photo uploaded before, by asset id. */
    public static CustomAvatar fromPhotoAsset(String assetId) {
        return of(CreateAvatarRequest.photo("Photo avatar", AssetInput.asset(Objects.requireNonNull(assetId, "asset id"))));
    }

    /** A presenter generated from a description, e.g. {@code "a friendly presenter in a navy blazer"}. */
    public static CustomAvatar fromPrompt(String prompt) {
        Objects.requireNonNull(prompt, "prompt");
        return of(CreateAvatarRequest.prompt(shortName(prompt), prompt));
    }

    /** The start of a prompt as a name: at most 40 characters, cut at a word. */
    private static String shortName(String prompt) {
        String p = prompt.strip().replaceAll("\\s+", " ");
        if (p.length() <= 40) {
            return p.isEmpty() ? "Prompt avatar" : p;
        }
        String cut = p.substring(0, 40);
        int space = cut.lastIndexOf(' ');
        return (space > 20 ? cut.substring(0, space) : cut).replaceAll("[\\s,;:.-]+$", "") + "…";
    }

    /** A digital twin trained from a local video of a real person (who must consent), uploaded for you. */
    public static CustomAvatar digitalTwin(Path video) {
        return of(CreateAvatarRequest.digitalTwin(stem(video.getFileName()), AssetInput.file(video)));
    }

    /** A digital twin trained from a video at a public URL. */
    public static CustomAvatar digitalTwin(URI video) {
        return of(CreateAvatarRequest.digitalTwin(stem(Path.of(Objects.requireNonNull(video, "url").getPath()).getFileName()),
                AssetInput.url(video.toString())));
    }

    /** A digital twin trained from a video uploaded before, by asset id. */
    public static CustomAvatar digitalTwinAsset(String assetId) {
        return of(CreateAvatarRequest.digitalTwin("Digital twin", AssetInput.asset(Objects.requireNonNull(assetId, "asset id"))));
    }

    private static String stem(Path file) {
        String n = file == null ? "" : file.toString();
        String s = n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
        return s.isBlank() ? "My avatar" : s;
    }

    private CustomAvatar with(CreateAvatarRequest r) {
        return new CustomAvatar(r, consent, ignored);
    }

    /** The name shown in HeyGen (default: the file name, or the start of the prompt). */
    public CustomAvatar name(String name) {
        Objects.requireNonNull(name, "name");
        if (request instanceof CreateAvatarRequest.Photo p) {
            return with(new CreateAvatarRequest.Photo(name, p.file(), p.avatarGroupId()));
        }
        if (request instanceof CreateAvatarRequest.DigitalTwin t) {
            return with(new CreateAvatarRequest.DigitalTwin(name, t.file(), t.avatarGroupId()));
        }
        CreateAvatarRequest.Prompt p = (CreateAvatarRequest.Prompt) request;
        return with(new CreateAvatarRequest.Prompt(name, p.prompt(), p.referenceImages(), p.avatarGroupId(), p.avatarId()));
    }

    /** Adds the new look to one of your avatar groups instead of starting a new one. */
    public CustomAvatar inGroup(String groupId) {
        Objects.requireNonNull(groupId, "group id");
        if (request instanceof CreateAvatarRequest.Photo p) {
            return with(p.inGroup(groupId));
        }
        return with(request instanceof CreateAvatarRequest.DigitalTwin t ? t.inGroup(groupId)
                : ((CreateAvatarRequest.Prompt) request).inGroup(groupId));
    }

    /** A local picture that guides a prompt avatar's look, uploaded for you. */
    public CustomAvatar reference(Path image) {
        return reference(AssetInput.file(image));
    }

    /** A picture at a public URL that guides a prompt avatar's look. */
    public CustomAvatar reference(URI image) {
        return reference(AssetInput.url(Objects.requireNonNull(image, "url").toString()));
    }

    /** A picture uploaded before, by asset id, that guides a prompt avatar's look. */
    public CustomAvatar referenceAsset(String assetId) {
        return reference(AssetInput.asset(Objects.requireNonNull(assetId, "asset id")));
    }

    private CustomAvatar reference(AssetInput image) {
        if (!(request instanceof CreateAvatarRequest.Prompt p)) {
            throw new IllegalStateException("reference pictures guide prompt avatars only; use CustomAvatar.fromPrompt(...)");
        }
        List<AssetInput> refs = new ArrayList<>(p.referenceImages() == null ? List.of() : p.referenceImages());
        refs.add(image);
        return with(p.references(refs));
    }

    /** A local video of the twin's person reading HeyGen's consent statement, sent right after creating the twin. */
    public CustomAvatar consent(Path video) {
        return consent(AvatarConsentRequest.video(AssetInput.file(video)));
    }

    /** A consent video at a public URL; see {@link #consent(Path)}. */
    public CustomAvatar consent(URI video) {
        return consent(AvatarConsentRequest.video(AssetInput.url(Objects.requireNonNull(video, "url").toString())));
    }

    /** A consent video uploaded before, by asset id; see {@link #consent(Path)}. */
    public CustomAvatar consentAsset(String assetId) {
        return consent(AvatarConsentRequest.video(AssetInput.asset(Objects.requireNonNull(assetId, "asset id"))));
    }

    /**
     * Asks HeyGen for a consent page showing {@code statement}: {@link NewAvatar#consentUrl()} (or the
     * {@link ConsentRequiredException} of a wait) names it, and training starts once the person agrees there.
     */
    public CustomAvatar consentPage(String statement) {
        return consent(AvatarConsentRequest.text(Objects.requireNonNull(statement, "statement")));
    }

    private CustomAvatar consent(AvatarConsentRequest c) {
        if (!(request instanceof CreateAvatarRequest.DigitalTwin)) {
            throw new IllegalStateException("only digital twins need consent; photo and prompt avatars train at once");
        }
        return new CustomAvatar(request, c, ignored);
    }

    /** A copy that downgrades these preflight problem codes to warnings, e.g. {@code ProblemCodes.CREDIT_INSUFFICIENT}. */
    public CustomAvatar ignore(String... codes) {
        return new CustomAvatar(request, consent, Dsl.codes(ignored, codes));
    }

    /** The {@code POST /v3/avatars} body; local files show as {@code local-file:} placeholders until uploaded. */
    public CreateAvatarRequest request() {
        return request;
    }

    /** Every problem found without the network (local files are read), errors and warnings. */
    public List<Problem> check() {
        return Creations.check(null, request, consent, Set.copyOf(ignored));
    }

    /** Every problem found locally and against the client's account (the credit check), errors and warnings. */
    public List<Problem> check(HeyGen client) {
        return Creations.check(Objects.requireNonNull(client, "client").renderContext(), request, consent, Set.copyOf(ignored));
    }

    /**
     * Preflights, uploads, creates and waits with progress until the look is ready (the client's deadline, 30 min by
     * default); returns the group and its ready look.
     *
     * @throws PreflightException        when a check fails (nothing is sent)
     * @throws TrainingFailedException   when the look fails to train
     * @throws ConsentRequiredException  when a digital twin waits for consent
     * @throws TrainingTimeoutException  when the deadline passes (it keeps training)
     */
    public NewAvatar create(HeyGen client) {
        return create(client, null, null, true);
    }

    /** {@link #create(HeyGen)} waiting at most {@code deadline}. */
    public NewAvatar create(HeyGen client, Duration deadline) {
        return create(client, Objects.requireNonNull(deadline, "deadline"), null, true);
    }

    /** {@link #create(HeyGen)} reporting progress to {@code listener}. */
    public NewAvatar create(HeyGen client, ProgressListener listener) {
        return create(client, null, listener, true);
    }

    /** {@link #create(HeyGen)} with the default client ({@link HeyGen#defaultClient()}). */
    public NewAvatar create() {
        return create(HeyGen.defaultClient());
    }

    /** Preflights, uploads and creates, returning at once with the look still training (see {@link NewAvatar#isReady()}). */
    public NewAvatar start(HeyGen client) {
        return create(client, null, null, false);
    }

    private NewAvatar create(HeyGen client, Duration deadline, ProgressListener listener, boolean wait) {
        RenderContext ctx = Objects.requireNonNull(client, "client").renderContext();
        Creations.Created c = Creations.createAvatar(ctx, request, consent, Set.copyOf(ignored), wait,
                deadline == null ? ctx.deadline() : deadline, ctx.listener(listener));
        return new NewAvatar(c.group(), c.look(), c.consentUrl());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CustomAvatar c && c.request.equals(request) && Objects.equals(c.consent, consent)
                && c.ignored.equals(ignored);
    }

    @Override
    public int hashCode() {
        return Objects.hash(request, consent, ignored);
    }

    /** The DSL expression that recreates this value, e.g. {@code CustomAvatar.fromPhoto(Path.of("ceo.jpg")).name("CEO")}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (request instanceof CreateAvatarRequest.Photo p) {
            b.append(Dsl.media(p.file(), "CustomAvatar.fromPhoto", "CustomAvatar.fromPhotoAsset"));
        } else if (request instanceof CreateAvatarRequest.DigitalTwin t) {
            b.append(Dsl.media(t.file(), "CustomAvatar.digitalTwin", "CustomAvatar.digitalTwinAsset"));
        } else {
            CreateAvatarRequest.Prompt p = (CreateAvatarRequest.Prompt) request;
            b.append("CustomAvatar.fromPrompt(").append(Dsl.str(p.prompt())).append(')');
            if (p.referenceImages() != null) {
                p.referenceImages().forEach(r -> b.append(Dsl.media(r, ".reference", ".referenceAsset")));
            }
        }
        b.append(".name(").append(Dsl.str(request.name())).append(')');
        Dsl.step(b, "inGroup", request.avatarGroupId());
        if (consent != null) {
            b.append(consent.consentVideo() != null ? Dsl.media(consent.consentVideo(), ".consent", ".consentAsset")
                    : ".consentPage(" + Dsl.str(consent.consentText()) + ")");
        }
        if (!ignored.isEmpty()) {
            b.append(".ignore(").append(Dsl.strs(ignored)).append(')');
        }
        return b.toString();
    }
}
