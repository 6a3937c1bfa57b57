package dev.heygenkit.api;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import dev.heygenkit.internal.http.WireFixture;
import dev.heygenkit.internal.http.WireTest;



import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.heygenkit.internal.http.WireFixture.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The /v3/videos group on the wire: create, get, list with lazy paging, delete, bulk statuses and batches. */
class VideosWireTest extends WireTest {
    private static String page(int from, int to, String next) {
        StringBuilder items = new StringBuilder();
        for (int i = from; i <= to; i++) {
            items.append(items.length() == 0 ? "" : ",").append("{\"id\":\"vid_").append(i).append("\",\"status\":\"completed\"}");
        }
        return "{\"data\":[" + items + "],\"has_more\":" + (next != null) + ",\"next_token\":" + (next == null ? "null" : "\"" + next + "\"") + "}";
    }

    @Test
    void create_posts_exactly_the_fields_set_and_reads_the_new_id() {
        wire.server().stubFor(post("/v3/videos").willReturn(okJson(response("videos-create.json"))));
        VideoCreated created = client.videos().create(new AvatarVideoRequest("anna_office",
                Speaker.builder().script("Hello <break time=\"1s\"/> there.").voiceId("voice_anna")
                        .voiceSettings(new VoiceSettings(1.1, null, null, "en-US", null)).build(),
                Framing.builder().background(VideoBackground.color("#0A84FF")).build(),
                VideoOptions.builder().aspectRatio(AspectRatio.PORTRAIT).caption(Caption.burnedIn()).callbackId("order-42").build()));
        assertThat(created).isEqualTo(new VideoCreated("vid_7f3a", VideoStatus.WAITING, "mp4"));
        wire.server().verify(postRequestedFor(urlEqualTo("/v3/videos")).withRequestBody(equalToJson("""
                {"type":"avatar","avatar_id":"anna_office","script":"Hello <break time=\\"1s\\"/> there.",
                 "voice_id":"voice_anna","voice_settings":{"speed":1.1,"locale":"en-US"},
                 "aspect_ratio":"9:16","background":{"type":"color","value":"#0A84FF"},
                 "caption":{"file_format":"srt","style":"default"},"callback_id":"order-42"}""")));
    }

    @Test
    void create_sends_each_mode_with_its_discriminator() {
        wire.server().stubFor(post("/v3/videos").willReturn(okJson(response("videos-create.json"))));
        client.videos().create(new ImageVideoRequest(AssetInput.url("https://x/me.jpg"),
                Speaker.builder().script("Hi").voiceId("v").build(), null, null));
        client.videos().create(CinematicAvatarRequest.builder().prompt("walks in").avatarIds(List.of("a", "b")).duration(8).build());
        client.videos().create(new StudioVideoRequest(List.of(
                StudioScene.avatar(new AvatarInput("a", Speaker.saying("One"), null)),
                new ImageScene(AssetInput.asset("asset_1"), 3.0, null),
                StudioScene.clip(AssetInput.url("https://x/c.mp4"), new Playback(null, true))), null));
        List<LoggedRequest> posts = wire.requests(postRequestedFor(urlEqualTo("/v3/videos")));
        assertThat(posts).extracting(r -> WireFixture.body(r).path("type").asText()).containsExactly("image", "cinematic_avatar", "studio");
        assertThat(WireFixture.body(posts.get(1)).get("avatar_id").toString()).isEqualTo("[\"a\",\"b\"]");
        assertThat(WireFixture.body(posts.get(2)).toString()).isEqualTo("{\"type\":\"studio\",\"scenes\":["
                + "{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"a\",\"script\":\"One\"}},"
                + "{\"type\":\"image\",\"source\":{\"type\":\"asset_id\",\"asset_id\":\"asset_1\"},\"duration\":3.0},"
                + "{\"type\":\"video\",\"source\":{\"type\":\"url\",\"url\":\"https://x/c.mp4\"},\"playback\":{\"mute\":true}}]}");
    }

    @Test
    void get_reads_every_field_and_tolerates_unknown_ones() {
        String body = response("videos-get.json").replace("\"id\": \"vid_7f3a\",", "\"id\": \"vid_7f3a\", \"brand_new\": {\"x\": 1},");
        wire.server().stubFor(get("/v3/videos/vid_7f3a").willReturn(okJson(body)));
        VideoInfo v = client.videos().get("vid_7f3a");
        assertThat(v.id()).isEqualTo("vid_7f3a");
        assertThat(v.status().isCompleted()).isTrue();
        assertThat(v.duration()).isEqualTo(42.1);
        assertThat(v.videoUrl()).startsWith("https://files.example.com/vid_7f3a.mp4");
        assertThat(v.createdAt()).isEqualTo(1767225600L);
        assertThat(v.folderId()).isNull();
    }

