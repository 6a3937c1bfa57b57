package dev.heygenkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.HeyGen;
import dev.heygenkit.api.Asset;
import dev.heygenkit.api.AssetDeleted;
import dev.heygenkit.api.AssetInfo;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarConsent;
import dev.heygenkit.api.AvatarConsentRequest;
import dev.heygenkit.api.AvatarCreated;
import dev.heygenkit.api.AvatarDeleted;
import dev.heygenkit.api.AvatarGroup;
import dev.heygenkit.api.CreateAvatarRequest;
import dev.heygenkit.api.DesignedVoices;
import dev.heygenkit.api.VoiceCloneRequest;
import dev.heygenkit.api.VoiceDeleted;
import dev.heygenkit.api.AvatarType;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Look;
import dev.heygenkit.api.SpeechAudio;
import dev.heygenkit.api.TemplateInfo;
import dev.heygenkit.api.TemplateSummary;
import dev.heygenkit.api.TemplateVariable;
import dev.heygenkit.api.TemplateVideoRequest;
import dev.heygenkit.api.UserInfo;
import dev.heygenkit.api.VideoBatch;
import dev.heygenkit.api.VideoCreated;
import dev.heygenkit.api.VideoDeleted;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.api.VideoStatusItem;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.api.WebhookEndpoint;
import dev.heygenkit.api.WebhookEndpointUpdate;
import dev.heygenkit.api.WebhookEvent;
import dev.heygenkit.api.WebhookEventType;
import dev.heygenkit.api.WebhookEventTypeInfo;
import dev.heygenkit.api.WebhookSecret;
import dev.heygenkit.internal.http.WireFixture;
import dev.heygenkit.testing.V3Schemas;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.heygenkit.internal.http.WireFixture.response;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-written example answer per endpoint the client covers validates against the v3 response schema and, served
 * through WireMock, deserialises into the records with the expected values.
 */
class ResponseSchemaContractTest {
    /** Each example response and the endpoint it answers. */
    static final Map<String, String> EXAMPLES = new TreeMap<>(Map.ofEntries(
            Map.entry("videos-create.json", "POST /v3/videos"),
            Map.entry("videos-get.json", "GET /v3/videos/vid_7f3a"),
            Map.entry("videos-list.json", "GET /v3/videos"),
            Map.entry("videos-delete.json", "DELETE /v3/videos/vid_7f3a"),
            Map.entry("videos-statuses.json", "GET /v3/videos/statuses"),
            Map.entry("videos-batch-get.json", "GET /v3/videos/batches/batch_1"),
            Map.entry("avatars-list.json", "GET /v3/avatars"),
            Map.entry("avatars-get.json", "GET /v3/avatars/grp_me"),
            Map.entry("looks-list.json", "GET /v3/avatars/looks"),
            Map.entry("looks-get.json", "GET /v3/avatars/looks/anna_office"),
            Map.entry("voices-list.json", "GET /v3/voices"),
            Map.entry("voices-get.json", "GET /v3/voices/voice_clone_1"),
            Map.entry("voices-speech.json", "POST /v3/voices/speech"),
            Map.entry("assets-upload.json", "POST /v3/assets"),
            Map.entry("assets-direct-upload.json", "POST /v3/assets/direct-uploads"),
            Map.entry("assets-complete.json", "POST /v3/assets/asset_big/complete"),
            Map.entry("assets-get.json", "GET /v3/assets/asset_slide"),
            Map.entry("assets-delete.json", "DELETE /v3/assets/asset_slide"),
            Map.entry("webhooks-endpoint-create.json", "POST /v3/webhooks/endpoints"),
            Map.entry("webhooks-endpoints-list.json", "GET /v3/webhooks/endpoints"),
            Map.entry("webhooks-endpoint-update.json", "PATCH /v3/webhooks/endpoints/ep_1"),
            Map.entry("webhooks-endpoint-delete.json", "DELETE /v3/webhooks/endpoints/ep_1"),
            Map.entry("webhooks-rotate-secret.json", "POST /v3/webhooks/endpoints/ep_1/rotate-secret"),
            Map.entry("webhooks-event-types.json", "GET /v3/webhooks/event-types"),
            Map.entry("webhooks-events.json", "GET /v3/webhooks/events"),
            Map.entry("users-me-wallet.json", "GET /v3/users/me"),
            Map.entry("users-me-subscription.json", "GET /v3/users/me"),
            Map.entry("users-me-usage.json", "GET /v3/users/me"),
            Map.entry("templates-list.json", "GET /v3/templates"),
            Map.entry("templates-get.json", "GET /v3/templates/tpl_welcome"),
            Map.entry("templates-generate.json", "POST /v3/templates/tpl_welcome"),
            Map.entry("avatars-create.json", "POST /v3/avatars"),
            Map.entry("avatars-consent.json", "POST /v3/avatars/grp_twin/consent"),
            Map.entry("avatars-delete.json", "DELETE /v3/avatars/grp_me"),
            Map.entry("looks-update.json", "PATCH /v3/avatars/looks/me_photo"),
            Map.entry("looks-delete.json", "DELETE /v3/avatars/looks/me_photo"),
            Map.entry("voices-design.json", "POST /v3/voices"),
            Map.entry("voices-clone.json", "POST /v3/voices/clone"),
            Map.entry("voices-delete.json", "DELETE /v3/voices/voice_clone_1"),
            Map.entry("assets-list.json", "GET /v3/assets")));

