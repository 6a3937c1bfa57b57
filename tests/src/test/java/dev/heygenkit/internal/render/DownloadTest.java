package dev.heygenkit.internal.render;

import dev.heygenkit.ProgressEvent;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.heygenkit.DownloadException;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Overwrite;
import dev.heygenkit.Video;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Downloads from a second WireMock server playing the storage host, which must never see the API key. */
class DownloadTest {
    @RegisterExtension
    static WireMockExtension api = Api.server();
    @RegisterExtension
    static WireMockExtension storage = Api.server();

    @TempDir
    Path out;
    VirtualTime time;
    List<ProgressEvent> events;
    HeyGen client;
    byte[] movie;

    @BeforeEach
    void setUp() {
        api.resetAll();
        storage.resetAll();
        time = new VirtualTime();
        events = Api.events();
        client = Api.client(api, time, out.resolve("renders.jsonl"), events);
        movie = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(movie);
    }

    private String url(String path) {
        return Api.base(storage) + path;
    }

    private void video(String json) {
        api.stubFor(get("/v3/videos/vid").willReturn(Api.data(json)));
    }

    private void completed(String videoUrl) {
        video("{\"id\":\"vid\",\"status\":\"completed\",\"video_url\":\"" + videoUrl + "\"}");
    }

    private void storageNeverSawTheKey() {
        storage.verify(0, anyRequestedFor(anyUrl()).withHeader("x-api-key", matching(".*")));
        storage.verify(0, anyRequestedFor(anyUrl()).withHeader("Authorization", matching(".*")));
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void downloads_stream_to_the_target_with_progress_and_without_the_key() throws IOException {
        completed(url("/v/vid.mp4?sig=1"));
        storage.stubFor(get("/v/vid.mp4?sig=1").willReturn(aResponse().withBody(movie)));
        Path file = Video.of(client, "vid").download(out.resolve("tour.mp4"));
        assertThat(file).hasBinaryContent(movie);
        storageNeverSawTheKey();
        api.verify(getRequestedFor(urlEqualTo("/v3/videos/vid")).withHeader("x-api-key", matching(Api.KEY)));
        assertThat(events).filteredOn(e -> e instanceof ProgressEvent.Downloading).extracting(e -> ((ProgressEvent.Downloading) e).bytes())
                .contains(0L, 1024L * 1024, (long) movie.length).isSorted();
        assertThat(events).last().isInstanceOfSatisfying(ProgressEvent.Downloaded.class,
                d -> assertThat(d.bytes()).isEqualTo(movie.length));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void an_expired_url_is_refreshed_with_a_get_of_the_video() {
        completed(url("/v/old.mp4"));
        Video v = Video.of(client, "vid");
        storage.stubFor(get("/v/old.mp4").willReturn(aResponse().withStatus(403).withBody("<Error>Request has expired</Error>")));
        storage.stubFor(get("/v/new.mp4").willReturn(aResponse().withBody(movie)));
        completed(url("/v/new.mp4"));
        assertThat(v.download(out.resolve("a.mp4"))).hasBinaryContent(movie);
        api.verify(2, getRequestedFor(urlEqualTo("/v3/videos/vid")));
        assertThat(time.sleeps()).isEmpty();
        storageNeverSawTheKey();
    }

    @Test
    void a_url_that_lags_after_completion_is_retried_with_backoff() {
        completed(url("/v/lag.mp4"));
        for (int i = 0; i < 3; i++) {
            storage.stubFor(get("/v/lag.mp4").inScenario("lag").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "miss" + i)
                    .willSetStateTo("miss" + (i + 1)).willReturn(aResponse().withStatus(404)));
        }
        storage.stubFor(get("/v/lag.mp4").inScenario("lag").whenScenarioStateIs("miss3").willReturn(aResponse().withBody(movie)));
        assertThat(Video.of(client, "vid").download(out.resolve("lag.mp4"))).hasBinaryContent(movie);
        assertThat(time.sleepSeconds()).containsExactly(1.0, 2.0, 4.0);
        assertThat(events).anyMatch(e -> e instanceof ProgressEvent.Note n && n.message().contains("not available yet (storage answered 404)"));
    }

    @Test
    void a_url_that_never_arrives_gives_up_after_five_retries() {
        completed(url("/v/never.mp4"));
        storage.stubFor(get("/v/never.mp4").willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> Video.of(client, "vid").download(out.resolve("never.mp4")))
                .isInstanceOfSatisfying(DownloadException.class, e -> {
                    assertThat(e.code()).isEqualTo("download_url_expired");
                    assertThat(e.getMessage()).contains("after 6 attempts (storage answered 404)");
                });
        assertThat(time.sleepSeconds()).containsExactly(1.0, 2.0, 4.0, 8.0, 16.0);
        assertThat(out.resolve("never.mp4")).doesNotExist();
    }

    @Test
    void an_existing_file_is_not_overwritten_unless_told() throws IOException {
        completed(url("/v/vid.mp4"));
        storage.stubFor(get("/v/vid.mp4").willReturn(aResponse().withBody(movie)));
        Path target = Files.writeString(out.resolve("keep.mp4"), "precious");
        Video v = Video.of(client, "vid");
        assertThatThrownBy(() -> v.download(target))
                .isInstanceOfSatisfying(DownloadException.class, e -> {
                    assertThat(e.code()).isEqualTo("download_exists");
                    assertThat(e.hint()).contains("Overwrite.YES");
                    assertThat(e.target()).isEqualTo(target);
                });
        assertThat(target).hasContent("precious");
        assertThat(storage.getAllServeEvents()).isEmpty();
        assertThat(v.download(target, Overwrite.YES)).hasBinaryContent(movie);
        if (target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                    .as("a saved video is readable like any other file, not owner-only like its temp file")
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void a_stream_cut_off_mid_body_leaves_no_file_at_the_target() throws IOException {
        completed(url("/v/short.mp4"));
        // The server promises twice the bytes it sends, then closes: the break comes after 3 MB of body.
        storage.stubFor(get("/v/short.mp4").willReturn(aResponse().withBody(movie)
                .withHeader("Content-Length", String.valueOf(movie.length * 2L))));
        assertThatThrownBy(() -> Video.of(client, "vid").download(out.resolve("short.mp4")))
                .isInstanceOfSatisfying(DownloadException.class, e -> {
                    assertThat(e.code()).isEqualTo("download_interrupted");
                    assertThat(e.getMessage()).contains("broke off after 3.0 MB", "no partial file was left");
                });
        assertThat(events).anyMatch(e -> e instanceof ProgressEvent.Downloading d && d.bytes() >= 1024 * 1024);
        assertThat(out.resolve("short.mp4")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void a_retried_download_after_a_broken_stream_leaves_only_the_second_answer() throws Exception {
        // The first answer streams 2 MB into the temporary file, then the connection drops (the handler throws, so
        // the chunked body never ends); the retry's shorter body must not keep the first one's tail.
        byte[] shorter = java.util.Arrays.copyOf(movie, 1000);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer broken = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        broken.createContext("/v/retry.mp4", ex -> {
            if (calls.getAndIncrement() == 0) {
                ex.sendResponseHeaders(200, 0);
                ex.getResponseBody().write(movie, 0, 2 * 1024 * 1024);
                ex.getResponseBody().flush();
                throw new IllegalStateException("connection dropped on purpose");
            }
            ex.sendResponseHeaders(200, shorter.length);
            try (java.io.OutputStream o = ex.getResponseBody()) {
                o.write(shorter);
            }
        });
        broken.start();
        try {
            completed("http://127.0.0.1:" + broken.getAddress().getPort() + "/v/retry.mp4");
            HeyGen retrying = HeyGen.builder().apiKey(Api.KEY).baseUrl(Api.base(api)).maxRetries(1).clock(time).sleeper(time)
                    .noJournal().progress(events::add).build();
            Path file = Video.of(retrying, "vid").download(out.resolve("retry.mp4"));
            assertThat(calls.get()).as("the broken answer was retried").isEqualTo(2);
            assertThat(file).hasBinaryContent(shorter);
            assertThat(leftovers()).isEmpty();
        } finally {
            broken.stop(0);
        }
    }

    @Test
    void a_malformed_response_leaves_no_file_at_the_target() throws IOException {
        completed(url("/v/broken.mp4"));
        storage.stubFor(get("/v/broken.mp4").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        assertThatThrownBy(() -> Video.of(client, "vid").download(out.resolve("broken.mp4")))
                .isInstanceOfSatisfying(DownloadException.class, e -> assertThat(e.code()).isIn("download_interrupted",
                        "download_failed"));
        assertThat(out.resolve("broken.mp4")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void captioned_video_subtitles_thumbnail_and_gif_download_by_name_into_a_directory() throws IOException {
        video("{\"id\":\"vid\",\"status\":\"completed\",\"video_url\":\"" + url("/v/vid.mp4") + "\","
                + "\"captioned_video_url\":\"" + url("/v/vid_cap.mp4?x=1") + "\",\"subtitle_url\":\"" + url("/v/vid.srt") + "\","
                + "\"thumbnail_url\":\"" + url("/v/thumb.jpeg") + "\",\"gif_url\":\"" + url("/v/prev.gif") + "\"}");
        storage.stubFor(get("/v/vid_cap.mp4?x=1").willReturn(aResponse().withBody("CAPTIONED")));
        storage.stubFor(get("/v/vid.srt").willReturn(aResponse().withBody("1\n00:00:00,000 --> 00:00:01,000\nHi\n")));
        storage.stubFor(get("/v/thumb.jpeg").willReturn(aResponse().withBody("JPEG")));
        storage.stubFor(get("/v/prev.gif").willReturn(aResponse().withBody("GIF89a")));
        Video v = Video.of(client, "vid");
        assertThat(v.downloadCaptioned(out)).isEqualTo(out.resolve("vid.captioned.mp4")).hasContent("CAPTIONED");
        assertThat(v.downloadSubtitles(out)).isEqualTo(out.resolve("vid.srt")).content().contains("--> 00:00:01,000");
        assertThat(v.downloadThumbnail(out)).isEqualTo(out.resolve("vid.jpeg")).hasContent("JPEG");
        assertThat(v.downloadGif(out.resolve("preview.gif"))).hasContent("GIF89a");
        storageNeverSawTheKey();
    }

    @Test
    void subtitles_of_a_video_rendered_without_captions_say_how_to_get_them() {
        completed(url("/v/vid.mp4"));
        assertThatThrownBy(() -> Video.of(client, "vid").downloadSubtitles(out.resolve("x.srt")))
                .isInstanceOfSatisfying(DownloadException.class, e -> {
                    assertThat(e.code()).isEqualTo("asset_not_available");
                    assertThat(e.hint()).contains(".captions()");
                });
        assertThat(storage.getAllServeEvents()).isEmpty();
    }

    @Test
    void a_video_still_rendering_has_nothing_to_download_yet() {
        video("{\"id\":\"vid\",\"status\":\"processing\"}");
        assertThatThrownBy(() -> Video.of(client, "vid").download(out.resolve("x.mp4")))
                .isInstanceOfSatisfying(DownloadException.class, e -> assertThat(e.code()).isEqualTo("video_not_ready"));
    }
}
