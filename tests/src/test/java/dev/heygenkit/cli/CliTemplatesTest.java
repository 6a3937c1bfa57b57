package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Black-box tests of {@code heygen templates list|get} against a sandbox and its fixture templates. */
class CliTemplatesTest {
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
    void list_prints_id_name_aspect_and_variable_names_with_a_count_on_stderr() {
        Cli.Result r = cli.run("templates", "list");
        assertThat(r.code()).as(r.toString()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines[0]).startsWith("ID").contains("NAME", "ASPECT", "VARIABLES");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("tpl_welcome ").contains("Customer welcome", "16:9", "first_name, company"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("tpl_product ").contains("9:16", "product_name, product_image"));
        assertThat(lines).hasSize(5);
        assertThat(r.err()).startsWith("4 templates");
    }

    @Test
    void list_json_is_an_array_of_summaries_with_variable_types_and_limit_narrows_it() {
        Cli.Result r = cli.run("templates", "list", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode all = r.json();
        assertThat(all.findValuesAsText("id")).containsExactly("tpl_welcome", "tpl_product", "tpl_greeting", "tpl_event");
        assertThat(all.get(2).get("variables").toString()).isEqualTo("{\"greeting\":\"text\",\"narrator\":\"voice\"}");
        assertThat(all.get(0).get("aspect_ratio").asText()).isEqualTo("16:9");
        assertThat(r.err()).isEmpty();
        assertThat(cli.run("--json", "templates", "list", "--limit", "1").json()).hasSize(1);
    }

    @Test
    void get_shows_each_variable_with_its_type_default_and_scenes_and_every_scene_script() {
        Cli.Result r = cli.run("templates", "get", "tpl_greeting");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("name", "Multilingual greeting", "aspect", "1:1");
        assertThat(r.out()).containsPattern("greeting\\s+text\\s+Hello and welcome!\\s+greeting_main");
        assertThat(r.out()).containsPattern("narrator\\s+voice\\s+en_emma\\s+greeting_main");
        assertThat(r.out()).contains("scenes:\n  greeting_main: {{greeting}}");
        Cli.Result event = cli.run("templates", "get", "tpl_event");
        assertThat(event.out()).containsPattern("highlight_clip\\s+video").contains("recap_outro: (no script)");
    }

    @Test
    void get_json_is_the_template_with_scenes_and_variables() {
        JsonNode t = cli.run("templates", "get", "tpl_welcome", "--json").json();
        assertThat(t.get("id").asText()).isEqualTo("tpl_welcome");
        assertThat(t.at("/scenes/0/script").asText()).isEqualTo("Hi {{first_name}}, welcome to {{company}}!");
        assertThat(t.at("/scenes/0/variables/1/variable_type").asText()).isEqualTo("text");
        assertThat(t.at("/variables/first_name/type").asText()).isEqualTo("text");
    }

    @Test
    void a_bad_id_exits_1_with_the_api_error_as_text_or_json() {
        Cli.Result r = cli.run("templates", "get", "tpl_nope");
        assertThat(r.code()).isEqualTo(Main.FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("error:", "template_not_found", "tpl_nope").contains("hint:", "heygen templates list");
        Cli.Result json = cli.run("templates", "get", "tpl_nope", "--json");
        assertThat(json.code()).isEqualTo(Main.FAILED);
        assertThat(json.errorJson().get("code").asText()).isEqualTo("template_not_found");
    }

    @Test
    void usage_errors_exit_2() {
        assertThat(cli.run("templates", "get").code()).isEqualTo(Main.USAGE);
        assertThat(cli.run("templates", "list", "--limit", "0").code()).isEqualTo(Main.USAGE);
        assertThat(cli.run("templates", "lst").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void help_shows_the_subcommands_and_examples() {
        Cli.Result group = cli.run("templates", "--help");
        assertThat(group.code()).isZero();
        assertThat(group.out()).contains("list", "get", "Examples:", "heygen templates get tpl_welcome");
        Cli.Result list = cli.run("templates", "list", "--help");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("--limit", "heygen templates list --limit 5 --json");
        assertThat(cli.run("templates", "get", "--help").out()).contains("TEMPLATE_ID", "Examples:");
        Cli.Result bare = cli.run("templates");
        assertThat(bare.code()).isZero();
        assertThat(bare.out()).contains("Usage: heygen templates");
        assertThat(cli.run("--help").out()).contains("templates");
    }

    @Test
    void long_variable_lists_are_cut_to_names_that_fit_and_a_count() {
        assertThat(TemplatesCommand.names(List.of())).isEqualTo("(none)");
        assertThat(TemplatesCommand.names(List.of("a", "b"))).isEqualTo("a, b");
        String cut = TemplatesCommand.names(List.of("event_name", "highlight_clip", "closing_audio", "intro_music"));
        assertThat(cut).isEqualTo("event_name, highlight_clip, +2 more");
        assertThat(cut.length()).isLessThanOrEqualTo(Table.MAX_CELL);
    }
}
