package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.Voice;
import dev.heygenkit.sandbox.RecordedRequest;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Black-box tests of render, get, list, download, delete and history against a fast-clock sandbox. */
class CliRenderTest {
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

    private Cli.Result render(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "render";
        all[1] = "--poll";
        all[2] = "20ms";
        System.arraycopy(args, 0, all, 3, args.length);
        return cli.run(all);
    }

    private long creates() {
        return sandbox.requestCount("POST", "/v3/videos");
    }

    private RecordedRequest lastCreate() {
        List<RecordedRequest> all = sandbox.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals("/v3/videos")).toList();
        return all.get(all.size() - 1);
    }

    @Test
    void render_downloads_a_playable_mp4_and_prints_id_url_and_file() throws Exception {
        Cli.Result r = render("--look", "anna", "--say", "Hello from the CLI", "-o", "hello.mp4");
        assertThat(r.code()).as(r.toString()).isZero();
        Mp4Boxes.assertPlayable(dir.resolve("hello.mp4"), 2000);
        assertThat(r.out()).containsPattern("(?m)^id\\s+[0-9a-f]{32}$").containsPattern("(?m)^status\\s+completed$")
                .contains("file      " + dir.resolve("hello.mp4")).containsPattern("(?m)^url\\s+http://127\\.0\\.0\\.1:");
        // Not a terminal: one line per lasting fact, no carriage-return redraws.
        assertThat(r.err()).contains("submitted video ", " completed after ", "saved video to ").doesNotContain("\r");
    }

    @Test
    void render_json_prints_the_video_with_the_saved_file() {
        Cli.Result r = render("--look", "marcus", "--say", "JSON please", "-o", "m.mp4", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode v = r.json();
        assertThat(v.get("status").asText()).isEqualTo("completed");
        assertThat(v.get("id").asText()).hasSize(32);
        assertThat(v.get("file").asText()).isEqualTo(dir.resolve("m.mp4").toString());
        assertThat(v.get("video_url").asText()).startsWith("http://127.0.0.1:");
    }

    @Test
    void dry_run_prints_the_exact_post_body_and_sends_nothing_even_without_a_key() throws Exception {
        long before = creates();
        Cli.Result r = new Cli(dir, null).run("render", "--look", "anna", "--say", "Hi there", "--voice", "en_emma",
                "--speed", "1.1", "--bg", "#0A84FF", "--aspect", "9:16", "--captions", "--title", "T", "--dry-run", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        String expected = Avatar.look("anna").say("Hi there").voice(Voice.id("en_emma").speed(1.1))
                .on(Background.color("#0A84FF")).aspect("9:16").captions().title("T").toJson();
        assertThat(r.out().strip()).isEqualTo(expected);
        assertThat(creates()).isEqualTo(before);
    }

    @Test
    void render_posts_the_same_body_dry_run_printed() throws Exception {
        String[] flags = {"--look", "sofia", "--say", "Hola", "--voice", "es_lucia", "--bg", "#112233", "--resolution", "720p", "--fresh"};
        Cli.Result dry = render(concat(flags, "--dry-run", "--json"));
        Cli.Result real = render(concat(flags, "--no-wait"));
        assertThat(real.code()).as(real.toString()).isZero();
        assertThat(JSON.readTree(lastCreate().body())).isEqualTo(JSON.readTree(dry.out()));
    }

    @Test
    void scenes_file_builds_a_studio_video_with_paths_resolved_beside_the_file() throws Exception {
        Files.createDirectories(dir.resolve("deck"));
        Files.write(dir.resolve("deck/slide.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        Files.writeString(dir.resolve("deck/tour.json"), """
                {"title": "Tour", "scenes": [
                  {"look": "anna", "say": ["Welcome!", "Let's go."], "bg": "#0A84FF"},
                  {"image": "slide.png", "hold": "3s"},
                  {"look": "marcus", "say": "Bye", "voice": "en_brian", "speed": 1.2}]}
                """);
        Cli.Result r = render("--scenes", "deck/tour.json", "--aspect", "9:16", "--dry-run", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode body = r.json();
        assertThat(body.get("type").asText()).isEqualTo("studio");
        assertThat(body.get("aspect_ratio").asText()).isEqualTo("9:16");
        assertThat(body.get("title").asText()).isEqualTo("Tour");
        assertThat(body.get("scenes")).hasSize(3);
        assertThat(body.toString()).contains("Welcome! Let's go.", "local-file:" + dir.resolve("deck/slide.png"), "en_brian");
    }

    @Test
    void scenes_file_with_an_unknown_key_is_a_usage_error_naming_scene_and_key() throws Exception {
        Files.writeString(dir.resolve("bad.json"), "[{\"look\": \"anna\", \"sya\": \"Hi\"}]");
        Cli.Result r = render("--scenes", "bad.json");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("bad.json scene 1:", "unknown key \"sya\"", "say");
    }

    @Test
    void scenes_cannot_be_combined_with_look_flags() throws Exception {
        Files.writeString(dir.resolve("s.json"), "[{\"look\": \"anna\", \"say\": \"Hi\"}]");
        Cli.Result r = render("--scenes", "s.json", "--look", "anna", "--bg", "#000000");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--look, --bg cannot be combined with --scenes");
    }

    @Test
    void no_wait_returns_the_id_at_once_and_get_then_download_fetch_it_later() throws Exception {
        Cli.Result r = render("--look", "kenji", "--say", "Later", "--no-wait", "--json", "--fresh");
        assertThat(r.code()).as(r.toString()).isZero();
        String id = r.json().get("id").asText();
        assertThat(r.json().get("status").asText()).isIn("waiting", "pending", "processing");

        Cli.Result got = awaitCompleted(id);
        assertThat(got.out()).containsPattern("(?m)^status\\s+completed$").contains("url ");
        assertThat(cli.run("status", id, "--json").json().get("id").asText()).isEqualTo(id);

        Cli.Result dl = cli.run("download", id);
        assertThat(dl.code()).as(dl.toString()).isZero();
        Mp4Boxes.assertPlayable(dir.resolve(id + ".mp4"), 2000);
        assertThat(dl.out().strip()).isEqualTo(dir.resolve(id + ".mp4").toString());

        Cli.Result again = cli.run("download", id);
        assertThat(again.code()).isEqualTo(Main.FAILED);
        assertThat(again.err()).contains("exists").contains("--force");
        assertThat(cli.run("download", id, "--force").code()).isZero();

        Cli.Result extras = cli.run("download", id, "--srt", "--thumbnail", "--gif", "-o", "files", "--json");
        assertThat(extras.code()).as(extras.toString()).isZero();
        assertThat(extras.json().get("files")).hasSize(4);
        assertThat(dir.resolve("files").toFile().list()).contains(id + ".mp4", id + ".srt");
    }

    private Cli.Result awaitCompleted(String id) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Cli.Result got = cli.run("get", id);
            if (got.out().contains("completed")) {
                return got;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("video " + id + " never completed");
    }

    @Test
    void captions_are_saved_beside_the_output() throws Exception {
        Cli.Result r = render("--look", "anna", "--say", "Captions please", "--burn-captions", "-o", "cap.mp4", "--fresh");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(dir.resolve("cap.srt")).exists();
        assertThat(Files.readString(dir.resolve("cap.srt"), StandardCharsets.UTF_8)).contains("-->");
        Mp4Boxes.assertPlayable(dir.resolve("cap.captioned.mp4"), 2000);
    }

    @Test
    void an_existing_output_is_refused_before_anything_is_paid_for() throws Exception {
        Files.writeString(dir.resolve("taken.mp4"), "x");
        long before = creates();
        Cli.Result r = render("--look", "anna", "--say", "Hi", "-o", "taken.mp4");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("taken.mp4 already exists", "--force");
        assertThat(creates()).isEqualTo(before);
    }

    @Test
    void rerunning_the_same_render_resumes_it_from_the_journal_and_history_lists_it() {
        Cli.Result first = render("--look", "priya", "--say", "Only once, please", "--json");
        Cli.Result second = render("--look", "priya", "--say", "Only once, please", "--json");
        assertThat(second.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(second.json().get("resumed").asBoolean()).isTrue();
        Cli.Result fresh = render("--look", "priya", "--say", "Only once, please", "--json", "--fresh");
        assertThat(fresh.json().get("id").asText()).isNotEqualTo(first.json().get("id").asText());

        Cli.Result history = cli.run("history");
        assertThat(history.code()).isZero();
        assertThat(history.out()).startsWith("SUBMITTED").contains(first.json().get("id").asText(), "completed");
        JsonNode json = cli.run("history", "--json").json();
        assertThat(json.findValuesAsText("video_id")).contains(first.json().get("id").asText(), fresh.json().get("id").asText());
    }

    @Test
    void list_shows_recent_videos() {
        String id = render("--look", "leo_photo", "--say", "List me", "--no-wait", "--json", "--fresh").json().get("id").asText();
        Cli.Result r = cli.run("list", "--limit", "100");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("ID").contains(id);
        assertThat(cli.run("list", "--json", "--limit", "100").json().findValuesAsText("id")).contains(id);
    }

    @Test
    void delete_refuses_without_a_terminal_unless_forced() {
        String id = render("--look", "anna", "--say", "Delete me", "--no-wait", "--json", "--fresh").json().get("id").asText();
        Cli.Result refused = cli.run("delete", id);
        assertThat(refused.code()).isEqualTo(Main.USAGE);
        assertThat(refused.err()).contains("refusing to delete " + id, "--force");
        assertThat(cli.run("get", id).code()).isZero();

        Cli.Result forced = cli.run("delete", id, "--force");
        assertThat(forced.code()).as(forced.toString()).isZero();
        assertThat(forced.out()).contains("deleted " + id);
        assertThat(cli.run("get", id).code()).isEqualTo(Main.FAILED);
    }

    @Test
    void delete_at_a_terminal_asks_and_only_yes_deletes() {
        String id = render("--look", "anna", "--say", "Ask me", "--no-wait", "--json", "--fresh").json().get("id").asText();
        Cli.Result no = cli.terminal(true).stdin("n\n").run("delete", id);
        assertThat(no.code()).isEqualTo(Main.FAILED);
        assertThat(no.err()).contains("Delete video " + id + " permanently? [y/N]", "not deleted");
        assertThat(cli.terminal(false).run("get", id).code()).isZero();

        Cli.Result yes = cli.terminal(true).stdin("y\n").run("delete", id);
        assertThat(yes.code()).as(yes.toString()).isZero();
        assertThat(cli.terminal(false).run("get", id).code()).isEqualTo(Main.FAILED);
    }

    @Test
    void at_a_terminal_progress_is_one_live_line() {
        Cli.Result r = cli.terminal(true).run("render", "--poll", "20ms", "--look", "amara", "--say", "Live", "--fresh", "-o", "live.mp4");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("\r\033[Kdownloading video to live.mp4").endsWith("\n");
    }

    @Test
    void quiet_render_prints_nothing_on_stderr() {
        Cli.Result r = render("--look", "anna", "--say", "Shh", "--quiet", "--fresh");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("completed");
    }

    @Test
    void sandbox_flag_renders_without_any_key() throws Exception {
        Cli keyless = new Cli(dir, null);
        Cli.Result r = keyless.run("--sandbox", "render", "--look", "anna", "--say", "Offline", "-o", "offline.mp4");
        assertThat(r.code()).as(r.toString()).isZero();
        Mp4Boxes.assertPlayable(dir.resolve("offline.mp4"), 2000);
    }

    static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
