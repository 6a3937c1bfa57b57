package dev.heygenkit.build;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What users can name: read from lib's compiled classes, every public (or protected nested) type per package. The
 * exported packages of module-info carry exactly the vocabulary listed here; outside them only the CLI's entry point
 * is public, apart from {@code dev.heygenkit.internal.*}, which is not exported and may share what it needs.
 */
class PublicSurfaceTest {
    /** The exported packages and the types each offers users (nested types as {@code Outer$Inner}). */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "dev.heygenkit", Set.of("ApiException", "AuthenticationException", "Avatar", "Background", "Batch", "BatchCheck",
                    "BatchCheck$Issue", "BatchResult", "BatchRow", "ProgressEvent$BatchProgress",
                    "BadRequestException", "Cinematic", "ConflictException", "DownloadException", "HeyGen",
                    "HeyGen$Builder", "HeyGenException", "HttpListener", "InsufficientCreditException", "JournalEntry", "JournalEntry$Status",
                    "MissingApiKeyException", "NotFoundException", "Overwrite", "PermissionDeniedException",
                    "PollSchedule", "PreflightException", "ProblemCodes", "PreflightException$Problem", "PreflightException$Severity",
                    "ProgressEvent", "ProgressEvent$Downloaded", "ProgressEvent$Downloading", "ProgressEvent$Finished",
                    "ProgressEvent$Note", "ProgressEvent$Polled", "ProgressEvent$StatusChanged", "ProgressEvent$Submitted",
                    "ProgressEvent$Uploading", "ProgressEvent$Warning", "ProgressListener", "RateLimitException",
                    "RenderFailedException", "RenderInterruptedException", "RenderJob", "RenderTimeoutException",
                    "RequestTimeoutException", "RetryPolicy", "Scene", "Scene$Clip", "Scene$Still", "Scenes",
                    "ServerException", "Sleeper", "TransferProgress", "TransportException", "Version", "Video",
                    "VideoSpec", "VideoOptionSteps", "Voice", "Watermark", "WebhookSignatureException", "Template", "WebhookReceiver", "WebhookReceiver$Builder", "WebhookReceiver$Received", "WebhookReceiver$Tail", "ConsentRequiredException", "CustomAvatar", "CustomVoice", "NewAvatar",
                    "ProgressEvent$Training", "TrainingFailedException", "TrainingTimeoutException"),
            "dev.heygenkit.api", Set.of("ApiError", "Asset", "AssetDeleted", "AssetInfo", "AssetInput",
                    "AssetInput$AssetId", "AssetInput$Base64", "AssetInput$Url", "Assets", "AvatarGroup", "AvatarInput",
                    "AvatarType", "AvatarVideoRequest", "Avatars",
                    "Caption", "CinematicAvatarRequest", "CinematicAvatarRequest$Builder", "CreateVideoRequest",
                    "DirectUploadSlot", "Engine", "Engine$AvatarIII", "Engine$AvatarIV", "Engine$AvatarV",
                    "EngineSettings", "EngineSettings$ElevenLabs", "EngineSettings$Fish", "EngineSettings$Starfish",
                    "ImageInput", "ImageScene", "ImageVideoRequest",
                    "Look", "Looks", "Looks$LookQuery", "Page", "Playback", "Raw",
                    "SceneBackground", "SceneBackground$Color", "SpeechAudio", "SpeechAudio$WordTimestamp",
                    "SpeechRequest", "StudioInput", "StudioScene", "StudioScene$AvatarVideo", "StudioScene$Clip",
                    "StudioVideoRequest", "UserInfo", "UserInfo$AutoReload",
                    "UserInfo$CreditBalance", "UserInfo$Credits", "UserInfo$Subscription", "UserInfo$UsageBased",
                    "UserInfo$Wallet", "Users", "VideoBackground", "VideoBackground$Color", "VideoBackground$Image",
                    "VideoBatch", "VideoBatchCreated", "VideoBatchItem", "VideoBatchRequest", "VideoCreated",
                    "VideoDeleted", "VideoInfo", "VideoStatus", "VideoStatusItem", "Videos", "Videos$VideoQuery",
                    "VoiceInfo", "VoiceSettings", "Voices", "Voices$VoiceQuery", "Watermark", "Watermark$Placement",
                    "WebhookEndpoint", "WebhookEndpointRequest", "WebhookEndpointUpdate", "WebhookEvent",
                    "WebhookEvent$VideoEventData", "WebhookEventQuery", "WebhookEventType", "WebhookEventTypeInfo",
                    "WebhookSecret", "WebhookSignature", "WebhookSignature$Encoding", "Webhooks", "AspectRatio", "AssetInput$LocalFile", "Engine$Other", "Expressiveness", "Fit", "Framing", "Framing$Builder",
                    "Resolution", "Speaker", "Speaker$Builder", "VideoOptions", "VideoOptions$Builder", "VoiceSettings$Builder", "TemplateInfo", "TemplateInfo$Scene", "TemplateInfo$VariableDeclaration", "TemplateSummary", "TemplateVariable", "TemplateVariable$Audio", "TemplateVariable$Image", "TemplateVariable$Text", "TemplateVariable$Video", "TemplateVariable$Voice", "TemplateVideoRequest", "TemplateVideoRequest$Builder", "TemplateVideoRequest$Dimension", "TemplateVideoRequest$Subtitles", "TemplateVideoRequest$Subtitles$Position", "Templates", "Templates$TemplateQuery", "VideoRequest",
                    "AvatarConsent", "AvatarConsentRequest", "AvatarCreated", "AvatarDeleted", "CreateAvatarRequest",
                    "CreateAvatarRequest$DigitalTwin", "CreateAvatarRequest$Photo", "CreateAvatarRequest$Prompt", "DesignedVoices",
                    "VoiceCloneCreated", "VoiceCloneRequest", "VoiceDeleted", "VoiceDesignRequest"),
            // What a notebook user types, plus JJavaExtension: JJava's ServiceLoader instantiates it from the class
            // path, which only works for a public class.
            "dev.heygenkit.notebook", Set.of("AudioPlayer", "DisplayHandle", "Html", "JJavaExtension", "LookSheet",
                    "Notebook", "VideoPlayer", "VideoTable"),
            "dev.heygenkit.sandbox", Set.of("Fault", "Fault$Kind", "RecordedRequest", "Sandbox", "Sandbox$Builder",
                    "SandboxOptions", "WebhookDelivery"));

    /** Public types allowed in packages that are neither exported nor internal: the jar's Main-Class. */
    static final Map<String, Set<String>> ENTRY_POINTS = Map.of("dev.heygenkit.cli", Set.of("Main"));

    private static final String INTERNAL = "dev.heygenkit.internal";

    private static Path classes() {
        return Path.of(System.getProperty("heygen.lib.dir", "../lib"), "target/classes");
    }

    /** Every package of lib's classes with the types in it that code outside the package can name. */
    static Map<String, Set<String>> visibleTypes(Path classes) throws IOException, ClassNotFoundException {
        Map<String, Set<String>> out = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(classes)) {
            files = s.filter(p -> p.toString().endsWith(".class") && !p.endsWith("module-info.class")).toList();
        }
        for (Path f : files) {
            String name = classes.relativize(f).toString().replace('\\', '/').replace('/', '.').replaceAll("\\.class$", "");
            Class<?> type = Class.forName(name, false, PublicSurfaceTest.class.getClassLoader());
            if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
                continue;
            }
            String pkg = type.getPackageName();
            Set<String> types = out.computeIfAbsent(pkg, k -> new TreeSet<>());
            if (visible(type)) {
                types.add(name.substring(pkg.length() + 1));
            }
        }
        return out;
    }

    /** Public or protected, and so is every type it is nested in. */
    static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            int m = t.getModifiers();
            if (!Modifier.isPublic(m) && !Modifier.isProtected(m)) {
                return false;
            }
        }
        return true;
    }

    /** The packages lib's module descriptor exports, without qualified exports. */
    static Set<String> exports(Path classes) {
        ModuleReference module = ModuleFinder.of(classes).findAll().stream().findFirst()
                .orElseThrow(() -> new AssertionError("no module-info.class in " + classes + "; build lib first"));
        return module.descriptor().exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** What is wrong with one package's public types, as advice for whoever changed them; empty when nothing is. */
    static List<String> problems(Map<String, Set<String>> visible, Set<String> exported) {
        List<String> out = new ArrayList<>();
        if (!exported.equals(ALLOWED.keySet())) {
            out.add("module-info exports " + exported + " but PublicSurfaceTest.ALLOWED lists " + new TreeSet<>(ALLOWED.keySet())
                    + ": export a package only together with the list of types it offers users, here.");
        }
        visible.forEach((pkg, types) -> {
            if (pkg.equals(INTERNAL) || pkg.startsWith(INTERNAL + ".")) {
                return;
            }
            Set<String> allowed = ALLOWED.getOrDefault(pkg, ENTRY_POINTS.getOrDefault(pkg, Set.of()));
            Set<String> added = new TreeSet<>(types);
            added.removeAll(allowed);
            Set<String> gone = new TreeSet<>(allowed);
            gone.removeAll(types);
            if (!added.isEmpty()) {
                out.add(ALLOWED.containsKey(pkg)
                        ? pkg + " gained public " + added + ". Exported packages carry only what users import. If it is"
                        + " vocabulary (DSL, result, exception, extension point, typed resource or record), document it"
                        + " and add it to PublicSurfaceTest.ALLOWED; otherwise make it package-private or move it under "
                        + INTERNAL + ".*."
                        : pkg + " is not exported, yet " + added + " are public. Make them package-private, move them"
                        + " under " + INTERNAL + ".* if other packages need them, or export the package in"
                        + " module-info.java and list its types in PublicSurfaceTest.ALLOWED.");
            }
            if (!gone.isEmpty()) {
                out.add(pkg + " no longer offers " + gone + ": if that is meant (users' code stops compiling), remove"
                        + " them from PublicSurfaceTest.ALLOWED.");
            }
        });
        return out;
    }

    @Test
    void exported_packages_offer_exactly_the_listed_vocabulary_and_nothing_else_is_public() throws Exception {
        Map<String, Set<String>> visible = visibleTypes(classes());
        assertThat(visible).as("lib's classes were read").containsKeys("dev.heygenkit", "dev.heygenkit.internal.http");

        List<String> problems = problems(visible, exports(classes()));

        assertThat(problems).as("the public surface changed:%n  %s%n", String.join("\n  ", problems)).isEmpty();
    }

    @Test
    void the_checker_catches_new_public_types_in_exported_and_other_packages_and_lets_internal_ones_be() {
        Map<String, Set<String>> visible = new TreeMap<>();
        ALLOWED.forEach((pkg, types) -> visible.put(pkg, new TreeSet<>(types)));
        visible.put("dev.heygenkit.cli", Set.of("Main"));
        visible.put("dev.heygenkit.internal.http", Set.of("HttpTransport"));
        assertThat(problems(visible, ALLOWED.keySet())).isEmpty();

        visible.get("dev.heygenkit.api").add("Resources");
        visible.put("dev.heygenkit.cli", Set.of("Main", "Root"));
        visible.get("dev.heygenkit.notebook").remove("Html");
        List<String> problems = problems(visible, Set.of("dev.heygenkit", "dev.heygenkit.api", "dev.heygenkit.notebook",
                "dev.heygenkit.sandbox", "dev.heygenkit.cli"));

        assertThat(problems).hasSize(4);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("module-info exports").contains("dev.heygenkit.cli"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("dev.heygenkit.api gained public [Resources]")
                .contains("package-private", "PublicSurfaceTest.ALLOWED"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("dev.heygenkit.cli is not exported, yet [Root]"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("dev.heygenkit.notebook no longer offers [Html]"));
    }

    @Test
    void a_type_nested_in_a_package_private_one_is_not_visible() {
        assertThat(visible(Map.Entry.class)).isTrue();
        assertThat(visible(Hidden.Inner.class)).isFalse();
    }

    /** A package-private type whose public member type stays out of reach. */
    static final class Hidden {
        /** Public, but only as far as {@link Hidden} reaches. */
        public static final class Inner {
        }
    }
}
