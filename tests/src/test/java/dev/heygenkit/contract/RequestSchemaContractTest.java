package dev.heygenkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.heygenkit.HeyGen;
import dev.heygenkit.api.AspectRatio;
import dev.heygenkit.api.Expressiveness;
import dev.heygenkit.api.Fit;
import dev.heygenkit.api.Framing;
import dev.heygenkit.api.Resolution;
import dev.heygenkit.api.Speaker;
import dev.heygenkit.api.VideoOptions;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarConsentRequest;
import dev.heygenkit.api.AvatarInput;
import dev.heygenkit.api.CreateAvatarRequest;
import dev.heygenkit.api.VoiceCloneRequest;
import dev.heygenkit.api.VoiceDesignRequest;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Caption;
import dev.heygenkit.api.CinematicAvatarRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.Engine;
import dev.heygenkit.api.EngineSettings;
import dev.heygenkit.api.ImageInput;
import dev.heygenkit.api.ImageScene;
import dev.heygenkit.api.ImageVideoRequest;
import dev.heygenkit.api.Playback;
import dev.heygenkit.api.SceneBackground;
import dev.heygenkit.api.SpeechRequest;
import dev.heygenkit.api.StudioScene;
import dev.heygenkit.api.StudioVideoRequest;
import dev.heygenkit.api.TemplateVariable;
import dev.heygenkit.api.TemplateVideoRequest;
import dev.heygenkit.api.VideoBackground;
import dev.heygenkit.api.VideoBatchRequest;
import dev.heygenkit.api.VoiceSettings;
import dev.heygenkit.api.Watermark;
import dev.heygenkit.api.WebhookEndpointRequest;
import dev.heygenkit.api.WebhookEndpointUpdate;
import dev.heygenkit.api.WebhookEventType;
import dev.heygenkit.internal.http.WireFixture;
import dev.heygenkit.testing.V3Schemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every JSON body the client can emit, captured on the wire through WireMock, validates against the v3 request
 * schema (closed objects, so an invented field fails too).
 */
class RequestSchemaContractTest {
    private static WireFixture wire;
    private static HeyGen client;

