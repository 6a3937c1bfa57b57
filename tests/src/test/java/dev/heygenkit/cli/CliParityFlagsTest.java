package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.sandbox.RecordedRequest;
import dev.heygenkit.sandbox.Sandbox;
import dev.heygenkit.testing.TestMedia;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each render flag that mirrors a DSL step reaches the {@code POST /v3/videos} body the sandbox receives, and the
 * flags that cannot go together are usage errors (exit 2) before anything is sent.
 */
class CliParityFlagsTest {
    static Sandbox sandbox;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Cli cli;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().clockSpeed(2000).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void setUp() {
        cli = new Cli(dir, sandbox.baseUri().toString());
    }

    /** Renders with --no-wait and returns the create body the sandbox received. */
    private JsonNode posted(String... flags) throws IOException {
        String[] all = new String[flags.length + 3];
        all[0] = "render";
        all[1] = "--no-wait";
        all[2] = "--fresh";
        System.arraycopy(flags, 0, all, 3, flags.length);
        long before = sandbox.requestCount("POST", "/v3/videos");
        Cli.Result r = cli.run(all);
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(sandbox.requestCount("POST", "/v3/videos")).isEqualTo(before + 1);
        List<RecordedRequest> creates = sandbox.requests().stream()
                .filter(q -> q.method().equals("POST") && q.path().equals("/v3/videos")).toList();
        return JSON.readTree(creates.get(creates.size() - 1).body());
    }

    @Test
    void audio_url_reaches_the_body_instead_of_a_script() throws IOException {
        JsonNode body = posted("--look", "anna", "--audio", "https://example.com/voice.mp3");
        assertThat(body.get("audio_url").asText()).isEqualTo("https://example.com/voice.mp3");
        assertThat(body.has("script")).isFalse();
    }

    @Test
    void a_local_audio_file_is_uploaded_and_sent_as_its_asset_id() throws IOException {
        JsonNode body = posted("--look", "anna", "--audio", TestMedia.wav(dir, "line.wav", 1.0).getFileName().toString());
        assertThat(body.get("audio_asset_id").asText()).matches("[0-9a-f]{32}");
        assertThat(sandbox.requests()).anySatisfy(q -> assertThat(q.method() + " " + q.path()).isEqualTo("POST /v3/assets"));
    }

    @Test
    void pitch_reaches_the_voice_settings() throws IOException {
        assertThat(posted("--look", "anna", "--say", "Hi", "--pitch", "-3").at("/voice_settings/pitch").asDouble()).isEqualTo(-3.0);
    }

    @Test
    void volume_reaches_the_voice_settings() throws IOException {
        assertThat(posted("--look", "anna", "--say", "Hi", "--volume", "0.4").at("/voice_settings/volume").asDouble()).isEqualTo(0.4);
    }

    @Test
    void locale_reaches_the_voice_settings_with_the_chosen_voice() throws IOException {
        JsonNode body = posted("--look", "anna", "--say", "Hi", "--voice", "en_ava", "--locale", "en-GB");
        assertThat(body.at("/voice_settings/locale").asText()).isEqualTo("en-GB");
        assertThat(body.get("voice_id").asText()).isEqualTo("en_ava");
    }

    @Test
    void watermark_and_its_corner_opacity_and_scale_reach_the_body() throws IOException {
        JsonNode body = posted("--look", "anna", "--say", "Hi", "--watermark", TestMedia.picture(dir, "logo.png", 64, 64).toString(),
                "--watermark-at", "top_left", "--watermark-opacity", "0.7", "--watermark-scale", "0.2");
        JsonNode w = body.get("watermark");
        assertThat(w.at("/image/type").asText()).isEqualTo("asset_id");
        assertThat(w.at("/placement/position").asText()).isEqualTo("top_left");
        assertThat(w.get("opacity").asDouble()).isEqualTo(0.7);
        assertThat(w.get("scale").asDouble()).isEqualTo(0.2);
    }

    @Test
    void a_watermark_on_a_scene_list_reaches_the_studio_body() throws IOException {
        Path scenes = Files.writeString(dir.resolve("s.json"), "[{\"look\":\"anna\",\"say\":\"One\"}]");
        JsonNode body = posted("--scenes", scenes.toString(), "--watermark", "https://example.com/logo.png");
        assertThat(body.get("type").asText()).isEqualTo("studio");
        assertThat(body.at("/watermark/image/url").asText()).isEqualTo("https://example.com/logo.png");
    }

    @Test
    void cinematic_with_looks_references_duration_and_prompt_rewrite_reaches_the_body() throws IOException {
        JsonNode body = posted("--cinematic", "walks into a sunny office", "--look", "anna, marcus", "--duration", "8",
                "--reference", "https://example.com/office.jpg", "--enhance-prompt", "--aspect", "9:16", "--title", "Clip");
        assertThat(body.get("type").asText()).isEqualTo("cinematic_avatar");
        assertThat(body.get("prompt").asText()).isEqualTo("walks into a sunny office");
        assertThat(body.get("avatar_id")).extracting(JsonNode::asText).containsExactly("anna", "marcus");
        assertThat(body.get("duration").asInt()).isEqualTo(8);
        assertThat(body.at("/references/0/url").asText()).isEqualTo("https://example.com/office.jpg");
        assertThat(body.get("enhance_prompt").asBoolean()).isTrue();
        assertThat(body.get("aspect_ratio").asText()).isEqualTo("9:16");
        assertThat(posted("--cinematic", "waves", "--look", "anna", "--duration", "auto").get("auto_duration").asBoolean()).isTrue();
    }

    @Test
    void flags_that_do_not_fit_together_are_usage_errors_before_anything_is_sent() {
        long before = sandbox.requests().size();
        assertThat(cli.run("render", "--cinematic", "waves", "--look", "anna", "--say", "Hi").err()).contains("--say/--script-file cannot be combined with --cinematic");
        assertThat(cli.run("render", "--cinematic", "waves").err()).contains("--cinematic needs the looks");
        assertThat(cli.run("render", "--look", "anna", "--say", "Hi", "--duration", "8").err()).contains("add --cinematic PROMPT");
        assertThat(cli.run("render", "--look", "anna", "--say", "Hi", "--watermark-at", "top_left").err()).contains("need --watermark IMAGE");
        assertThat(cli.run("render", "--template", "tpl_welcome", "--pitch", "2").err()).contains("cannot be combined with --template");
        assertThat(cli.run("render", "--cinematic", "w", "--look", "anna", "--duration", "eight").code()).isEqualTo(Main.USAGE);
        assertThat(cli.run("render", "--cinematic", "waves", "--look", "anna", "--audio", "a.mp3").code()).isEqualTo(Main.USAGE);
        assertThat(sandbox.requests().size()).as("nothing was sent").isEqualTo(before);
    }

    @Test
    void dry_run_prints_the_cost_estimate_after_the_body() {
        Cli.Result r = new Cli(dir, null).run("render", "--look", "anna", "--say", "One two three four five six seven eight nine ten",
                "--dry-run");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("estimate: about 4 s of video, ≈ $0.13 at $0.0333/s (HeyGen's indicative price)");
    }
}
