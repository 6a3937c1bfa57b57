package dev.heygenkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.heygenkit.HeyGen;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarInput;
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
        cases.add(video("avatar minimal", AvatarVideoRequest.builder().avatarId("look_1").build()));
        cases.add(video("avatar with every option, elevenlabs and avatar_v", AvatarVideoRequest.builder().avatarId("look_1")
                .script("Hi <break time=\"1s\"/> there.").voiceId("voice_1").voiceSettings(ELEVEN)
                .engine(new Engine.AvatarV("look_ref")).title("Tour").resolution("1080p").aspectRatio("9:16").fit("cover")
                .motionPrompt("nods").removeBackground(true).background(VideoBackground.color("#0A84FF")).outputFormat("mp4")
                .caption(Caption.burnedIn()).callbackUrl("https://example.com/cb").callbackId("order-42").watermark(WATERMARK).build()));
        cases.add(video("avatar with audio url, avatar_iv and an image url background", AvatarVideoRequest.builder().avatarId("look_1")
                .audioUrl("https://x/a.mp3").engine(Engine.avatarIV()).background(VideoBackground.imageUrl("https://x/bg.jpg"))
                .caption(Caption.sidecar()).build()));
        cases.add(video("avatar with audio asset, avatar_iii and an asset background", AvatarVideoRequest.builder().avatarId("look_1")
                .audioAssetId("audio_1").engine(Engine.avatarIII()).background(VideoBackground.imageAsset("bg_1"))
                .resolution("4k").aspectRatio("auto").fit("contain").build()));
        cases.add(video("avatar webm with fish voice settings", AvatarVideoRequest.builder().avatarId("look_1").script("Hi")
                .voiceSettings(FISH).outputFormat("webm").expressiveness("high").build()));
        cases.add(video("avatar with starfish voice settings and avatar_v without reference", AvatarVideoRequest.builder()
                .avatarId("look_1").script("Hi").voiceSettings(STARFISH).engine(Engine.avatarV()).build()));
        cases.add(video("image from url", ImageVideoRequest.builder().image(AssetInput.url("https://x/me.jpg")).script("Hi")
                .voiceId("voice_1").voiceSettings(ELEVEN).motionPrompt("smiles").expressiveness("medium").title("Photo")
                .resolution("720p").aspectRatio("1:1").fit("cover").removeBackground(false)
                .background(VideoBackground.color("#000000")).outputFormat("mp4").caption(Caption.sidecar())
                .callbackUrl("https://example.com/cb").callbackId("c1").watermark(new Watermark(AssetInput.url("https://x/l.png"), null, null, null))
                .build()));
        cases.add(video("image from asset with audio asset", ImageVideoRequest.builder().image(AssetInput.asset("img_1"))
                .audioAssetId("aud_1").build()));
        cases.add(video("image from base64 with audio url and base64 watermark", ImageVideoRequest.builder()
                .image(AssetInput.base64("image/png", PNG)).audioUrl("https://x/a.wav")
                .watermark(new Watermark(AssetInput.base64("image/png", PNG), 1.0, 1.0, new Watermark.Placement("bottom_right", null, null)))
                .build()));
        cases.add(video("cinematic minimal", CinematicAvatarRequest.builder().prompt("walks in").avatarIds(List.of("look_1")).build()));
        cases.add(video("cinematic with references of every input kind", CinematicAvatarRequest.builder().prompt("a chat")
                .avatarIds(List.of("look_1", "look_2", "look_3"))
                .references(List.of(AssetInput.url("https://x/r.jpg"), AssetInput.asset("ref_1"), AssetInput.base64("image/jpeg", PNG)))
                .duration(12).enhancePrompt(true).aspectRatio("16:9").resolution("1080p").title("Cine").build()));
        cases.add(video("cinematic with auto duration", CinematicAvatarRequest.builder().prompt("x").avatarIds(List.of("look_1"))
                .autoDuration(true).build()));
        cases.add(video("studio with every scene and input type", StudioVideoRequest.builder().scenes(List.of(
                        StudioScene.avatar(AvatarInput.builder().avatarId("look_1").script("Intro").voiceId("v1").voiceSettings(FISH)
                                .engine(new Engine.AvatarV(null)).motionPrompt("waves").background(SceneBackground.color("#112233")).build()),
                        StudioScene.avatar(AvatarInput.builder().avatarId("look_2").audioUrl("https://x/a.mp3").engine(Engine.avatarIII()).build()),
                        StudioScene.avatar(AvatarInput.builder().avatarId("look_2").audioAssetId("aud").expressiveness("low").build()),
                        StudioScene.avatar(ImageInput.builder().image(AssetInput.url("https://x/p.jpg")).script("Hello").voiceId("v1")
                                .voiceSettings(STARFISH).motionPrompt("tilts").expressiveness("medium").build()),
                        StudioScene.avatar(ImageInput.builder().image(AssetInput.base64("image/png", PNG)).audioAssetId("aud").build()),
                        ImageScene.builder().source(AssetInput.url("https://x/slide.png")).duration(3.0).build(),
                        ImageScene.builder().source(AssetInput.asset("slide_2")).script("Narrated").voiceId("v1").voiceSettings(ELEVEN).build(),
                        ImageScene.builder().source(AssetInput.base64("image/png", PNG)).audioUrl("https://x/n.mp3").build(),
                        StudioScene.clip(AssetInput.asset("clip_1"), new Playback(0.4, false)),
                        StudioScene.clip(AssetInput.url("https://x/c.mp4"), null)))
                .title("Studio").resolution("1080p").aspectRatio("16:9").caption(Caption.burnedIn())
                .callbackUrl("https://example.com/cb").callbackId("s1").watermark(WATERMARK).build()));
        cases.add(video("studio minimal", StudioVideoRequest.builder().scenes(List.of(
                StudioScene.clip(AssetInput.base64("video/mp4", PNG), new Playback(null, true)))).build()));
        cases.add(new Case("batch of every mode", "POST", "/v3/videos/batches", c -> c.videos().createBatch(VideoBatchRequest.of(List.of(
                AvatarVideoRequest.builder().avatarId("look_1").script("One").voiceSettings(ELEVEN).build(),
                ImageVideoRequest.builder().image(AssetInput.asset("img")).audioUrl("https://x/a.mp3").build(),
                CinematicAvatarRequest.builder().prompt("p").avatarIds(List.of("look_1")).duration(5).build(),
                StudioVideoRequest.builder().scenes(List.of(ImageScene.builder().source(AssetInput.url("https://x/s.png")).duration(2.5).build())).build()))
                .title("Week 12").callbackUrl("https://example.com/done"))));
        cases.add(new Case("batch minimal", "POST", "/v3/videos/batches", c -> c.videos().createBatch(VideoBatchRequest.of(List.of(
                AvatarVideoRequest.builder().avatarId("look_1").build())))));
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
        return cases;
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
                "PATCH /v3/webhooks/endpoints/{endpoint_id}");
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
