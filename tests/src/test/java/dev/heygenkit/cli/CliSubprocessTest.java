package dev.heygenkit.cli;

import dev.heygenkit.testing.Deliveries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The CLI as a real process: {@code java -cp <kit and its dependencies> dev.heygenkit.cli.Main ...}. */
class CliSubprocessTest {
    @TempDir
    Path dir;

    static String classPath() throws IOException {
        Path lib = Path.of(System.getProperty("heygen.lib.dir"));
        String deps = Files.readString(lib.resolve("target/runtime-classpath.txt")).strip();
        return lib.resolve("target/classes") + File.pathSeparator + deps;
    }

    ProcessBuilder java(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", classPath(), "dev.heygenkit.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("HEYGEN_"));
        env.put("HEYGEN_CONFIG_DIR", dir.resolve("config").toString());
        return pb;
    }

    record Run(int code, String out, String err) {
    }

    Run run(String... args) throws Exception {
        Process p = java(args).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void sandbox_render_in_a_fresh_jvm_writes_a_playable_file_and_exits_0() throws Exception {
        Run r = run("--sandbox", "render", "--look", "anna", "--say", "Hello", "-o", "hello.mp4");
        assertThat(r.code()).as(r.err()).isZero();
        Mp4Boxes.assertPlayable(dir.resolve("hello.mp4"), 2000);
        assertThat(r.out()).contains("hello.mp4");
        assertThat(r.err()).doesNotContain("INFO:", "HttpLog");
    }

    @Test
    void exit_codes_reach_the_shell() throws Exception {
        assertThat(run("--version").code()).isZero();
        Run usage = run("render", "--lok", "anna");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("did you mean --look?");
        Run auth = run("quota");
        assertThat(auth.code()).isEqualTo(3);
        assertThat(auth.err()).contains("--sandbox");
    }

    @Test
    void standalone_sandbox_serves_until_terminated_and_stops_cleanly() throws Exception {
        // destroy() closes the pipes, so stderr goes to a file that outlives the process.
        Path errFile = dir.resolve("sandbox.err");
        Process p = java("sandbox", "--port", "0", "--clock-speed", "60").redirectError(errFile.toFile()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String base = out.readLine();
            assertThat(base).matches("http://127\\.0\\.0\\.1:\\d+");
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "/_sandbox/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            // SIGTERM, as Ctrl-C's SIGINT: the shutdown hook closes the sandbox.
            p.destroy();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(errFile, StandardCharsets.UTF_8);
            assertThat(err).contains("export HEYGEN_API_BASE=" + base, "sandbox: stopped " + base);
        } finally {
            p.destroyForcibly();
        }
    }
    @Test
    void webhooks_listen_records_a_delivery_and_stops_cleanly_on_a_termination_signal() throws Exception {
        String secret = "whsec_subprocess_secret";
        Files.writeString(dir.resolve("secret.txt"), secret + "\n");
        Process p = java("webhooks", "listen", "--secret-file", "secret.txt", "--out", "events.jsonl").start();
        try {
            BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String listening = err.readLine();
            assertThat(listening).startsWith("listening on http://127.0.0.1:");
            URI url = URI.create(listening.substring("listening on ".length(), listening.indexOf(' ', "listening on ".length())));
            byte[] body = "{\"event_id\":\"evt_1\",\"event_type\":\"avatar_video.success\",\"event_data\":{\"video_id\":\"vid_1\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            assertThat(Deliveries.post(url, body, secret)).isEqualTo(200);
            assertThat(out.readLine()).contains("avatar_video.success  video=vid_1  event=evt_1");
            // SIGTERM through kill(1) takes the same shutdown-hook path as Ctrl-C's SIGINT, and leaves the pipes open.
            assertThat(new ProcessBuilder("kill", "-TERM", String.valueOf(p.pid())).start().waitFor()).isZero();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            String rest = err.lines().collect(java.util.stream.Collectors.joining("\n"));
            assertThat(rest).contains("webhooks: stopped " + url, "1 new event, 0 repeated, 0 rejected; recorded in ")
                    .doesNotContain(secret);
            assertThat(Files.readAllLines(dir.resolve("events.jsonl"))).hasSize(1);
        } finally {
            p.destroyForcibly();
        }
    }
}