    private static WireFixture wire;
    private HeyGen client;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        wire = WireFixture.start();
    }

    @AfterAll
    static void stop() {
        wire.close();
    }

    @BeforeEach
    void reset() {
        wire.reset();
        client = wire.client();
    }

    static Stream<String> examples() {
        return EXAMPLES.keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void the_example_fits_the_response_schema(String file) {
        String[] endpoint = EXAMPLES.get(file).split(" ");
        V3Schemas.assertValidResponse(endpoint[0], endpoint[1], V3Schemas.json(response(file)));
    }

    @Test
    void every_example_file_is_checked_and_every_covered_endpoint_has_one() throws URISyntaxException, java.io.IOException {
        Path dir = Path.of(ResponseSchemaContractTest.class.getResource("/contract/responses").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());
        }
        Set<String> templates = EXAMPLES.values().stream().map(e -> e.split(" "))
                .map(e -> e[0] + " " + V3Schemas.endpoint(e[0], e[1]).path("path").asText()).collect(Collectors.toSet());
        // Every endpoint a typed method calls, except POST /v3/videos/batches, whose answer the spec does not publish.
        assertThat(templates).containsExactlyInAnyOrder(
                "POST /v3/videos", "GET /v3/videos/{video_id}", "GET /v3/videos", "DELETE /v3/videos/{video_id}",
                "GET /v3/videos/statuses", "GET /v3/videos/batches/{batch_id}",
                "GET /v3/avatars", "GET /v3/avatars/{group_id}", "GET /v3/avatars/looks", "GET /v3/avatars/looks/{look_id}",
                "GET /v3/voices", "GET /v3/voices/{voice_id}", "POST /v3/voices/speech",
                "POST /v3/assets", "POST /v3/assets/direct-uploads", "POST /v3/assets/{asset_id}/complete",
                "GET /v3/assets/{asset_id}", "DELETE /v3/assets/{asset_id}",
                "POST /v3/webhooks/endpoints", "GET /v3/webhooks/endpoints", "PATCH /v3/webhooks/endpoints/{endpoint_id}",
                "DELETE /v3/webhooks/endpoints/{endpoint_id}", "POST /v3/webhooks/endpoints/{endpoint_id}/rotate-secret",
                "GET /v3/webhooks/event-types", "GET /v3/webhooks/events", "GET /v3/users/me",
                "GET /v3/templates", "GET /v3/templates/{template_id}", "POST /v3/templates/{template_id}",
                "POST /v3/avatars", "POST /v3/avatars/{group_id}/consent", "DELETE /v3/avatars/{group_id}",
                "PATCH /v3/avatars/looks/{look_id}", "DELETE /v3/avatars/looks/{look_id}",
                "POST /v3/voices", "POST /v3/voices/clone", "DELETE /v3/voices/{voice_id}", "GET /v3/assets");
        assertThat(V3Schemas.hasSchema("POST", "/v3/videos/batches", "response_schema")).isFalse();
    }

    @Test
    void the_harness_rejects_an_example_with_an_invented_field() {
        JsonNode bad = V3Schemas.json(response("videos-get.json").replace("\"duration\": 42.1", "\"duration\": 42.1, \"durationn\": 1"));
        assertThat(V3Schemas.responseProblems("GET", "/v3/videos/vid_7f3a", bad)).isNotEmpty();
    }

    private void serve(String file) {
        String[] endpoint = EXAMPLES.get(file).split(" ");
        wire.server().stubFor(request(endpoint[0], urlPathEqualTo(endpoint[1])).willReturn(okJson(response(file))));
    }

    @Test
    void video_examples_deserialise() {
        serve("videos-create.json");
        serve("videos-get.json");
        serve("videos-list.json");
        serve("videos-delete.json");
        serve("videos-statuses.json");
        serve("videos-batch-get.json");
        assertThat(client.videos().create(AvatarVideoRequest.of("a", null)))
                .isEqualTo(new VideoCreated("vid_7f3a", VideoStatus.WAITING, "mp4"));
        VideoInfo v = client.videos().get("vid_7f3a");
        assertThat(v.title()).isEqualTo("Tour, part 1");
        assertThat(v.completedAt()).isEqualTo(1767226020L);
        assertThat(v.captionedVideoUrl()).contains("captioned");
        assertThat(v.subtitleUrl()).endsWith(".srt?sig=abc");
        assertThat(v.gifUrl()).endsWith(".gif");
        assertThat(v.thumbnailUrl()).endsWith(".jpg");
        assertThat(v.videoPageUrl()).isEqualTo("https://app.heygen.com/videos/vid_7f3a");
        var page = client.videos().list();
        assertThat(page.items()).extracting(VideoInfo::id).containsExactly("vid_2", "vid_1");
        assertThat(page.items().get(1).failureCode()).isEqualTo("script_too_long");
        assertThat(page.items().get(1).status().isFailed()).isTrue();
        assertThat(page.nextToken()).isEqualTo("tok_page2");
        assertThat(client.videos().delete("vid_7f3a")).isEqualTo(new VideoDeleted("vid_7f3a", true));
        List<VideoStatusItem> statuses = client.videos().statuses(List.of("vid_1"));
        assertThat(statuses).extracting(VideoStatusItem::status).containsExactly(VideoStatus.COMPLETED, VideoStatus.NOT_FOUND,
                VideoStatus.FAILED, VideoStatus.QUEUED);
        assertThat(statuses.get(2).batchId()).isEqualTo("batch_1");
        VideoBatch batch = client.videos().getBatch("batch_1");
        assertThat(batch.createdAt()).isEqualTo(1767225600L);
        assertThat(batch.countsByStatus()).containsOnly(Map.entry("completed", 1), Map.entry("processing", 1), Map.entry("failed", 1));
        assertThat(batch.items().items()).extracting(i -> i.videoId()).containsExactly("vid_a", null);
        assertThat(batch.items().nextToken()).isEqualTo("tok_items2");
    }

    @Test
    void avatar_look_and_voice_examples_deserialise() {
        serve("avatars-list.json");
        serve("avatars-get.json");
        serve("looks-list.json");
        serve("looks-get.json");
        serve("voices-list.json");
        serve("voices-get.json");
        serve("voices-speech.json");
        AvatarGroup anna = client.avatars().list().items().get(0);
        assertThat(anna).isEqualTo(new AvatarGroup("grp_anna", "Anna", 1700000000L, 3, "female", "voice_anna",
                "https://files.example.com/anna.jpg", null, null, null, null));
        assertThat(client.avatars().get("grp_me").consentStatus()).isEqualTo("pending");
        List<Look> looks = client.looks().list().items();
        assertThat(looks.get(0).tags()).containsExactly("office", "business");
        assertThat(looks.get(0).previewVideoUrl()).endsWith(".mp4");
        assertThat(looks.get(1).avatarType()).isEqualTo(AvatarType.PHOTO_AVATAR);
        assertThat(looks.get(1).defaultVoiceId()).isNull();
        assertThat(looks.get(1).status()).isEqualTo("completed");
        assertThat(looks.get(1).imageHeight()).isEqualTo(1024);
        assertThat(client.looks().get("anna_office").groupId()).isEqualTo("grp_anna");
        List<VoiceInfo> voices = client.voices().list().items();
        assertThat(voices.get(0)).isEqualTo(new VoiceInfo("voice_anna", "Anna", "English", "female",
                "https://files.example.com/anna.mp3", true, true, "public", null, null, null, null));
        VoiceInfo clone = client.voices().get("voice_clone_1");
        assertThat(clone.language()).isEqualTo("German");
        assertThat(clone.failureMessage()).isNull();
        SpeechAudio audio = client.voices().speech("voice_anna", "Hello there");
        assertThat(audio.requestId()).isEqualTo("req_1");
        assertThat(audio.wordTimestamps()).hasSize(2);
    }

    @Test
    void asset_examples_deserialise() throws Exception {
        serve("assets-upload.json");
        serve("assets-get.json");
        serve("assets-delete.json");
        Path slide = Files.write(tmp.resolve("slide.png"), new byte[]{1, 2, 3});
        assertThat(client.assets().upload(slide)).isEqualTo(new Asset("asset_slide", "https://files.example.com/assets/slide.png",
                "image/png", 48213L, null));
        assertThat(client.assets().get("asset_slide").owner()).isEqualTo("jane");
        assertThat(client.assets().get("asset_slide").uploadedAt()).isEqualTo(1767225600L);
        assertThat(client.assets().delete("asset_slide")).isEqualTo(new AssetDeleted("asset_slide"));
        // The direct-upload example points at an https storage host; serve it with a loopback URL instead.
        wire.server().stubFor(post("/v3/assets/direct-uploads").willReturn(okJson(response("assets-direct-upload.json")
                .replace("https://storage.example.com", wire.baseUrl()))));
        wire.server().stubFor(put(urlPathEqualTo("/put/asset_big")).willReturn(aResponse().withStatus(200)));
        serve("assets-complete.json");
        Asset big = client.assets().uploadDirect(Files.write(tmp.resolve("big.mp4"), new byte[]{0, 1}), false);
        assertThat(big).isEqualTo(new Asset("asset_big", "https://files.example.com/assets/big.mp4", "video/mp4", 104857600L, "processing"));
        wire.server().verify(putRequestedFor(urlPathEqualTo("/put/asset_big")).withHeader("x-amz-checksum-sha256", equalTo("q1w2e3"))
                .withHeader("Content-Type", equalTo("video/mp4")));
        AssetInfo info = client.assets().get("asset_slide");
        assertThat(info.input().toString()).contains("asset_slide");
    }

    @Test
    void webhook_examples_deserialise() {
        serve("webhooks-endpoint-create.json");
        serve("webhooks-endpoints-list.json");
        serve("webhooks-endpoint-update.json");
        serve("webhooks-endpoint-delete.json");
        serve("webhooks-rotate-secret.json");
        serve("webhooks-event-types.json");
        serve("webhooks-events.json");
        WebhookEndpoint created = client.webhooks().createEndpoint("https://example.com/hooks/heygen");
        assertThat(created).isEqualTo(new WebhookEndpoint("ep_1", "https://example.com/hooks/heygen", "enabled", "2026-03-01T12:00:00Z",
                List.of(WebhookEventType.AVATAR_VIDEO_SUCCESS, WebhookEventType.AVATAR_VIDEO_FAIL), "whsec_shown_once"));
        assertThat(client.webhooks().listEndpoints().items()).extracting(WebhookEndpoint::status).containsExactly("enabled", "disabled");
        assertThat(client.webhooks().updateEndpoint("ep_1", WebhookEndpointUpdate.of().url("https://example.com/hooks/v2")).events())
                .containsExactly(WebhookEventType.BATCH_FINISHED);
        client.webhooks().deleteEndpoint("ep_1");
        assertThat(client.webhooks().rotateSecret("ep_1")).isEqualTo(new WebhookSecret("ep_1", "whsec_rotated"));
        assertThat(client.webhooks().eventTypes()).extracting(WebhookEventTypeInfo::eventType)
                .containsExactly(WebhookEventType.AVATAR_VIDEO_SUCCESS, WebhookEventType.BATCH_FINISHED);
        List<WebhookEvent> events = client.webhooks().events().items();
        assertThat(events.get(0).eventId()).isEqualTo("evt_2");
        assertThat(events.get(0).callbackId()).isEqualTo("order-42");
        assertThat(events.get(1).video().duration()).isEqualTo(42.1);
        assertThat(events.get(1).createdAt()).isEqualTo("2026-03-01T12:01:00Z");
    }

    @Test
    void user_examples_deserialise() {
        for (String file : List.of("users-me-wallet.json", "users-me-subscription.json", "users-me-usage.json")) {
            wire.reset();
            serve(file);
            UserInfo me = client.users().me();
            switch (me.billingType()) {
                case "wallet" -> assertThat(me.wallet().currency()).isEqualTo("usd");
                case "subscription" -> assertThat(me.subscription().credits().premiumCredits().remaining()).isEqualTo(120L);
                case "usage_based" -> assertThat(me.usageBased().spendingCurrentUsd()).isEqualTo(123.45);
                default -> throw new AssertionError("unexpected billing type " + me.billingType());
            }
        }
        assertThat(client.users().me().lastName()).isEqualTo("Team");
    }

    @Test
    void template_examples_deserialise() {
        serve("templates-list.json");
        serve("templates-get.json");
        serve("templates-generate.json");
        List<TemplateSummary> list = client.templates().list().items();
        assertThat(list).extracting(TemplateSummary::name).containsExactly("Customer welcome", "Promo");
        assertThat(list.get(0).updatedAt()).isEqualTo(1767312000L);
        TemplateInfo t = client.templates().get("tpl_welcome");
        assertThat(t.scenes()).extracting(TemplateInfo.Scene::sceneId).containsExactly("scene_intro", "scene_logo");
        assertThat(t.variableTypes()).containsEntry("outro_music", "audio").hasSize(5);
        VideoInfo v = client.templates().generate("tpl_welcome", TemplateVideoRequest.of(null, TemplateVariable.text("first_name", "Ana")));
        assertThat(v.id()).isEqualTo("vid_tpl_1");
        assertThat(v.status()).isEqualTo(VideoStatus.PENDING);
        assertThat(v.videoPageUrl()).endsWith("vid_tpl_1");
    }

    @Test
    void own_avatar_and_voice_examples_deserialise() {
        for (String file : List.of("avatars-create.json", "avatars-consent.json", "avatars-delete.json", "looks-update.json",
                "looks-delete.json", "voices-design.json", "voices-clone.json", "voices-delete.json", "assets-list.json")) {
            serve(file);
        }
        AvatarCreated created = client.avatars().create(CreateAvatarRequest.photo("CEO", AssetInput.asset("asset_ceo")));
        assertThat(created.avatarGroup().id()).isEqualTo("grp_ceo");
        assertThat(created.avatarItem().id()).isEqualTo("look_ceo");
        assertThat(created.avatarItem().isReady()).isFalse();
        AvatarConsent consent = client.avatars().consent("grp_twin", AvatarConsentRequest.text("I agree"));
        assertThat(consent.url()).isEqualTo("https://app.heygen.com/consent/abc123");
        assertThat(consent.avatarGroup().consentStatus()).isEqualTo("pending");
        assertThat(client.avatars().delete("grp_me")).isEqualTo(new AvatarDeleted("grp_me"));
        assertThat(client.looks().rename("me_photo", "Me, renamed").name()).isEqualTo("Me, renamed");
        assertThat(client.looks().delete("me_photo")).isEqualTo(new AvatarDeleted("me_photo"));
        DesignedVoices designed = client.voices().design("warm, British");
        assertThat(designed.seed()).isEqualTo(1);
        assertThat(designed.voices()).extracting(VoiceInfo::id).containsExactly("dv_1", "dv_2");
        assertThat(designed.voices().get(1).pauses()).isFalse();
        assertThat(client.voices().clone(VoiceCloneRequest.of(AssetInput.url("https://x/a.mp3"), "Brand")).voiceCloneId())
                .isEqualTo("voice_clone_2");
        assertThat(client.voices().delete("voice_clone_1")).isEqualTo(new VoiceDeleted("voice_clone_1"));
        var assets = client.assets().list("ana", null);
        assertThat(assets.items()).extracting(AssetInfo::id).containsExactly("asset_slide");
        assertThat(assets.hasMore()).isTrue();
    }
}
