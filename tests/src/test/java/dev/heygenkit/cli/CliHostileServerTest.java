package dev.heygenkit.cli;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.heygenkit.DownloadException;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Video;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** A server that answers with hostile ids and URLs cannot make a download leave the folder or choose the file type. */
class CliHostileServerTest {
    @TempDir
    Path dir;
    private WireMockServer server;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        String files = "http://127.0.0.1:" + server.port() + "/files/";
        server.stubFor(get(urlMatching("/v3/videos/[^/]+")).willReturn(okJson("""
                {"data":{"id":"../../escaped-evil","status":"completed","title":"t","created_at":1767225600,
                 "video_url":"%1$svideo.sh","captioned_video_url":"%1$scap.sh","subtitle_url":"%1$ssubs.sh",
                 "thumbnail_url":"%1$sthumb.sh","gif_url":"%1$sanim.sh?x=1","duration":1.0}}""".formatted(files))));
        server.stubFor(get(urlMatching("/files/.*")).willReturn(aResponse().withStatus(200).withBody("#!/bin/sh\necho pwned\n")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void download_with_a_hostile_id_and_url_stays_in_the_folder_with_the_artifacts_own_extension() throws IOException {
        Path out = Files.createDirectories(dir.resolve("a/b/dl"));
        Cli cli = new Cli(dir, "http://127.0.0.1:" + server.port());
        Cli.Result r = cli.run("download", "evil", "-o", "a/b/dl/", "--srt", "--thumbnail", "--gif");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(files(dir)).as("everything written is inside the chosen folder")
                .allMatch(p -> p.startsWith(out) || p.startsWith(dir.resolve("config")))
                .noneMatch(p -> p.toString().endsWith(".sh"));
        assertThat(files(out)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("escaped-evil.mp4", "escaped-evil.srt", "escaped-evil.jpg", "escaped-evil.gif");
    }

    @Test
    void library_download_into_a_folder_is_confined_too() throws IOException {
        Path out = Files.createDirectories(dir.resolve("x/y"));
        {
            HeyGen client = HeyGen.builder().apiKey("k").baseUrl("http://127.0.0.1:" + server.port()).build();
            Video v = Video.of(client, "evil");
            assertThat(v.download(out)).isEqualTo(out.resolve("escaped-evil.mp4"));
            assertThat(v.downloadCaptioned(out)).isEqualTo(out.resolve("escaped-evil.captioned.mp4"));
        }
        assertThat(files(dir)).allMatch(p -> p.startsWith(out)).noneMatch(p -> p.toString().endsWith(".sh"));
    }

    @Test
    void an_id_made_only_of_dots_and_slashes_gets_a_plain_name() throws IOException {
        server.stubFor(get(urlPathEqualTo("/v3/videos/dots")).willReturn(okJson("""
                {"data":{"id":"../..","status":"completed","video_url":"http://127.0.0.1:%d/files/v.mp4"}}"""
                .formatted(server.port()))));
        Path out = Files.createDirectories(dir.resolve("d"));
        {
            HeyGen client = HeyGen.builder().apiKey("k").baseUrl("http://127.0.0.1:" + server.port()).build();
            assertThat(Video.of(client, "dots").download(out)).isEqualTo(out.resolve("video.mp4"));
        }
    }

    @Test
    void the_confinement_check_refuses_a_name_that_would_leave() {
        Path out = dir.resolve("f");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.heygenkit.internal.http.SafeNames.inside(out, "../x.mp4"))
                .isInstanceOf(DownloadException.class).hasMessageContaining("would leave the folder");
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
