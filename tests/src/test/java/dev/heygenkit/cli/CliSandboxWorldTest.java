package dev.heygenkit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Separate --sandbox commands share one world, kept under the (temporary) config folder, until 'sandbox reset'. */
class CliSandboxWorldTest {
    @TempDir
    Path dir;

    @Test
    void render_then_get_list_download_and_history_work_across_invocations() throws Exception {
        Cli cli = new Cli(dir, null);
        Cli.Result render = cli.run("--sandbox", "--json", "render", "--look", "anna", "--say", "Kept between commands",
                "--poll", "50ms", "--captions", "-o", "first.mp4");
        assertThat(render.code()).as(render.toString()).isZero();
        String id = render.json().get("id").asText();
        assertThat(dir.resolve("config/sandbox/world.jsonl")).as("state lives in the config folder, not the real home").exists();
        assertThat(dir.resolve("home")).doesNotExist();

        Cli.Result get = cli.run("--sandbox", "get", id);
        assertThat(get.code()).as(get.toString()).isZero();
        assertThat(get.out()).contains(id, "completed");
        assertThat(cli.run("--sandbox", "list").out()).contains(id);
        Cli.Result download = cli.run("--sandbox", "download", id, "-o", "again/", "--srt");
        assertThat(download.code()).as(download.toString()).isZero();
        assertThat(dir.resolve("again").resolve(id + ".mp4")).exists();
        assertThat(Files.size(dir.resolve("again").resolve(id + ".mp4"))).isEqualTo(Files.size(dir.resolve("first.mp4")));
        assertThat(dir.resolve("again").resolve(id + ".srt")).exists();
        assertThat(cli.run("history").out()).contains(id);
    }

    @Test
    void the_follow_up_no_wait_prints_works_and_reset_clears_the_world() {
        Cli cli = new Cli(dir, null);
        Cli.Result submitted = cli.run("--sandbox", "render", "--look", "anna", "--say", "Later", "--no-wait");
        assertThat(submitted.code()).as(submitted.toString()).isZero();
        String id = submitted.out().lines().filter(l -> l.startsWith("id")).findFirst().orElseThrow().split("\\s+")[1];
        assertThat(submitted.err()).contains("heygen --sandbox get " + id);
        Cli.Result get = cli.run("--sandbox", "get", id);
        assertThat(get.code()).as(get.toString()).isZero();
        assertThat(get.out()).contains(id);

        Cli.Result reset = cli.run("sandbox", "reset");
        assertThat(reset.code()).as(reset.toString()).isZero();
        assertThat(reset.err()).contains("cleared");
        assertThat(cli.run("--sandbox", "get", id).code()).isEqualTo(Main.FAILED);
        assertThat(cli.run("--sandbox", "list").err()).contains("0 videos");
    }
}
