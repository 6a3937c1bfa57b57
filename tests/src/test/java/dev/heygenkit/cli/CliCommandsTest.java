package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Black-box tests of the catalogue commands (looks, avatars, voices, quota, completion, help) against a sandbox. */
class CliCommandsTest {
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

    @Test
    void looks_prints_an_aligned_table_with_a_count_on_stderr() {
        Cli.Result r = cli.run("looks");
        assertThat(r.code()).as(r.toString()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("ID").contains("NAME", "TYPE", "GENDER", "DEFAULT VOICE");
        int nameColumn = lines[0].indexOf("NAME");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("anna ").contains("Anna in Blazer"));
        assertThat(java.util.Arrays.copyOfRange(lines, 1, lines.length)).allSatisfy(l -> assertThat(l.charAt(nameColumn - 1)).isEqualTo(' '));
        assertThat(r.err()).matches("(?s)\\d+ looks\\s*");
    }

    @Test
    void looks_json_is_an_array_filtered_by_gender_and_search_client_side() {
        Cli.Result r = cli.run("looks", "--json", "--gender", "male");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode looks = r.json();
        assertThat(looks.isArray()).isTrue();
        assertThat(looks).isNotEmpty().allSatisfy(l -> assertThat(l.get("gender").asText()).isEqualTo("male"));
        assertThat(r.err()).isEmpty();

        JsonNode found = cli.run("--json", "looks", "--search", "BLAZER").json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asText()).isEqualTo("anna");
    }

    @Test
    void looks_type_and_limit_narrow_the_list() {
        JsonNode photos = cli.run("looks", "--type", "photo_avatar", "--json").json();
        assertThat(photos).isNotEmpty().allSatisfy(l -> assertThat(l.get("avatar_type").asText()).isEqualTo("photo_avatar"));
        assertThat(cli.run("looks", "--limit", "2", "--json").json()).hasSize(2);
    }

    @Test
    void looks_with_an_id_describes_that_look() {
        Cli.Result r = cli.run("looks", "marcus");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Marcus at Desk", "en_brian", "preview: http://127.0.0.1:");
    }

    @Test
    void looks_preview_writes_a_contact_sheet_png_and_an_html_page_beside_it() throws Exception {
        Cli.Result r = cli.run("looks", "--group", "group_anna", "--preview", "sheets/anna.png");
        assertThat(r.code()).as(r.toString()).isZero();
        Path png = dir.resolve("sheets/anna.png");
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img).isNotNull();
        assertThat(img.getWidth()).isGreaterThan(100);
        String html = Files.readString(dir.resolve("sheets/anna.html"), StandardCharsets.UTF_8);
        assertThat(html).contains("<img src=\"anna.png\"", "<code>anna</code>", "<code>anna_casual</code>").doesNotContain("marcus");
        assertThat(r.err()).contains("wrote " + png);
    }

    @Test
    void avatars_lists_groups_as_table_and_json() {
        Cli.Result r = cli.run("avatars");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("ID").contains("group_anna", "Anna");
        JsonNode groups = cli.run("avatars", "--json").json();
        assertThat(groups.findValuesAsText("id")).contains("group_anna", "group_marcus");
        assertThat(cli.run("avatars", "group_marcus", "--json").json().get("name").asText()).isEqualTo("Marcus");
    }

    @Test
    void voices_filter_by_language_and_gender() {
        JsonNode voices = cli.run("voices", "--language", "Spanish", "--gender", "female", "--json").json();
        assertThat(voices).isNotEmpty().allSatisfy(v -> {
            assertThat(v.get("language").asText()).isEqualTo("Spanish");
            assertThat(v.get("gender").asText()).isEqualTo("female");
        });
        Cli.Result table = cli.run("voices", "--language", "German");
        assertThat(table.out()).startsWith("ID").contains("de_lena").doesNotContain("en_ava");
    }

    @Test
    void voices_sample_writes_one_audio_file_for_one_voice() throws Exception {
        Cli.Result r = cli.run("voices", "en_ava", "--sample", "Hello there", "-o", "ava.wav");
        assertThat(r.code()).as(r.toString()).isZero();
        byte[] wav = Files.readAllBytes(dir.resolve("ava.wav"));
        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(r.out()).contains("en_ava", "ava.wav");
        assertThat(r.err()).contains("saved audio sample to " + dir.resolve("ava.wav"));
    }

    @Test
    void voices_sample_over_a_list_writes_one_file_per_voice_into_a_directory() {
        Cli.Result r = cli.run("voices", "--language", "English", "--limit", "2", "--sample", "Hi", "-o", "auditions", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode files = r.json();
        assertThat(files).hasSize(2);
        files.forEach(f -> assertThat(Path.of(f.get("file").asText())).exists().hasParent(dir.resolve("auditions")));
    }

    @Test
    void quota_shows_the_wallet_balance() {
        Cli.Result r = cli.run("quota");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("balance").containsPattern("\\d+\\.\\d\\d usd");
        assertThat(cli.run("quota", "--json").json().at("/wallet/remaining_balance").isNumber()).isTrue();
    }

    @Test
    void completion_prints_bash_and_zsh_scripts_covering_subcommands() {
        Cli.Result bash = cli.run("completion", "bash");
        assertThat(bash.code()).isZero();
        assertThat(bash.out()).contains("complete -F", "heygen", "render", "--look");
        Cli.Result zsh = cli.run("completion", "zsh");
        assertThat(zsh.out()).startsWith("autoload -U +X compinit").contains("bashcompinit", "--look");
    }

    @Test
    void help_lists_every_command_and_version_names_the_kit() {
        Cli.Result help = cli.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("looks", "avatars", "voices", "render", "get", "list", "delete", "download",
                "history", "quota", "sandbox", "completion", "--sandbox", "--json", "Exit codes");
        Cli.Result version = cli.run("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("heygen-kit ");
    }

    @Test
    void no_subcommand_prints_usage() {
        Cli.Result r = cli.run();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: heygen");
    }

    @Test
    void sandbox_command_prints_its_base_url_and_stops_by_itself() {
        Cli.Result r = new Cli(dir, null).run("sandbox", "--port", "0", "--seed", "7", "--clock-speed", "60", "--stop-after", "200ms");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out().strip()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(r.err()).contains("export HEYGEN_API_BASE=" + r.out().strip(), "sandbox: stopped");
    }

    @Test
    void verbose_logs_each_request_to_stderr_and_quiet_silences_notes() {
        Cli.Result v = cli.run("--verbose", "looks", "--limit", "1");
        assertThat(v.err()).containsPattern("heygen info: GET /v3/avatars/looks\\S* -> 200 in \\d+ ms");
        Cli.Result q = cli.run("--quiet", "looks", "--limit", "1");
        assertThat(q.err()).isEmpty();
        assertThat(q.out()).contains("anna");
    }
}
