package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

import static org.assertj.core.api.Assertions.assertThat;

/** Black-box tests of avatars create|consent|delete, looks rename|delete, voices design|clone|delete, assets, speech, quota. */
class CliOwnAvatarsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static Sandbox sandbox;

    @TempDir
    Path dir;
    Cli cli;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().clockSpeed(1000).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void setUp() {
        cli = new Cli(dir, sandbox.baseUri().toString());
    }

    private Cli.Result ok(String... args) {
        Cli.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    private JsonNode created(String... args) {
        return ok(args).json();
    }

    @Test
    void avatars_create_from_a_photo_waits_and_prints_the_ready_look() throws IOException {
        TestMedia.picture(dir, "ceo.jpg", 640, 800);
        JsonNode made = created("avatars", "create", "--photo", "ceo.jpg", "--name", "CEO", "--wait", "--poll", "20ms", "--json");
        assertThat(made.at("/look/status").asText()).isEqualTo("completed");
        assertThat(made.at("/look/name").asText()).isEqualTo("CEO");
        assertThat(made.at("/look/preview_image_url").asText()).startsWith(sandbox.baseUri().toString());
        assertThat(made.at("/avatar_group/id").asText()).isEqualTo(made.at("/look/group_id").asText());

        Cli.Result text = ok("avatars", "create", "--prompt", "a friendly presenter", "--poll", "20ms");
        assertThat(text.out()).containsPattern("(?m)^look\\s+[0-9a-f]{32}$").containsPattern("(?m)^status\\s+processing$");
        assertThat(text.err()).contains("it is training; check it with: heygen looks ");
    }

    @Test
    void avatars_create_checks_the_photo_before_sending_and_needs_exactly_one_source() throws IOException {
        Files.writeString(dir.resolve("me.jpg"), "not a photo");
        long before = sandbox.requests().size();
        Cli.Result bad = cli.run("avatars", "create", "--photo", "me.jpg", "--json");
        assertThat(bad.code()).as(bad.toString()).isEqualTo(Main.USAGE);
        assertThat(bad.errorJson().at("/problems/0/code").asText()).isEqualTo("file_not_image");
        assertThat(cli.run("avatars", "create").code()).isEqualTo(Main.USAGE);
        assertThat(cli.run("avatars", "create", "--photo", "me.jpg", "--prompt", "x").code()).isEqualTo(Main.USAGE);
        assertThat(cli.run("avatars", "create", "--photo", "me.jpg", "--reference", "r.jpg").err()).contains("--reference guides prompt avatars");
        assertThat(sandbox.requests().size()).isEqualTo(before);
    }

    @Test
    void a_digital_twin_without_consent_exits_1_saying_how_to_give_it_and_consent_starts_training() throws IOException {
        Files.write(dir.resolve("me.mp4"), TestMedia.mp4());
        Cli.Result waiting = cli.run("avatars", "create", "--twin", "me.mp4", "--name", "Me", "--wait", "--poll", "20ms", "--json");
        assertThat(waiting.code()).as(waiting.toString()).isEqualTo(Main.FAILED);
        assertThat(waiting.errorJson().get("code").asText()).isEqualTo("consent_required");
        assertThat(waiting.errorJson().get("hint").asText()).contains("client.avatars().consent(");

        JsonNode page = created("avatars", "create", "--twin", "me.mp4", "--consent-page", "I agree", "--json");
        assertThat(page.get("consent_url").asText()).contains("/_media/consent/");
        String group = page.at("/avatar_group/id").asText();
        Cli.Result consent = ok("avatars", "consent", group, "--video", "me.mp4");
        assertThat(consent.out()).containsPattern("(?m)^consent\\s+approved$").containsPattern("(?m)^status\\s+processing$");
        assertThat(cli.run("avatars", "consent", group).code()).isEqualTo(Main.USAGE);
    }

    @Test
    void a_wait_past_its_timeout_exits_4_naming_the_look() throws IOException {
        try (Sandbox frozen = Sandbox.builder().manualClock().start()) {
            TestMedia.picture(dir, "me.png", 600, 600);
            Cli.Result r = new Cli(dir, frozen.baseUri().toString()).run("avatars", "create", "--photo", "me.png", "--wait",
                    "--timeout", "300ms", "--poll", "50ms");
            assertThat(r.code()).as(r.toString()).isEqualTo(Main.TIMEOUT);
            assertThat(r.err()).contains("still processing").containsPattern("hint: .*heygen looks [0-9a-f]{32}");
        }
    }

    @Test
    void avatars_delete_asks_first_and_removes_the_group() throws IOException {
        TestMedia.picture(dir, "me.jpg", 600, 600);
        JsonNode made = created("avatars", "create", "--photo", "me.jpg", "--json");
        String group = made.at("/avatar_group/id").asText();
        assertThat(cli.run("avatars", "delete", group).code()).as("not at a terminal").isEqualTo(Main.USAGE);
        assertThat(cli.terminal(true).stdin("n\n").run("avatars", "delete", group).code()).isEqualTo(Main.FAILED);
        assertThat(cli.terminal(false).run("avatars", "delete", group, "--force", "--json").json().get("deleted").asBoolean()).isTrue();
        assertThat(cli.run("avatars", group).code()).isEqualTo(Main.FAILED);
        assertThat(cli.run("avatars", "delete", "group_anna", "--force").code()).isEqualTo(Main.FAILED);
    }

    @Test
    void looks_rename_and_delete_your_own_looks_and_refuse_stock_ones() throws IOException {
        TestMedia.picture(dir, "me.jpg", 600, 600);
        String look = created("avatars", "create", "--photo", "me.jpg", "--json").at("/look/id").asText();
        assertThat(created("looks", "rename", look, "Me, outdoors", "--json").get("name").asText()).isEqualTo("Me, outdoors");
        Cli.Result stock = cli.run("looks", "rename", "anna", "Nope");
        assertThat(stock.code()).isEqualTo(Main.FAILED);
        assertThat(stock.err()).contains("studio avatar");
        assertThat(ok("looks", "delete", look, "--force").out()).isEqualTo("deleted look " + look + "\n");
        assertThat(cli.run("looks", look).code()).isEqualTo(Main.FAILED);
    }

    @Test
    void voices_design_clone_and_delete() throws IOException {
        JsonNode designed = created("voices", "design", "warm, mid-30s, British", "--gender", "female", "--locale", "en-GB", "--json");
        assertThat(designed).hasSize(3).allSatisfy(v -> assertThat(v.get("gender").asText()).isEqualTo("female"));

        TestMedia.wav(dir, "brand.wav", 2);
        JsonNode clone = created("voices", "clone", "brand.wav", "--name", "Brand", "--wait", "--poll", "20ms", "--json");
        assertThat(clone.get("status").asText()).isEqualTo("complete");
        assertThat(clone.get("name").asText()).isEqualTo("Brand");
        Files.writeString(dir.resolve("bad.wav"), "text");
        assertThat(cli.run("voices", "clone", "bad.wav").code()).isEqualTo(Main.USAGE);

        String id = clone.get("voice_id").asText();
        assertThat(ok("voices", "delete", id, "--force").out()).contains("deleted voice " + id);
        assertThat(cli.run("voices", id).code()).isEqualTo(Main.FAILED);
        assertThat(cli.run("voices", "delete", "en_ava", "--force").code()).isEqualTo(Main.FAILED);
    }

    @Test
    void assets_upload_list_get_and_delete() throws IOException {
        TestMedia.picture(dir, "slide.png", 32, 32);
        JsonNode up = created("assets", "upload", "slide.png", "--json");
        String id = up.get("asset_id").asText();
        assertThat(up.get("mime_type").asText()).isEqualTo("image/png");
        assertThat(created("assets", "list", "--json")).anySatisfy(a -> assertThat(a.get("id").asText()).isEqualTo(id));
        assertThat(ok("assets", "get", id).out()).containsPattern("(?m)^type\\s+image$");
        assertThat(ok("assets", "delete", id, "--force").out()).contains("deleted asset " + id);
        assertThat(cli.run("assets", "get", id).code()).isEqualTo(Main.FAILED);
        JsonNode direct = created("assets", "upload", "slide.png", "--direct", "--sha256", "--json");
        assertThat(direct.get("asset_id").asText()).isNotEqualTo(id);
    }

    @Test
    void speech_saves_the_spoken_text_and_refuses_to_overwrite() throws IOException {
        Cli.Result r = ok("speech", "--voice", "en_ava", "--text", "Hello there", "-o", "hi.wav");
        byte[] wav = Files.readAllBytes(dir.resolve("hi.wav"));
        assertThat(new String(wav, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(r.out()).containsPattern("(?m)^file\\s+" + java.util.regex.Pattern.quote(dir.resolve("hi.wav").toString()) + "$");
        assertThat(cli.run("speech", "--voice", "en_ava", "--text", "Again", "-o", "hi.wav").code()).isEqualTo(Main.USAGE);
        Files.writeString(dir.resolve("intro.txt"), "From a file.");
        assertThat(created("speech", "--voice", "en_ava", "--text-file", "intro.txt", "--speed", "1.2", "-o", "intro.wav", "--json")
                .get("duration").asDouble()).isPositive();
        assertThat(cli.run("speech", "--voice", "en_ava", "-o", "x.wav").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void quota_says_how_much_video_the_balance_covers() {
        assertThat(ok("quota").out()).containsPattern("(?m)^covers\\s+about 25 min \\d+ s of avatar video$")
                .containsPattern("(?m)^at\\s+\\$0.0333/s \\(HeyGen's indicative price\\)$");
        JsonNode q = created("quota", "--json");
        assertThat(q.at("/estimate/usd_per_second").asDouble()).isEqualTo(0.0333);
        assertThat(q.at("/estimate/video_seconds").asDouble()).isGreaterThan(1000);
    }

    /** The body of the last request to {@code method path} the sandbox received. */
    private static JsonNode lastBody(String method, String path) throws IOException {
        var matching = sandbox.requests().stream().filter(q -> q.method().equals(method) && q.path().equals(path)).toList();
        return JSON.readTree(matching.get(matching.size() - 1).body());
    }

    @Test
    void command_flags_reach_their_request_bodies() throws IOException {
        String group = created("avatars", "create", "--prompt", "a host", "--json").at("/avatar_group/id").asText();
        ok("avatars", "create", "--prompt", "a host in a studio", "--name", "Host 2", "--group", group,
                "--reference", "https://example.com/ref.jpg", "--ignore", "credit_insufficient");
        JsonNode avatar = lastBody("POST", "/v3/avatars");
        assertThat(avatar.get("name").asText()).isEqualTo("Host 2");
        assertThat(avatar.get("avatar_group_id").asText()).isEqualTo(group);
        assertThat(avatar.at("/reference_images/0/url").asText()).isEqualTo("https://example.com/ref.jpg");

        ok("voices", "design", "calm narrator", "--gender", "male", "--locale", "en-GB", "--seed", "2");
        assertThat(lastBody("POST", "/v3/voices").toString())
                .isEqualTo("{\"prompt\":\"calm narrator\",\"gender\":\"male\",\"locale\":\"en-GB\",\"seed\":2}");

        ok("voices", "clone", "https://example.com/sample.mp3", "--name", "Brand", "--language", "German", "--keep-noise");
        JsonNode clone = lastBody("POST", "/v3/voices/clone");
        assertThat(clone.at("/audio/url").asText()).isEqualTo("https://example.com/sample.mp3");
        assertThat(clone.get("language").asText()).isEqualTo("German");
        assertThat(clone.get("remove_background_noise").asBoolean()).isFalse();

        ok("speech", "--voice", "en_ava", "--text", "<speak>Hi</speak>", "--ssml", "--speed", "1.2", "--language", "en",
                "--locale", "en-GB", "-o", "s.wav");
        assertThat(lastBody("POST", "/v3/voices/speech").toString()).isEqualTo("{\"text\":\"<speak>Hi</speak>\","
                + "\"voice_id\":\"en_ava\",\"input_type\":\"ssml\",\"speed\":1.2,\"language\":\"en\",\"locale\":\"en-GB\"}");
    }

    @Test
    void the_new_subcommands_have_help() {
        for (String[] cmd : new String[][]{{"avatars", "create"}, {"avatars", "delete"}, {"avatars", "consent"}, {"looks", "rename"},
                {"looks", "delete"}, {"voices", "design"}, {"voices", "clone"}, {"voices", "delete"}, {"assets", "upload"}, {"speech"}}) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            args[cmd.length] = "--help";
            Cli.Result r = cli.run(args);
            assertThat(r.code()).as(String.join(" ", args) + ": " + r).isZero();
            assertThat(r.out()).contains("Usage: heygen " + String.join(" ", cmd));
        }
    }
}