    @Test
    void an_unknown_status_is_kept_and_counts_as_in_progress() {
        wire.server().stubFor(get("/v3/videos/v").willReturn(okJson("{\"data\":{\"id\":\"v\",\"status\":\"Rendering_Stage_2\"}}")));
        VideoStatus s = client.videos().get("v").status();
        assertThat(s.value()).isEqualTo("rendering_stage_2");
        assertThat(s.isKnown()).isFalse();
        assertThat(s.isTerminal()).isFalse();
    }

    @Test
    void list_sends_its_filters() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/videos")).willReturn(okJson(page(1, 1, null))));
        client.videos().list(Videos.VideoQuery.of().limit(25).token("t0").folderId("f1").title("Tour")).items();
        wire.server().verify(getRequestedFor(urlPathEqualTo("/v3/videos")).withQueryParam("limit", equalTo("25"))
                .withQueryParam("token", equalTo("t0")).withQueryParam("folder_id", equalTo("f1")).withQueryParam("title", equalTo("Tour")));
    }

    @Test
    void list_pages_lazily_and_passes_each_next_token() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/videos")).withQueryParam("token", absent()).willReturn(okJson(page(1, 2, "p2"))));
        wire.server().stubFor(get(urlPathEqualTo("/v3/videos")).withQueryParam("token", equalTo("p2")).willReturn(okJson(page(3, 4, "p3"))));
        wire.server().stubFor(get(urlPathEqualTo("/v3/videos")).withQueryParam("token", equalTo("p3")).willReturn(okJson(page(5, 5, null))));
        Page<VideoInfo> first = client.videos().list(Videos.VideoQuery.of().limit(2));
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo("/v3/videos")))).hasSize(1);
        Iterator<VideoInfo> it = first.iterator();
        it.next();
        it.next();
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo("/v3/videos")))).hasSize(1);
        it.next();
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo("/v3/videos")))).hasSize(2);
        List<String> ids = new ArrayList<>();
        first.forEach(v -> ids.add(v.id()));
        assertThat(ids).containsExactly("vid_1", "vid_2", "vid_3", "vid_4", "vid_5");
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo("/v3/videos")))).extracting(r -> r.queryParameter("limit").firstValue())
                .containsOnly("2");
        assertThat(first.items()).hasSize(2);
        assertThat(first.nextToken()).isEqualTo("p2");
    }

    @Test
    void a_page_without_has_more_ends_even_with_a_token() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/videos")).willReturn(okJson(
                "{\"data\":[{\"id\":\"a\",\"status\":\"pending\"}],\"has_more\":false,\"next_token\":\"stale\"}")));
        assertThat(client.videos().list().all()).hasSize(1);
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo("/v3/videos")))).hasSize(1);
    }

    @Test
    void an_out_of_range_limit_fails_before_any_request() {
        assertThatThrownBy(() -> client.videos().list(Videos.VideoQuery.of().limit(101))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("101").hasMessageContaining("1 to 100");
        assertThat(wire.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void delete_reads_the_confirmation() {
        wire.server().stubFor(delete("/v3/videos/vid_7f3a").willReturn(okJson(response("videos-delete.json"))));
        assertThat(client.videos().delete("vid_7f3a")).isEqualTo(new VideoDeleted("vid_7f3a", true));
    }

    @Test
    void statuses_sends_comma_separated_ids_and_reads_each_entry() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/videos/statuses")).willReturn(okJson(response("videos-statuses.json"))));
        List<VideoStatusItem> items = client.videos().statuses(List.of("vid_1", "vid_unknown"), List.of("batch_1"));
        LoggedRequest r = wire.requests(getRequestedFor(urlPathEqualTo("/v3/videos/statuses"))).get(0);
        assertThat(r.getUrl()).isEqualTo("/v3/videos/statuses?video_ids=vid_1,vid_unknown&batch_ids=batch_1");
        assertThat(items).hasSize(4);
        assertThat(items.get(1).status()).isEqualTo(VideoStatus.NOT_FOUND);
        assertThat(items.get(2).error().path("code").asText()).isEqualTo("voice_not_usable");
        assertThat(items.get(3).videoId()).isNull();
        assertThat(items.get(3).itemIndex()).isEqualTo(3);
    }

    @Test
    void statuses_refuses_more_than_a_hundred_ids_before_any_request() {
        List<String> ids = IntStream.range(0, 101).mapToObj(i -> "v" + i).toList();
        assertThatThrownBy(() -> client.videos().statuses(ids)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 100").hasMessageContaining("101");
        assertThatThrownBy(() -> client.videos().statuses(List.of(), List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> client.videos().statuses(List.of("a,b"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a,b");
        assertThat(wire.server().getAllServeEvents()).isEmpty();
        wire.server().stubFor(get(urlPathEqualTo("/v3/videos/statuses")).willReturn(okJson("{\"data\":[]}")));
        assertThat(client.videos().statuses(ids.subList(0, 100))).isEmpty();
    }

    @Test
    void create_batch_posts_the_items_and_reads_the_batch_id_from_a_202() {
        wire.server().stubFor(post("/v3/videos/batches").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"data\":{\"batch_id\":\"batch_1\"}}")));
        VideoBatchRequest batch = VideoBatchRequest.of(List.of(
                AvatarVideoRequest.of("a", Speaker.saying("One")),
                new ImageVideoRequest(AssetInput.asset("img"), Speaker.builder().audio(AssetInput.asset("aud")).build(), null, null))).title("Week 12")
                .callbackUrl("https://example.com/done");
        assertThat(client.videos().createBatch(batch).batchId()).isEqualTo("batch_1");
        LoggedRequest r = wire.requests(postRequestedFor(urlEqualTo("/v3/videos/batches"))).get(0);
        assertThat(r.getHeader("Idempotency-Key")).isNotBlank();
        wire.server().verify(postRequestedFor(urlEqualTo("/v3/videos/batches")).withRequestBody(equalToJson("""
                {"videos":[{"type":"avatar","avatar_id":"a","script":"One"},
                           {"type":"image","image":{"type":"asset_id","asset_id":"img"},"audio_asset_id":"aud"}],
                 "title":"Week 12","callback_url":"https://example.com/done"}""")));
    }

    @Test
    void create_batch_tolerates_an_empty_202() {
        wire.server().stubFor(post("/v3/videos/batches").willReturn(aResponse().withStatus(202)));
        VideoBatchCreated created = client.videos().createBatch(VideoBatchRequest.of(List.of(
                AvatarVideoRequest.of("a", null))), "batch-key-1");
        assertThat(created.batchId()).isNull();
        assertThat(wire.requests(postRequestedFor(urlEqualTo("/v3/videos/batches"))).get(0).getHeader("Idempotency-Key"))
                .isEqualTo("batch-key-1");
    }

    @Test
    void a_batch_holds_one_to_a_hundred_videos() {
        var one = AvatarVideoRequest.of("a", null);
        assertThatThrownBy(() -> VideoBatchRequest.of(java.util.Collections.nCopies(101, one)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101");
        assertThatThrownBy(() -> VideoBatchRequest.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(VideoBatchRequest.of(java.util.Collections.nCopies(100, one)).videos()).hasSize(100);
    }

    @Test
    void get_batch_reads_counts_and_pages_items_lazily_inside_data() {
        String path = "/v3/videos/batches/batch_1";
        wire.server().stubFor(get(urlPathEqualTo(path)).withQueryParam("token", absent())
                .willReturn(okJson(response("videos-batch-get.json"))));
        wire.server().stubFor(get(urlPathEqualTo(path)).withQueryParam("token", equalTo("tok_items2")).willReturn(okJson(
                response("videos-batch-get.json").replace("\"has_more\": true", "\"has_more\": false")
                        .replace("\"next_token\": \"tok_items2\"", "\"next_token\": null")
                        .replace("{\"item_index\": 0, \"status\": \"completed\", \"video_id\": \"vid_a\", \"error\": null},", "")
                        .replace("\"item_index\": 1, \"status\": \"failed\", \"video_id\": null", "\"item_index\": 2, \"status\": \"processing\", \"video_id\": \"vid_c\""))));
        VideoBatch batch = client.videos().getBatch("batch_1", 2);
        assertThat(batch.batchId()).isEqualTo("batch_1");
        assertThat(batch.title()).isEqualTo("Week 12");
        assertThat(batch.status()).isEqualTo(VideoStatus.PROCESSING);
        assertThat(batch.totalItems()).isEqualTo(3);
        assertThat(batch.count("completed")).isEqualTo(1);
        assertThat(batch.count("queued")).isZero();
        assertThat(batch.items().items()).hasSize(2);
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo(path)))).hasSize(1);
        List<VideoBatchItem> all = batch.items().all();
        assertThat(all).extracting(VideoBatchItem::itemIndex).containsExactly(0, 1, 2);
        assertThat(all.get(1).error().path("code").asText()).isEqualTo("invalid_parameter");
        List<LoggedRequest> gets = wire.requests(getRequestedFor(urlPathEqualTo(path)));
        assertThat(gets).hasSize(2);
        assertThat(gets.get(1).queryParameter("limit").firstValue()).isEqualTo("2");
    }
}