    /** One call of the client and the endpoint whose request schema its body must fit. */
    record Case(String name, String method, String path, Consumer<HeyGen> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void start() {
        wire = WireFixture.start();
        client = wire.client();
    }

    @AfterAll
    static void stop() {
        wire.close();
    }

    @BeforeEach
    void reset() {
        wire.reset();
        wire.server().stubFor(any(anyUrl()).willReturn(okJson("{\"data\":{}}")));
        wire.server().stubFor(post("/v3/assets/direct-uploads").willReturn(okJson("{\"data\":{\"asset_id\":\"asset_big\","
                + "\"upload_url\":\"" + wire.baseUrl() + "/storage/asset_big\",\"upload_headers\":{\"Content-Type\":\"video/mp4\"},"
                + "\"expires_in_seconds\":60,\"max_bytes\":1000000,\"status\":\"pending_upload\"}}")));
        wire.server().stubFor(put("/storage/asset_big").willReturn(aResponse().withStatus(200)));
    }

    private static Case video(String name, CreateVideoRequest body) {
        return new Case(name, "POST", "/v3/videos", c -> c.videos().create(body));
    }

    private static final VoiceSettings ELEVEN = new VoiceSettings(1.2, -3.0, 0.8, "en-US",
            new EngineSettings.ElevenLabs("eleven_multilingual_v2", 0.5, 0.75, 0.1, true));
    private static final VoiceSettings FISH = new VoiceSettings(null, null, null, null, new EngineSettings.Fish("s2-pro", 0.4, 0.9));
    private static final VoiceSettings STARFISH = new VoiceSettings(0.9, null, null, null, new EngineSettings.Starfish());
    private static final Watermark WATERMARK = new Watermark(AssetInput.asset("logo"), 0.6, 0.2,
            new Watermark.Placement("top_left", 0.05, -0.02));
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(video("avatar minimal", AvatarVideoRequest.of("look_1", null)));
        cases.add(video("avatar with every option, elevenlabs and avatar_v", new AvatarVideoRequest("look_1",
                Speaker.builder().script("Hi <break time=\"1s\"/> there.").voiceId("voice_1").voiceSettings(ELEVEN)
                        .engine(new Engine.AvatarV("look_ref")).motionPrompt("nods").build(),
                new Framing(Fit.COVER, true, VideoBackground.color("#0A84FF"), "mp4"),
                VideoOptions.builder().title("Tour").resolution(Resolution.FULL_HD).aspectRatio(AspectRatio.PORTRAIT)
                        .caption(Caption.burnedIn()).callbackUrl("https://example.com/cb").callbackId("order-42")
                        .watermark(WATERMARK).build())));
        cases.add(video("avatar with audio url, avatar_iv and an image url background", new AvatarVideoRequest("look_1",
                Speaker.builder().audio(AssetInput.url("https://x/a.mp3")).engine(Engine.avatarIV()).build(),
                Framing.builder().background(VideoBackground.image(AssetInput.url("https://x/bg.jpg"))).build(),
                VideoOptions.builder().caption(Caption.sidecar()).build())));
        cases.add(video("avatar with audio asset, avatar_iii and an asset background", new AvatarVideoRequest("look_1",
                Speaker.builder().audio(AssetInput.asset("audio_1")).engine(Engine.avatarIII()).build(),
                new Framing(Fit.CONTAIN, null, VideoBackground.image(AssetInput.asset("bg_1")), null),
                VideoOptions.builder().resolution(Resolution.UHD_4K).aspectRatio(AspectRatio.AUTO).build())));
        cases.add(video("avatar webm with fish voice settings", new AvatarVideoRequest("look_1",
                Speaker.builder().script("Hi").voiceSettings(FISH).expressiveness(Expressiveness.HIGH).build(),
                Framing.builder().outputFormat("webm").build(), null)));
        cases.add(video("avatar with starfish voice settings and avatar_v without reference", AvatarVideoRequest.of("look_1",
                Speaker.builder().script("Hi").voiceSettings(STARFISH).engine(Engine.avatarV()).build())));
        cases.add(video("image from url", new ImageVideoRequest(AssetInput.url("https://x/me.jpg"),
                Speaker.builder().script("Hi").voiceId("voice_1").voiceSettings(ELEVEN).motionPrompt("smiles")
                        .expressiveness(Expressiveness.MEDIUM).build(),
                new Framing(Fit.COVER, false, VideoBackground.color("#000000"), "mp4"),
                VideoOptions.builder().title("Photo").resolution(Resolution.HD).aspectRatio(AspectRatio.SQUARE)
                        .caption(Caption.sidecar()).callbackUrl("https://example.com/cb").callbackId("c1")
                        .watermark(new Watermark(AssetInput.url("https://x/l.png"), null, null, null)).build())));
        cases.add(video("image from asset with audio asset", new ImageVideoRequest(AssetInput.asset("img_1"),
                Speaker.builder().audio(AssetInput.asset("aud_1")).build(), null, null)));
        cases.add(video("image from base64 with audio url and base64 watermark", new ImageVideoRequest(
                AssetInput.base64("image/png", PNG), Speaker.builder().audio(AssetInput.url("https://x/a.wav")).build(), null,
                VideoOptions.builder().watermark(new Watermark(AssetInput.base64("image/png", PNG), 1.0, 1.0,
                        new Watermark.Placement("bottom_right", null, null))).build())));
        cases.add(video("cinematic minimal", CinematicAvatarRequest.builder().prompt("walks in").avatarIds(List.of("look_1")).build()));
        cases.add(video("cinematic with references of every input kind", CinematicAvatarRequest.builder().prompt("a chat")
                .avatarIds(List.of("look_1", "look_2", "look_3"))
                .references(List.of(AssetInput.url("https://x/r.jpg"), AssetInput.asset("ref_1"), AssetInput.base64("image/jpeg", PNG)))
                .duration(12).enhancePrompt(true).aspectRatio(AspectRatio.LANDSCAPE).resolution(Resolution.FULL_HD)
                .title("Cine").build()));
        cases.add(video("cinematic with auto duration", CinematicAvatarRequest.builder().prompt("x").avatarIds(List.of("look_1"))
                .autoDuration(true).build()));
        cases.add(video("studio with every scene and input type", new StudioVideoRequest(List.of(
                        StudioScene.avatar(new AvatarInput("look_1", Speaker.builder().script("Intro").voiceId("v1")
                                .voiceSettings(FISH).engine(new Engine.AvatarV(null)).motionPrompt("waves").build(),
                                SceneBackground.color("#112233"))),
                        StudioScene.avatar(new AvatarInput("look_2", Speaker.builder().audio(AssetInput.url("https://x/a.mp3"))
                                .engine(Engine.avatarIII()).build(), null)),
                        StudioScene.avatar(new AvatarInput("look_2", Speaker.builder().audio(AssetInput.asset("aud"))
                                .expressiveness(Expressiveness.LOW).build(), null)),
                        StudioScene.avatar(new ImageInput(AssetInput.url("https://x/p.jpg"), Speaker.builder().script("Hello")
                                .voiceId("v1").voiceSettings(STARFISH).motionPrompt("tilts")
                                .expressiveness(Expressiveness.MEDIUM).build())),
                        StudioScene.avatar(new ImageInput(AssetInput.base64("image/png", PNG),
                                Speaker.builder().audio(AssetInput.asset("aud")).build())),
                        new ImageScene(AssetInput.url("https://x/slide.png"), 3.0, null),
                        new ImageScene(AssetInput.asset("slide_2"), null, Speaker.builder().script("Narrated").voiceId("v1")
                                .voiceSettings(ELEVEN).build()),
                        new ImageScene(AssetInput.base64("image/png", PNG), null,
                                Speaker.builder().audio(AssetInput.url("https://x/n.mp3")).build()),
                        StudioScene.clip(AssetInput.asset("clip_1"), new Playback(0.4, false)),
                        StudioScene.clip(AssetInput.url("https://x/c.mp4"), null)),
                VideoOptions.builder().title("Studio").resolution(Resolution.FULL_HD).aspectRatio(AspectRatio.LANDSCAPE)
                        .caption(Caption.burnedIn()).callbackUrl("https://example.com/cb").callbackId("s1")
                        .watermark(WATERMARK).build())));
        cases.add(video("studio minimal", new StudioVideoRequest(List.of(
                StudioScene.clip(AssetInput.base64("video/mp4", PNG), new Playback(null, true))), null)));
        cases.add(new Case("batch of every mode", "POST", "/v3/videos/batches", c -> c.videos().createBatch(VideoBatchRequest.of(List.of(
                AvatarVideoRequest.of("look_1", Speaker.builder().script("One").voiceSettings(ELEVEN).build()),
                new ImageVideoRequest(AssetInput.asset("img"), Speaker.builder().audio(AssetInput.url("https://x/a.mp3")).build(),
                        null, null),
                CinematicAvatarRequest.builder().prompt("p").avatarIds(List.of("look_1")).duration(5).build(),
                new StudioVideoRequest(List.of(new ImageScene(AssetInput.url("https://x/s.png"), 2.5, null)), null)))
                .title("Week 12").callbackUrl("https://example.com/done"))));
        cases.add(new Case("batch minimal", "POST", "/v3/videos/batches", c -> c.videos().createBatch(VideoBatchRequest.of(List.of(
                AvatarVideoRequest.of("look_1", null))))));
        cases.add(new Case("speech minimal", "POST", "/v3/voices/speech", c -> c.voices().speech("voice_1", "Hello")));
        cases.add(new Case("speech with every option", "POST", "/v3/voices/speech",
                c -> c.voices().speech(SpeechRequest.of("voice_1", "<speak>Hi</speak>").ssml().speed(1.7).language("en").locale("en-GB"))));
        cases.add(new Case("direct upload slot and complete without checksum", "POST", "/v3/assets/direct-uploads",
                c -> c.assets().uploadDirect(tempFile(), false)));
        cases.add(new Case("direct upload slot with checksum", "POST", "/v3/assets/direct-uploads",
                c -> c.assets().uploadDirect(tempFile(), true)));
        cases.add(new Case("complete without checksum", "POST", "/v3/assets/asset_big/complete",
                c -> c.assets().uploadDirect(tempFile(), false)));
        cases.add(new Case("complete with checksum", "POST", "/v3/assets/asset_big/complete",
                c -> c.assets().uploadDirect(tempFile(), true)));
        cases.add(new Case("webhook endpoint for every event", "POST", "/v3/webhooks/endpoints",
                c -> c.webhooks().createEndpoint("https://example.com/h")));
        cases.add(new Case("webhook endpoint with events and entity", "POST", "/v3/webhooks/endpoints",
                c -> c.webhooks().createEndpoint(WebhookEndpointRequest.of("https://example.com/h")
                        .events(WebhookEventType.AVATAR_VIDEO_SUCCESS, WebhookEventType.BATCH_FINISHED, WebhookEventType.AVATAR_VIDEO_CAPTION_FAIL)
                        .entityId("vid_1"))));
        cases.add(new Case("webhook update of the url", "PATCH", "/v3/webhooks/endpoints/ep_1",
                c -> c.webhooks().updateEndpoint("ep_1", WebhookEndpointUpdate.of().url("https://example.com/h2"))));
        cases.add(new Case("webhook update of url and events", "PATCH", "/v3/webhooks/endpoints/ep_1",
                c -> c.webhooks().updateEndpoint("ep_1", WebhookEndpointUpdate.of().url("https://example.com/h3")
                        .events(List.of(WebhookEventType.AVATAR_VIDEO_FAIL)))));
        cases.add(new Case("template minimal", "POST", "/v3/templates/tpl_1", c -> c.templates().generate("tpl_1",
                TemplateVideoRequest.of(null, TemplateVariable.text("first_name", "Ana")))));
        cases.add(new Case("template with every variable type and option", "POST", "/v3/templates/tpl_1",
                c -> c.templates().generate(EVERY_TEMPLATE_VARIABLE)));
        ownAvatarsAndVoices(cases);
        return cases;
    }

