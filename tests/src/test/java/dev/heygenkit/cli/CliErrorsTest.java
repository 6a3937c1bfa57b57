package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.sandbox.Fault;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Exit codes and error output: usage 2, auth 3, timeout 4, API and render failures 1; the key never leaks. */
class CliErrorsTest {
    @TempDir
    Path dir;

    @Test
    void a_mistyped_flag_exits_2_naming_it_and_suggesting_the_fix() {
        Cli.Result r = new Cli(dir, null).run("render", "--lok", "anna", "--say", "Hi");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        // only the nearest names are offered: --look is one edit away, --locale (the accent) three
        assertThat(r.err()).startsWith("error: unknown option --lok; did you mean --look?\n")
                .contains("usage: 'heygen render --help' lists every option");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void usage_errors_with_json_use_the_error_envelope() {
        Cli.Result r = new Cli(dir, null).run("--json", "looks", "--gendr", "male");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        JsonNode e = r.errorJson();
        assertThat(e.get("code").asText()).isEqualTo("cli_usage");
        assertThat(e.get("message").asText()).contains("--gendr", "--gender");
        assertThat(e.get("param").asText()).isEqualTo("--gendr");
    }

    @Test
    void a_missing_argument_or_bad_value_exits_2() {
        Cli cli = new Cli(dir, null);
        assertThat(cli.run("get").code()).isEqualTo(Main.USAGE);
        Cli.Result bad = cli.run("render", "--look", "anna", "--say", "x", "--timeout", "soon");
        assertThat(bad.code()).isEqualTo(Main.USAGE);
        assertThat(bad.err()).contains("soon", "90s");
        Cli.Result none = cli.run("render", "--say", "x");
        assertThat(none.code()).isEqualTo(Main.USAGE);
        assertThat(none.err()).contains("--look", "heygen looks");
        assertThat(cli.run("nosuchcommand").code()).isEqualTo(Main.USAGE);
    }

    @Test
    void no_key_exits_3_and_points_to_the_sandbox() {
        Cli.Result r = new Cli(dir, null).run("looks");
        assertThat(r.code()).isEqualTo(Main.AUTH);
        assertThat(r.err()).contains("No HeyGen API key found", "--sandbox");
        Cli.Result json = new Cli(dir, null).run("looks", "--json");
        assertThat(json.errorJson().get("code").asText()).isEqualTo("missing_api_key");
        assertThat(json.errorJson().get("hint").asText()).contains("sandbox");
        assertThat(json.out()).isEmpty();
    }

    @Test
    void a_refused_key_exits_3_and_a_forbidden_call_too() {
        try (Sandbox sb = Sandbox.builder().apiKey("the-only-key").start()) {
            Cli.Result r = new Cli(dir, sb.baseUri().toString()).run("looks");
            assertThat(r.code()).isEqualTo(Main.AUTH);
            assertThat(r.err()).contains("--sandbox");
        }
        try (Sandbox sb = Sandbox.builder().start()) {
            sb.injectFault(Fault.status(403));
            Cli.Result r = new Cli(dir, sb.baseUri().toString()).run("quota", "--json");
            assertThat(r.code()).isEqualTo(Main.AUTH);
            assertThat(r.errorJson().has("request_id")).isTrue();
        }
    }

    @Test
    void not_enough_credit_is_a_preflight_error_before_anything_is_sent() {
        try (Sandbox sb = Sandbox.builder().creditBalance(0.05).start()) {
            Cli.Result r = new Cli(dir, sb.baseUri().toString()).run("render", "--look", "anna", "--say",
                    "This sentence takes a few seconds to say, which costs more than five cents.", "--json");
            assertThat(r.code()).as(r.toString()).isEqualTo(Main.USAGE);
            JsonNode e = r.errorJson();
            assertThat(e.get("problems").get(0).get("code").asText()).isEqualTo("credit_insufficient");
            assertThat(e.get("problems").get(0).get("message").asText()).contains("$0.05 left", "$0.0333/s");
            assertThat(sb.requestCount("POST", "/v3/videos")).isZero();
        }
    }

    @Test
    void not_enough_credit_exits_1_with_the_api_code_and_a_missing_video_too() {
        try (Sandbox sb = Sandbox.builder().creditBalance(0).start()) {
            Cli cli = new Cli(dir, sb.baseUri().toString());
            // the credit check is an estimate the user may overrule; the API's own 402 is then the answer
            Cli.Result r = cli.run("render", "--look", "anna", "--say", "No money", "--ignore", "credit_insufficient", "--json");
            assertThat(r.code()).isEqualTo(Main.FAILED);
            JsonNode e = r.errorJson();
            assertThat(e.get("code").asText()).isEqualTo("insufficient_credit");
            assertThat(e.get("message").asText()).contains("wallet");

            Cli.Result missing = cli.run("get", "0123456789abcdef0123456789abcdef");
            assertThat(missing.code()).isEqualTo(Main.FAILED);
            assertThat(missing.err()).startsWith("error: ").contains("request id: ");
        }
    }

    @Test
    void a_render_past_its_timeout_exits_4_with_the_id_and_how_to_resume() {
        try (Sandbox sb = Sandbox.builder().manualClock().start()) {
            Cli cli = new Cli(dir, sb.baseUri().toString());
            Cli.Result r = cli.run("render", "--look", "anna", "--say", "Slow", "--timeout", "300ms", "--poll", "50ms");
            assertThat(r.code()).as(r.toString()).isEqualTo(Main.TIMEOUT);
            Matcher m = Pattern.compile("Video ([0-9a-f]{32}) is still").matcher(r.err());
            assertThat(m.find()).as(r.err()).isTrue();
            String id = m.group(1);
            assertThat(r.err()).contains("heygen get " + id, "heygen download " + id, "not resubmitted");

            Cli.Result json = cli.run("render", "--look", "anna", "--say", "Slow", "--timeout", "200ms", "--poll", "50ms", "--json");
            assertThat(json.code()).isEqualTo(Main.TIMEOUT);
            assertThat(json.errorJson().get("code").asText()).isEqualTo("timeout");
            assertThat(json.errorJson().get("video_id").asText()).isEqualTo(id);
            assertThat(sb.requestCount("POST", "/v3/videos")).as("a timed-out wait never resubmits").isEqualTo(1);
        }
    }

    @Test
    void a_failed_render_exits_1_with_the_failure_code() {
        try (Sandbox sb = Sandbox.builder().clockSpeed(2000).failureRate(1.0).start()) {
            Cli.Result r = new Cli(dir, sb.baseUri().toString()).run("render", "--poll", "20ms", "--look", "anna", "--say", "Doomed", "--json");
            assertThat(r.code()).as(r.toString()).isEqualTo(Main.FAILED);
            assertThat(r.errorJson().get("code").asText()).isEqualTo("video_failed");
            assertThat(r.errorJson().get("video_id").asText()).hasSize(32);
        }
    }

    @Test
    void preflight_problems_are_listed_and_nothing_is_sent() {
        try (Sandbox sb = Sandbox.builder().start()) {
            Cli.Result r = new Cli(dir, sb.baseUri().toString()).run("render", "--look", "anna", "--say", "Hi", "--bg", "#12",
                    "--aspect", "7:3");
            assertThat(r.code()).as("found before any request: the caller's to fix, like a usage error").isEqualTo(Main.USAGE);
            assertThat(r.err()).contains("problems before submitting", "#12", "7:3");
            assertThat(sb.requestCount("POST", "/v3/videos")).isZero();
        }
    }

    @Test
    void the_key_never_appears_even_when_verbose_and_failing() {
        try (Sandbox sb = Sandbox.builder().apiKey("another-key").start()) {
            // Cli.run asserts the key is absent from stdout and stderr on every run.
            Cli.Result r = new Cli(dir, sb.baseUri().toString()).run("--verbose", "quota");
            assertThat(r.code()).isEqualTo(Main.AUTH);
            assertThat(r.err()).contains("heygen info: GET /v3/users/me -> 401");
        }
    }
}
