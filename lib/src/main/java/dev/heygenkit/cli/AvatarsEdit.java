package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.CustomAvatar;
import dev.heygenkit.NewAvatar;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarConsent;
import dev.heygenkit.api.AvatarConsentRequest;
import dev.heygenkit.api.Look;
import dev.heygenkit.internal.http.Json;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code heygen avatars create|delete|consent}: your own avatars from a photo, a prompt or a video (digital twin). */
final class AvatarsEdit {
    private AvatarsEdit() {
    }

    /** What the avatar is made from: exactly one of photo, prompt and training video. */
    static final class Source {
        @Option(names = "--photo", required = true, paramLabel = "FILE|URL", description = "A front-facing PNG or JPEG photo.")
        String photo;

        @Option(names = "--prompt", required = true, paramLabel = "TEXT", description = "A description of the presenter.")
        String prompt;

        @Option(names = "--twin", required = true, paramLabel = "VIDEO", description = "A training video of a real person "
                + "(a digital twin; needs their consent).")
        String twin;
    }

    /** {@code heygen avatars create}: checks the photo, uploads it, creates the avatar and, with --wait, waits for it. */
    @Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Create your own avatar from a photo, a prompt or a training video (digital twin).",
            footer = {"", "Examples:",
                    "  heygen avatars create --photo ceo.jpg --name CEO --wait",
                    "  heygen avatars create --prompt \"a friendly presenter in a navy blazer\" --wait --json",
                    "  heygen avatars create --twin me.mp4 --name Me --consent consent.mp4 --wait",
                    "", "A digital twin trains only after the person in it consents: --consent VIDEO sends a recording of",
                    "them reading HeyGen's consent statement, --consent-page TEXT asks for a page they open to agree."})
    static final class Create extends Sub {
        @ArgGroup(multiplicity = "1")
        Source source;

        @Option(names = "--name", paramLabel = "NAME", description = "The name shown in HeyGen (default: the file name or the prompt).")
        String name;

        @Option(names = "--group", paramLabel = "GROUP_ID", description = "Add the look to one of your avatar groups.")
        String group;

        @Option(names = "--reference", paramLabel = "FILE|URL", description = "With --prompt: a picture that guides the look; repeatable.")
        List<String> references = new ArrayList<>();

        @Option(names = "--consent", paramLabel = "VIDEO", description = "With --twin: the person reading the consent statement.")
        String consent;

        @Option(names = "--consent-page", paramLabel = "TEXT", description = "With --twin: ask for a consent page showing TEXT.")
        String consentPage;

        @Option(names = "--wait", description = "Wait until the look is ready (default: return once it is created).")
        boolean waitReady;

        @Option(names = "--timeout", paramLabel = "DURATION", converter = Durations.Converter.class,
                description = "With --wait: the longest wait, e.g. 5m (default 30m). It keeps training after it.")
        Duration timeout;

        @Option(names = "--ignore", paramLabel = "CODE", description = "Turn this preflight problem code into a warning; repeatable.")
        List<String> ignore = new ArrayList<>();

        @Override
        public Integer call() {
            CustomAvatar spec = spec();
            Preconditions.timeout(timeout);
            NewAvatar made = !waitReady ? spec.start(client())
                    : timeout == null ? spec.create(client()) : spec.create(client(), timeout);
            progress().finish();
            Look look = made.look();
            if (json()) {
                ObjectNode o = Json.object();
                o.set("avatar_group", Json.tree(made.group()));
                o.set("look", Json.tree(look));
                o.put("consent_url", made.consentUrl());
                printJson(o);
                return Main.OK;
            }
            Map<String, String> f = new LinkedHashMap<>();
            f.put("look", look.id());
            f.put("group", made.groupId());
            f.put("name", look.name());
            f.put("status", look.status());
            f.put("preview", look.previewImageUrl());
            f.put("consent", made.consentUrl());
            printFields(f);
            note(made.isReady() ? "use it: heygen render --look " + look.id() + " --voice VOICE_ID --say \"Hello\""
                    : "it is training; check it with: heygen looks " + look.id() + " (or create it again with --wait)");
            return Main.OK;
        }

        private CustomAvatar spec() {
            if (!references.isEmpty() && source.prompt == null) {
                throw new Durations.UsageException("--reference guides prompt avatars only; use it with --prompt");
            }
            if ((consent != null || consentPage != null) && source.twin == null) {
                throw new Durations.UsageException("--consent and --consent-page are for digital twins; use them with --twin");
            }
            CustomAvatar a;
            if (source.prompt != null) {
                a = CustomAvatar.fromPrompt(source.prompt);
                for (String r : references) {
                    AssetInput in = Inputs.of(r, io());
                    a = in instanceof AssetInput.Url u ? a.reference(URI.create(u.url()))
                            : in instanceof AssetInput.AssetId id ? a.referenceAsset(id.assetId()) : a.reference(io().path(r));
                }
            } else if (source.photo != null) {
                AssetInput in = Inputs.of(source.photo, io());
                a = in instanceof AssetInput.Url u ? CustomAvatar.fromPhoto(URI.create(u.url()))
                        : in instanceof AssetInput.AssetId id ? CustomAvatar.fromPhotoAsset(id.assetId())
                        : CustomAvatar.fromPhoto(io().path(source.photo));
            } else {
                AssetInput in = Inputs.of(source.twin, io());
                a = in instanceof AssetInput.Url u ? CustomAvatar.digitalTwin(URI.create(u.url()))
                        : in instanceof AssetInput.AssetId id ? CustomAvatar.digitalTwinAsset(id.assetId())
                        : CustomAvatar.digitalTwin(io().path(source.twin));
            }
            return options(a);
        }

        private CustomAvatar options(CustomAvatar a) {
            if (name != null) {
                a = a.name(name);
            }
            if (group != null) {
                a = a.inGroup(group);
            }
            if (consent != null) {
                AssetInput in = Inputs.of(consent, io());
                a = in instanceof AssetInput.Url u ? a.consent(URI.create(u.url()))
                        : in instanceof AssetInput.AssetId id ? a.consentAsset(id.assetId()) : a.consent(io().path(consent));
            } else if (consentPage != null) {
                a = a.consentPage(consentPage);
            }
            return ignore.isEmpty() ? a : a.ignore(ignore.toArray(String[]::new));
        }
    }

    /** {@code heygen avatars delete GROUP}: deletes one of your avatar groups with all its looks. */
    @Command(name = "delete", footer = {"", "Example:", "  heygen avatars delete GROUP_ID --force"}, mixinStandardHelpOptions = true,
            description = "Delete one of your avatar groups with all its looks, for good (asks first; --force to skip).")
    static final class Delete extends Sub {
        @Parameters(paramLabel = "GROUP_ID", description = "The avatar group, as 'heygen avatars --ownership private' shows it.")
        String id;

        @Option(names = {"-f", "--force"}, description = "Do not ask; required when not at a terminal.")
        boolean force;

        @Override
        public Integer call() {
            if (!confirmDelete("avatar group " + id + " and all its looks", force)) {
                return Main.FAILED;
            }
            String deleted = client().avatars().delete(id).id();
            if (json()) {
                printJson(Json.object().put("id", deleted).put("deleted", true));
            } else {
                io().out().println("deleted avatar group " + Escapes.line(String.valueOf(deleted)));
            }
            return Main.OK;
        }
    }

    /** {@code heygen avatars consent GROUP}: the consent of a digital twin's person, as a video or through a page. */
    @Command(name = "consent", mixinStandardHelpOptions = true,
            description = "Give a digital twin its person's consent: a video of them reading the statement, or a page they open.",
            footer = {"", "Examples:", "  heygen avatars consent GROUP_ID --video consent.mp4",
                    "  heygen avatars consent GROUP_ID --text \"I agree to HeyGen creating my avatar\" --reroute https://example.com/thanks"})
    static final class Consent extends Sub {
        @Parameters(paramLabel = "GROUP_ID", description = "The digital twin's avatar group.")
        String id;

        @Option(names = "--video", paramLabel = "FILE|URL", description = "The person reading HeyGen's consent statement "
                + "(uploaded for you).")
        String video;

        @Option(names = "--text", paramLabel = "STATEMENT", description = "Ask for a consent page showing STATEMENT.")
        String text;

        @Option(names = "--reroute", paramLabel = "URL", description = "Where the consent page sends the person afterwards.")
        String reroute;

        @Override
        public Integer call() {
            if ((video == null) == (text == null)) {
                throw new Durations.UsageException("consent needs one of --video FILE|URL or --text STATEMENT");
            }
            AssetInput clip = video == null ? null : Inputs.of(video, io());
            if (clip instanceof AssetInput.LocalFile f) {
                clip = AssetInput.asset(client().assets().upload(f.absolute()).assetId());
            }
            AvatarConsentRequest r = new AvatarConsentRequest(text, clip, reroute);
            AvatarConsent answer = client().avatars().consent(id, r);
            if (json()) {
                printJson(answer);
                return Main.OK;
            }
            Map<String, String> f = new LinkedHashMap<>();
            f.put("group", answer.avatarGroup().id());
            f.put("consent", answer.avatarGroup().consentStatus());
            f.put("status", answer.avatarGroup().status());
            f.put("url", answer.url());
            printFields(f);
            if (answer.url() != null) {
                note("have the person open the url to agree; training starts then");
            }
            return Main.OK;
        }
    }
}