    /** Avatar creation of every kind and input, consent, look rename, voice design and clone. */
    private static void ownAvatarsAndVoices(List<Case> cases) {
        cases.add(new Case("photo avatar from an asset", "POST", "/v3/avatars",
                c -> c.avatars().create(CreateAvatarRequest.photo("CEO", AssetInput.asset("asset_1")))));
        cases.add(new Case("photo avatar from base64 into a group", "POST", "/v3/avatars",
                c -> c.avatars().create(CreateAvatarRequest.photo("CEO", AssetInput.base64("image/png", PNG)).inGroup("grp_1"))));
        cases.add(new Case("prompt avatar minimal", "POST", "/v3/avatars",
                c -> c.avatars().create(CreateAvatarRequest.prompt("Host", "a friendly presenter"))));
        cases.add(new Case("prompt avatar with references, group and base look", "POST", "/v3/avatars",
                c -> c.avatars().create(new CreateAvatarRequest.Prompt("Host", "in a navy blazer",
                        List.of(AssetInput.url("https://x/r.jpg"), AssetInput.asset("ref_1")), "grp_1", "look_1"))));
        cases.add(new Case("digital twin from a url", "POST", "/v3/avatars",
                c -> c.avatars().create(CreateAvatarRequest.digitalTwin("Twin", AssetInput.url("https://x/train.mp4")))));
        cases.add(new Case("consent by video", "POST", "/v3/avatars/grp_1/consent",
                c -> c.avatars().consent("grp_1", AvatarConsentRequest.video(AssetInput.asset("clip_1")))));
        cases.add(new Case("consent by page with a reroute", "POST", "/v3/avatars/grp_1/consent",
                c -> c.avatars().consent("grp_1", AvatarConsentRequest.text("I agree").rerouteUrl("https://example.com/done"))));
        cases.add(new Case("look rename", "PATCH", "/v3/avatars/looks/look_1", c -> c.looks().rename("look_1", "New name")));
        cases.add(new Case("voice design minimal", "POST", "/v3/voices", c -> c.voices().design("warm, British")));
        cases.add(new Case("voice design with every option", "POST", "/v3/voices",
                c -> c.voices().design(VoiceDesignRequest.of("warm").gender("female").locale("en-GB").seed(2))));
        cases.add(new Case("voice clone minimal", "POST", "/v3/voices/clone",
                c -> c.voices().clone(VoiceCloneRequest.of(AssetInput.asset("aud_1"), "Brand"))));
        cases.add(new Case("voice clone with every option", "POST", "/v3/voices/clone",
                c -> c.voices().clone(VoiceCloneRequest.of(AssetInput.url("https://x/a.mp3"), "Brand").language("German")
                        .removeBackgroundNoise(false))));
    }

