package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code heygen batch} and {@code heygen statuses}, black-box, on a fast sandbox. */
class CliBatchTest {
    @TempDir
    Path dir;
    Sandbox sb;
    Cli cli;

    @BeforeEach
    void start() throws IOException {
        sb = Sandbox.builder().clockSpeed(2000).start();
        cli = new Cli(dir, sb.baseUri().toString());
        Files.writeString(dir.resolve("customers.csv"), "name,company,last_name\nAna,Acme,Doe\nBo,\"Beta, Inc.\",Roe\n");
    }

    @AfterEach
    void stop() {
        sb.close();
    }

    @Test
    void the_documented_example_renders_every_row_and_writes_the_manifest() throws IOException {
        Cli.Result r = cli.run("batch", "--poll", "20ms", "--look", "anna", "--say", "Hello {{name}}, welcome to {{company}}.",
                "--data", "customers.csv", "--out", "results/");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("completed   2", "manifest");
        List<String> manifest = Files.readAllLines(dir.resolve("results/manifest.csv"));
        assertThat(manifest).hasSize(3);
        assertThat(manifest.get(2)).contains("completed", "\"Beta, Inc.\"");
        assertThat(sb.requestCount("POST", "/v3/videos/batches")).isEqualTo(1);

        Cli.Result again = cli.run("batch", "--poll", "20ms", "--look", "anna", "--say",
                "Hello {{name}}, welcome to {{company}}.", "--data", "customers.csv", "--out", "results/", "--json");
        assertThat(again.code()).isEqualTo(Main.OK);
        assertThat(again.json().get("completed").asInt()).isEqualTo(2);
        assertThat(sb.requestCount("POST", "/v3/videos/batches")).as("a re-run resumes, it does not pay again").isEqualTo(1);
    }

    @Test
    void downloads_take_their_names_from_the_pattern() {
        Cli.Result r = cli.run("batch", "--poll", "20ms", "--look", "anna", "--say", "Hi {{name}}", "--data", "customers.csv",
                "--out", "out", "--name", "{{last_name}}-{{row}}.mp4");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.OK);
        assertThat(dir.resolve("out/Doe-1.mp4")).isNotEmptyFile();
        assertThat(dir.resolve("out/Roe-2.mp4")).isNotEmptyFile();
    }

    @Test
    void bad_rows_exit_2_listing_every_row_and_nothing_is_sent() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "name,background\nAna,#12\nBo,#0A84FF\n,\nCy,#FFFFFF\n");
        Cli.Result r = cli.run("batch", "--look", "anna", "--say", "Hi {{name}}", "--data", "bad.csv", "--out", "out");
        assertThat(r.code()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("row 1", "#12", "row 3", "is empty", "nothing was sent");
        assertThat(sb.requestCount("POST", "/v3/videos/batches")).isZero();
    }

    @Test
    void dry_run_prints_the_first_bodies_and_the_problems_and_sends_nothing() {
        Cli.Result r = cli.run("batch", "--look", "anna", "--say", "Hi {{name}}", "--data", "customers.csv", "--dry-run", "--json");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.OK);
        JsonNode out = r.json();
        assertThat(out.get("rows").asInt()).isEqualTo(2);
        assertThat(out.get("bodies").get(1).get("script").asText()).isEqualTo("Hi Bo");
        assertThat(sb.requestCount("POST", "/v3/videos/batches")).isZero();
        Cli.Result typo = cli.run("batch", "--look", "anna", "--say", "Hi {{nmae}}", "--data", "customers.csv", "--dry-run");
        assertThat(typo.code()).isEqualTo(Main.USAGE);
        assertThat(typo.err()).contains("did you mean {{name}}");
    }

    @Test
    void failed_rows_exit_1_and_a_timeout_exits_4() {
        try (Sandbox doomed = Sandbox.builder().clockSpeed(2000).failureRate(1.0).start();
             Sandbox slow = Sandbox.builder().clockSpeed(1).start()) {
            Cli.Result failed = new Cli(dir, doomed.baseUri().toString()).run("batch", "--poll", "20ms", "--look", "anna",
                    "--say", "Hi {{name}}", "--data", "customers.csv", "--out", "failed");
            assertThat(failed.code()).as(failed.toString()).isEqualTo(Main.FAILED);
            assertThat(failed.err()).contains("row 1: failed");
            Cli.Result timeout = new Cli(dir, slow.baseUri().toString()).run("batch", "--poll", "20ms", "--look", "anna",
                    "--say", "Hi {{name}}", "--data", "customers.csv", "--out", "slow", "--timeout", "1s");
            assertThat(timeout.code()).as(timeout.toString()).isEqualTo(Main.TIMEOUT);
            assertThat(timeout.err()).contains("Run the same command again to resume");
        }
    }

    @Test
    void a_template_batch_fills_variables_from_same_named_columns() throws IOException {
        Files.writeString(dir.resolve("t.csv"), "first_name,company,email\nAna,Acme,a@x.com\n");
        Cli.Result r = cli.run("batch", "--poll", "20ms", "--template", "tpl_welcome", "--data", "t.csv", "--out", "tpl");
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.OK);
        assertThat(sb.requestCount("POST", "/v3/templates/tpl_welcome")).isEqualTo(1);
    }

    @Test
    void statuses_reads_many_videos_in_one_call() {
        cli.run("batch", "--poll", "20ms", "--look", "anna", "--say", "Hi {{name}}", "--data", "customers.csv", "--out", "o");
        List<String> ids = List.of(cli.run("list", "--json").json().findValuesAsText("id").toArray(String[]::new));
        long before = sb.requestCount("GET", "/v3/videos/statuses");
        List<String> args = new java.util.ArrayList<>(List.of("statuses"));
        args.addAll(ids);
        Cli.Result r = cli.run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.OK);
        assertThat(r.out()).contains(ids.get(0), "completed");
        assertThat(sb.requestCount("GET", "/v3/videos/statuses") - before).isEqualTo(1);
        assertThat(cli.run("statuses").code()).isEqualTo(Main.USAGE);
    }
}
