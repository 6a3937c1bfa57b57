package dev.heygenkit.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The command line around the server: stdin to stdout until stdin ends, exit codes, nothing but JSON-RPC on stdout. */
class HeyGenMcpMainTest {
    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return HeyGenMcp.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String lines(String... messages) {
        return String.join("\n", messages) + "\n";
    }

    @Test
    void answers_every_request_even_when_stdin_closes_right_after_them_then_exits_0() throws Exception {
        String stdin = lines(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"list_voices\",\"arguments\":{\"limit\":2}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"get_video\",\"arguments\":{\"video_id\":\"nope\"}}}");
        Path videos = folder.resolve("videos");
        assertThat(run(stdin, "--sandbox", "--folder", videos.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(videos).as("a missing --folder is created").isDirectory();
        List<Integer> ids = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            JsonNode m = McpHarness.JSON.readTree(line);
            assertThat(m.get("jsonrpc").asText()).as(line).isEqualTo("2.0");
            ids.add(m.get("id").asInt());
        }
        assertThat(ids).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"isError\":true", "en_");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("offline sandbox", videos.toRealPath().toString(), "unlimited");
    }

    @Test
    void main_serves_in_its_own_jvm_on_the_modules_runtime_class_path_alone() throws Exception {
        // Maven's class path of the module, without the test scope: no JSON Schema validator, no JUnit.
        Path module = Path.of(System.getProperty("heygen.repo.root"), "mcp", "target");
        String cp = module.resolve("classes") + java.io.File.pathSeparator + Files.readString(module.resolve("runtime-classpath.txt")).strip();
        assertThat(cp).doesNotContain("networknt", "junit");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
                "dev.heygenkit.mcp.HeyGenMcp", "--sandbox", "--folder", folder.toString())
                .redirectError(folder.resolve("stderr.txt").toFile()).start();
        try (var stdin = p.getOutputStream()) {
            stdin.write(lines(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}",
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"list_avatar_looks\","
                            + "\"arguments\":{\"limit\":2,\"contact_sheet\":true}}}").getBytes(StandardCharsets.UTF_8));
        }
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(folder.resolve("stderr.txt"));
        assertThat(p.exitValue()).as(stderr).isZero();
        assertThat(stdout.split("\n")).hasSize(2).allSatisfy(l -> assertThat(McpHarness.JSON.readTree(l).get("jsonrpc").asText()).isEqualTo("2.0"));
        assertThat(stdout).contains("\"structuredContent\"", "image/png").doesNotContain("\"isError\":true");
        assertThat(stderr).contains("offline sandbox").doesNotContain("Exception", "SLF4J");
    }

    @Test
    void a_request_the_sdk_ignores_before_initialized_does_not_keep_the_server_waiting_at_the_end() {
        String stdin = lines(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
        int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(stdin, "--sandbox", "--folder", folder.toString()));
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"id\":1").doesNotContain("\"id\":2");
    }

    @Test
    void bad_command_lines_exit_2_and_print_nothing_on_stdout() throws Exception {
        assertThat(run("", "--max-videos", "-1", "--sandbox", "--folder", folder.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--max-videos -1");
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        assertThat(run("", "--folder", file.toString(), "--sandbox")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("a-file is not a directory", "--folder");
        assertThat(run("", "--max-video", "3")).isEqualTo(2);
        assertThat(run("", "--help")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--max-videos", "--folder", "--sandbox");
        assertThat(out.size()).as("stdout is the protocol only").isZero();
    }
}