    /** One variable of every type and input kind, and every body option. */
    static final TemplateVideoRequest EVERY_TEMPLATE_VARIABLE = TemplateVideoRequest.builder().templateId("tpl_1")
            .text("first_name", "Ana")
            .variable(TemplateVariable.image("hero", AssetInput.url("https://x/hero.png"), "cover"))
            .variable(TemplateVariable.image("logo", AssetInput.asset("asset_logo")))
            .variable(TemplateVariable.image("photo", AssetInput.file(Path.of("photo.png")), "contain"))
            .variable(TemplateVariable.video("clip", AssetInput.asset("asset_clip"), "full_video"))
            .variable(TemplateVariable.video("intro", AssetInput.url("https://x/intro.mp4")))
            .variable(TemplateVariable.audio("music", AssetInput.url("https://x/music.mp3")))
            .variable(TemplateVariable.audio("voiceover", AssetInput.asset("asset_vo")))
            .variable(TemplateVariable.voice("narrator", "voice_1"))
            .title("Welcome Ana").callbackUrl("https://example.com/cb").callbackId("row-1").caption(true)
            .dimension(1920, 1080).includeGif(true).enableSharing(false).folderId("f1").fps(60)
            .sceneIds(List.of("s1", "s2")).subtitles(new TemplateVideoRequest.Subtitles("default", 2, true, 28,
                    new TemplateVideoRequest.Subtitles.Position(0.5, -0.1)))
            .brandVoiceId("bv_1").keepTextVerticallyCentered(true).reorderMusic(false).build();

