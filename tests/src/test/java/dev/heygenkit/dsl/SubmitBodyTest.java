package dev.heygenkit.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Scene;
import dev.heygenkit.Scenes;
import dev.heygenkit.VideoSpec;
import dev.heygenkit.internal.render.Api;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.internal.render.VirtualTime;
import dev.heygenkit.testing.V3Schemas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** What submit sends is exactly {@code toJson()}, with local files uploaded once and replaced by their asset ids. */
class SubmitBodyTest {
    @RegisterExtension
    static WireMockExtension wm = Api.server();

    @TempDir
    Path home;
    List<ProgressEvent> events;
    HeyGen client;

    @BeforeEach
    void setUp() {
        wm.resetAll();
        events = Api.events();
        client = Api.client(wm, new VirtualTime(), home.resolve("renders.jsonl"), events);
        // A photo avatar without gender that supports every engine passes every remote rule the golden specs touch.
        wm.stubFor(get(urlPathMatching("/v3/avatars/looks/[^/]+")).willReturn(Api.data(Api.look("any", "photo_avatar",
                null, "voice_default", "\"avatar_v\",\"avatar_iv\",\"avatar_iii\"", null))));
        wm.stubFor(get(urlPathMatching("/v3/voices/[^/]+")).willReturn(Api.data(Api.voice("any", "female", "English", true))));
        Api.creates(wm, "vid");
    }

    static Stream<Arguments> remoteOnly() {
        return GoldenSpecs.all().entrySet().stream().filter(e -> !e.getValue().toJson().contains("local-file:"))
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("remoteOnly")
    void the_posted_body_is_exactly_to_json(String name, VideoSpec spec) {
        spec.submit(client);
        List<ServeEvent> posts = Api.creates(wm);
        assertThat(posts).hasSize(1);
        JsonNode sent = V3Schemas.json(posts.get(0).getRequest().getBodyAsString());
        assertThat(sent).isEqualTo(V3Schemas.json(spec.toJson()));
        assertThat(posts.get(0).getRequest().getHeader("Idempotency-Key")).matches("[A-Za-z0-9_:.-]{1,255}");
    }

    @Test
    void local_files_are_uploaded_once_each_and_replaced_by_asset_ids() throws IOException {
        Path photo = home.resolve("me.jpg");
        ImageIO.write(new BufferedImage(600, 600, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        Path slide = home.resolve("slide.png");
        ImageIO.write(new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB), "png", slide.toFile());
        wm.stubFor(post("/v3/assets").withMultipartRequestBody(com.github.tomakehurst.wiremock.client.WireMock
                        .aMultipart("file").withHeader("Content-Disposition", com.github.tomakehurst.wiremock.client.WireMock
                                .containing("me.jpg")))
                .willReturn(Api.data("{\"asset_id\":\"asset_me\",\"url\":\"https://x/me\",\"mime_type\":\"image/jpeg\",\"size_bytes\":1}")));
        wm.stubFor(post("/v3/assets").withMultipartRequestBody(com.github.tomakehurst.wiremock.client.WireMock
                        .aMultipart("file").withHeader("Content-Disposition", com.github.tomakehurst.wiremock.client.WireMock
                                .containing("slide.png")))
                .willReturn(Api.data("{\"asset_id\":\"asset_slide\",\"url\":\"https://x/s\",\"mime_type\":\"image/png\",\"size_bytes\":1}")));
        VideoSpec spec = Scenes.of(Avatar.photo(photo).say("Hi").voice("voice_1"),
                Scene.image(slide).hold(Duration.ofSeconds(2)), Scene.image(slide).say("Again").voice("voice_1"));
        spec.submit(client);
        wm.verify(2, postRequestedFor(urlEqualTo("/v3/assets")));
        String body = Api.creates(wm).get(0).getRequest().getBodyAsString();
        assertThat(body).doesNotContain("local-file:");
        JsonNode sent = V3Schemas.json(body);
        V3Schemas.assertValidRequest("POST", "/v3/videos", sent);
        assertThat(sent.at("/scenes/0/input/image/asset_id").asText()).isEqualTo("asset_me");
        assertThat(sent.at("/scenes/1/source/asset_id").asText()).isEqualTo("asset_slide");
        assertThat(sent.at("/scenes/2/source/asset_id").asText()).isEqualTo("asset_slide");
        assertThat(events).filteredOn(e -> e instanceof ProgressEvent.Uploading).extracting(ProgressEvent::message)
                .containsExactly("uploading me.jpg (" + human(photo) + ")", "uploading slide.png (" + human(slide) + ")");
    }

    @Test
    void the_photo_example_from_the_issue_uploads_and_renders_as_image_mode() throws IOException {
        Path photo = home.resolve("me.jpg");
        ImageIO.write(new BufferedImage(512, 512, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        wm.stubFor(post("/v3/assets").willReturn(Api.data("{\"asset_id\":\"asset_me\",\"url\":\"https://x\","
                + "\"mime_type\":\"image/jpeg\",\"size_bytes\":1}")));
        Api.status(wm, "vid", "completed", "https://cdn.example.com/vid.mp4");
        assertThat(Avatar.photo(photo).say("Hi").voice("voice_1").on(Background.color("#0A84FF")).render(client).id())
                .isEqualTo("vid");
        JsonNode sent = V3Schemas.json(Api.creates(wm).get(0).getRequest().getBodyAsString());
        assertThat(sent.path("type").asText()).isEqualTo("image");
        assertThat(sent.at("/image/asset_id").asText()).isEqualTo("asset_me");
        assertThat(events).noneMatch(e -> e instanceof ProgressEvent.Warning);
    }

    private static String human(Path p) throws IOException {
        long b = Files.size(p);
        return b < 1024 ? b + " B" : String.format(java.util.Locale.ROOT, "%.1f KB", b / 1024.0);
    }
}
