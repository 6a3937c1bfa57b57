package dev.heygenkit.cli;

import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** CLI messages speak CLI (commands and flags), contradictory or out-of-range input is refused with exit 2. */
class CliMessagesTest {
    static Sandbox sandbox;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().clockSpeed(2000).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private Cli api() {
        return new Cli(dir, sandbox.baseUri().toString());
    }

    @Test
    void a_missing_key_names_the_env_var_the_file_and_sandbox_not_java_calls() {
        Cli.Result r = new Cli(dir, null).run("looks");
        assertThat(r.code()).isEqualTo(Main.AUTH);
        assertThat(r.err()).contains("HEYGEN_API_KEY", "--sandbox", dir.resolve("config").resolve("credentials").toString())
                .doesNotContain("HeyGen.builder", "HeyGen.sandbox()", "apiKey(");
    }

    @Test
    void an_unknown_look_points_at_heygen_looks_not_the_java_client() {
        Cli.Result r = new Cli(dir, null).run("--sandbox", "render", "--look", "zzzz_no_such", "--say", "Hi");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("heygen looks").doesNotContain("client.");
    }

    @Test
    void an_api_base_ending_in_v3_does_not_double_it() {
        Cli.Result r = api().env("HEYGEN_API_BASE", sandbox.baseUri() + "/v3/").run("looks", "--json");
        assertThat(r.code()).as(r.toString()).isZero();
    }

    @Test
    void contradictory_or_out_of_range_flags_are_refused() {
        Cli cli = api();
        Cli.Result both = cli.run("--sandbox", "--api-base", "http://127.0.0.1:9", "looks");
        assertThat(both.code()).isEqualTo(Main.USAGE);
        assertThat(both.err()).contains("--sandbox and --api-base");
        Cli.Result limit = cli.run("list", "--limit", "-5");
        assertThat(limit.code()).isEqualTo(Main.USAGE);
        assertThat(limit.err()).contains("--limit -5");
        for (String retries : new String[]{"11", "-1", "lots"}) {
            Cli.Result r = cli.env("HEYGEN_MAX_RETRIES", retries).run("looks");
            assertThat(r.code()).as(retries).isEqualTo(Main.USAGE);
            assertThat(r.err()).contains("HEYGEN_MAX_RETRIES=" + retries, "0 to 10");
        }
    }

    @Test
    void bg_takes_colour_names_and_refuses_words_that_are_neither_colour_nor_file() {
        Cli cli = new Cli(dir, null);
        Cli.Result red = cli.run("render", "--look", "anna", "--say", "Hi", "--bg", "red", "--dry-run", "--json");
        assertThat(red.code()).as(red.toString()).isZero();
        assertThat(red.json().at("/background/value").asText()).isEqualTo("#FF0000");
        Cli.Result odd = cli.run("render", "--look", "anna", "--say", "Hi", "--bg", "reddish", "--dry-run");
        assertThat(odd.code()).isEqualTo(Main.USAGE);
        assertThat(odd.err()).contains("--bg reddish is neither a colour nor an existing file", "#RRGGBB");
    }

    @Test
    void a_world_readable_credentials_file_is_warned_about_without_the_key() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Path file = Files.writeString(config.resolve("credentials"), "{\"api_key\": \"" + Cli.KEY + "\"}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Cli cli = api().env("HEYGEN_API_KEY", null);
        Cli.Result r = cli.run("looks");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).contains("warning: " + file, "chmod 600 " + file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        assertThat(cli.run("looks").err()).doesNotContain("chmod");
    }

    @Test
    void a_port_in_use_is_a_one_line_error_naming_it() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Cli.Result r = new Cli(dir, null).run("sandbox", "--port", String.valueOf(port), "--stop-after", "1s");
            assertThat(r.code()).as(r.toString()).isEqualTo(Main.USAGE);
            assertThat(r.err()).contains("--port " + port + " is already in use").doesNotContain("Exception", "report it");
        }
    }

    @Test
    void no_wait_prints_id_then_status_in_a_stable_order() {
        Cli.Result r = new Cli(dir, null).run("--sandbox", "render", "--look", "anna", "--say", "Hi", "--no-wait");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("id ").contains("\nstatus ");
        Cli.Result json = new Cli(dir, null).run("--sandbox", "render", "--look", "anna", "--say", "Hi there", "--no-wait", "--json");
        assertThat(json.out().replaceAll("\\s", "")).startsWith("{\"id\":").contains("\"status\":");
    }
}