    /** The properties each variable type takes, from HeyGen's template guides. */
    private static final java.util.Map<String, Set<String>> TEMPLATE_PROPERTIES = java.util.Map.of(
            "text", Set.of("content"), "image", Set.of("url", "asset_id", "fit"), "video", Set.of("url", "asset_id", "play_style"),
            "audio", Set.of("url", "asset_id"), "voice", Set.of("voice_id"));

    @Test
    void template_variables_have_the_documented_shape_for_every_type() {
        JsonNode body = sent(new Case("every variable", "POST", "/v3/templates/tpl_1", c -> c.templates().generate(EVERY_TEMPLATE_VARIABLE)));
        Set<String> types = new TreeSet<>();
        body.get("variables").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            List<String> fields = new ArrayList<>();
            v.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).as(e.getKey()).containsExactly("name", "type", "properties");
            assertThat(v.get("name").asText()).isEqualTo(e.getKey());
            String type = v.get("type").asText();
            types.add(type);
            Set<String> props = new TreeSet<>();
            v.get("properties").fieldNames().forEachRemaining(props::add);
            assertThat(TEMPLATE_PROPERTIES.get(type)).as(e.getKey()).containsAll(props);
            assertThat(v.get("properties")).allSatisfy(p -> assertThat(p.isTextual()).isTrue());
            if (!type.equals("text") && !type.equals("voice")) {
                assertThat(props.contains("url") ^ props.contains("asset_id")).as("%s has exactly one source", e.getKey()).isTrue();
            }
        });
        assertThat(types).containsExactlyInAnyOrderElementsOf(TEMPLATE_PROPERTIES.keySet());
        assertThat(body.at("/variables/photo/properties/asset_id").asText()).startsWith(AssetInput.LOCAL_FILE_PREFIX);
        assertThat(body.has("template_id")).isFalse();
    }

    static Stream<Arguments> caseArguments() {
        return cases().stream().map(Arguments::of);
    }

    private static Path tempFile() {
        try {
            Path p = Files.createTempFile("heygen-contract", ".mp4");
            p.toFile().deleteOnExit();
            return Files.write(p, new byte[]{0, 0, 0, 24, 'f', 't', 'y', 'p'});
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Runs a case and returns the JSON body the client sent to its endpoint. */
    private static JsonNode sent(Case c) {
        c.call().accept(client);
        List<LoggedRequest> matching = wire.requests(new RequestPatternBuilder(RequestMethod.fromString(c.method()), urlEqualTo(c.path())));
        assertThat(matching).as("%s sends %s %s", c.name(), c.method(), c.path()).hasSize(1);
        assertThat(matching.get(0).getHeader("Content-Type")).isEqualTo("application/json");
        return WireFixture.body(matching.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("caseArguments")
    void the_body_sent_fits_the_request_schema(Case c) {
        V3Schemas.assertValidRequest(c.method(), c.path(), sent(c));
    }

    @Test
    void the_cases_cover_every_json_write_endpoint_the_client_calls() {
        Set<String> covered = new TreeSet<>();
        for (Case c : cases()) {
            covered.add(c.method() + " " + V3Schemas.endpoint(c.method(), c.path()).path("path").asText());
        }
        assertThat(covered).containsExactlyInAnyOrder("POST /v3/videos", "POST /v3/videos/batches", "POST /v3/voices/speech",
                "POST /v3/assets/direct-uploads", "POST /v3/assets/{asset_id}/complete", "POST /v3/webhooks/endpoints",
                "PATCH /v3/webhooks/endpoints/{endpoint_id}", "POST /v3/templates/{template_id}",
                "POST /v3/avatars", "POST /v3/avatars/{group_id}/consent", "PATCH /v3/avatars/looks/{look_id}",
                "POST /v3/voices", "POST /v3/voices/clone");
    }

    @Test
    void the_cases_emit_every_variant_of_every_union() {
        Set<String> seen = new TreeSet<>();
        for (Case c : cases()) {
            if (c.path().equals("/v3/videos") || c.path().equals("/v3/videos/batches")) {
                wire.reset();
                reset();
                collect(sent(c), "", seen);
            }
        }
        assertThat(seen).contains(
                "type=avatar", "type=image", "type=cinematic_avatar", "type=studio",
                "scenes.type=avatar_video", "scenes.type=image", "scenes.type=video",
                "input.type=avatar", "input.type=image",
                "image.type=url", "image.type=asset_id", "image.type=base64",
                "source.type=url", "source.type=asset_id", "source.type=base64",
                "references.type=url", "references.type=asset_id", "references.type=base64",
                "engine.type=avatar_v", "engine.type=avatar_iv", "engine.type=avatar_iii",
                "background.type=color", "background.type=image",
                "engine_settings.engine_type=elevenlabs", "engine_settings.engine_type=fish", "engine_settings.engine_type=starfish",
                "caption", "watermark", "placement", "playback", "voice_settings");
    }

    private static void collect(JsonNode node, String parent, Set<String> seen) {
        if (node.isArray()) {
            node.forEach(n -> collect(n, parent, seen));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String key = e.getKey();
                if ((key.equals("type") || key.equals("engine_type")) && e.getValue().isTextual()) {
                    seen.add((parent.isEmpty() || parent.equals("videos") ? "" : parent + ".") + key + "=" + e.getValue().asText());
                } else {
                    seen.add(key);
                    collect(e.getValue(), key, seen);
                }
            });
        }
    }
}
