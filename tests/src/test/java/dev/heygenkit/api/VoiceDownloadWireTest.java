package dev.heygenkit.api;

import dev.heygenkit.DownloadException;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Overwrite;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.internal.http.WireTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving spoken audio and voice samples: presigned URLs fetched without the key, into a file or a directory. */
class VoiceDownloadWireTest extends WireTest {
    private static final byte[] WAV = "RIFF....WAVEfmt ".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private SpeechAudio speech(String path) {
        wire.server().stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withBody(WAV)));
        return new SpeechAudio(wire.baseUrl() + path + "?X-Signature=abc", 1.5, "req_1", List.of());
    }

    @Test
    void speech_is_saved_to_the_given_file_without_the_api_key() throws Exception {
        Path file = client.voices().download(speech("/storage/speech_1.wav"), dir.resolve("hello.wav"));

        assertThat(file).isEqualTo(dir.resolve("hello.wav"));
        assertThat(Files.readAllBytes(file)).isEqualTo(WAV);
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo("/storage/speech_1.wav")).withHeader("x-api-key", absent())))
                .hasSize(1);
    }

    @Test
    void speech_saved_into_a_directory_takes_the_name_in_its_url() throws Exception {
        Path file = client.voices().download(speech("/storage/tts/speech%20one.WAV"), dir);

        assertThat(file).isEqualTo(dir.resolve("speech_20one.wav"));
        assertThat(Files.readAllBytes(file)).isEqualTo(WAV);
    }

    @Test
    void an_existing_file_is_kept_unless_overwrite_is_yes() throws Exception {
        Path file = Files.writeString(dir.resolve("take.wav"), "mine");
        SpeechAudio audio = speech("/storage/speech_2.wav");

        assertThatThrownBy(() -> client.voices().download(audio, file)).isInstanceOfSatisfying(DownloadException.class,
                e -> assertThat(e.code()).isEqualTo("download_exists"));
        assertThat(Files.readString(file)).isEqualTo("mine");

        client.voices().download(audio, file, Overwrite.YES);
        assertThat(Files.readAllBytes(file)).isEqualTo(WAV);
    }

    @Test
    void a_voice_listed_without_its_sample_url_is_read_again_and_saved_as_its_id() throws Exception {
        wire.server().stubFor(get("/v3/voices/v_ava").willReturn(okJson("{\"data\":{\"voice_id\":\"v_ava\",\"name\":\"Ava\","
                + "\"support_pause\":true,\"preview_audio_url\":\"" + wire.baseUrl() + "/previews/ava-sample.mp3\"}}")));
        wire.server().stubFor(get("/previews/ava-sample.mp3").willReturn(aResponse().withStatus(200).withBody(WAV)));
        VoiceInfo listed = new VoiceInfo("v_ava", "Ava", "English", "female", null, true, null, "public", null, null,
                null, null);

        Path file = client.voices().downloadPreview(listed, dir);

        assertThat(file).isEqualTo(dir.resolve("v_ava.mp3"));
        assertThat(Files.readAllBytes(file)).isEqualTo(WAV);
    }

    @Test
    void a_voice_without_any_downloadable_sample_fails_naming_it_and_suggesting_speech() {
        wire.server().stubFor(get("/v3/voices/v_raw").willReturn(okJson("{\"data\":{\"voice_id\":\"v_raw\","
                + "\"support_pause\":false,\"preview_audio_url\":\"s3://bucket/v_raw.mp3\"}}")));
        VoiceInfo listed = new VoiceInfo("v_raw", "Raw", null, null, "s3://bucket/v_raw.mp3", false, null, null, null,
                null, null, null);

        assertThatThrownBy(() -> client.voices().downloadPreview(listed, dir)).isInstanceOfSatisfying(DownloadException.class, e -> {
            assertThat(e.code()).isEqualTo("asset_not_available");
            assertThat(e.getMessage()).contains("v_raw", "s3://bucket/v_raw.mp3");
            assertThat(e.hint()).contains("client.voices().speech(\"v_raw\"");
        });
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void the_clients_progress_listener_hears_the_download() {
        List<ProgressEvent> events = new ArrayList<>();
        HeyGen listening = wire.builder().progress(events::add).build();

        Path file = listening.voices().download(speech("/storage/speech_3.wav"), dir);

        assertThat(events).last().isInstanceOfSatisfying(ProgressEvent.Downloaded.class, d -> {
            assertThat(d.target()).isEqualTo(file);
            assertThat(d.bytes()).isEqualTo(WAV.length);
        });
    }
}
