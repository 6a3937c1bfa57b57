package dev.heygenkit.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a CLI call loads: only the subcommand it names, no sandbox class and no TLS on the way to a plain-http API.
 * Class loading is deterministic, so these guard the start-up work without timing anything.
 */
class CliStartupTest {
    @TempDir
    Path dir;

    @Test
    void a_named_command_registers_only_itself_past_root_options_and_their_values() {
        assertThat(Root.commandsFor(new String[]{"looks", "--json"})).containsExactly(LooksCommand.class);
        assertThat(Root.commandsFor(new String[]{"--json", "-v", "--api-base", "http://127.0.0.1:9", "--poll", "1s", "voices"}))
                .containsExactly(VoicesCommand.class);
        assertThat(Root.commandsFor(new String[]{"--api-base=http://127.0.0.1:9", "render", "--look", "anna"}))
                .containsExactly(RenderCommand.class);
        assertThat(Root.commandsFor(new String[]{"status", "vid_1"})).as("an alias").containsExactly(GetCommand.class);
    }

    @Test
    void help_unknown_names_completion_and_argument_files_get_every_command() {
        for (String[] args : List.of(new String[]{}, new String[]{"--help"}, new String[]{"lokos"},
                new String[]{"completion", "bash"}, new String[]{"@args.txt"}, new String[]{"--", "looks"})) {
            assertThat(Root.commandsFor(args)).as(String.join(" ", args)).isEqualTo(Root.COMMANDS);
        }
    }

    @Test
    void every_command_still_runs_and_is_listed_and_suggested() {
        Cli cli = new Cli(dir, null);
        Cli.Result help = cli.run("--help");
        assertThat(help.code()).isZero();
        for (Class<?> c : Root.COMMANDS) {
            String name = c.getAnnotation(picocli.CommandLine.Command.class).name();
            assertThat(help.out()).as("--help lists " + name).contains("  " + name);
        }
        Cli.Result typo = cli.run("lokos");
        assertThat(typo.code()).isEqualTo(Main.USAGE);
        assertThat(typo.err()).contains("did you mean looks");
        Cli.Result sub = cli.run("webhooks", "endpoints", "--help");
        assertThat(sub.code()).as(sub.err()).isZero();
    }

    @Test
    void looks_against_a_plain_http_api_loads_no_sandbox_and_no_tls_class() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v3/avatars/looks", ex -> {
            byte[] body = ("{\"data\":[{\"id\":\"anna\",\"name\":\"Anna\",\"avatar_type\":\"studio_avatar\"}],"
                    + "\"has_more\":false,\"next_token\":null}").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + dir.resolve("classes.txt"),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "looks", "--json");
            pb.environment().keySet().removeIf(k -> k.startsWith("HEYGEN_"));
            pb.environment().put("HEYGEN_API_BASE", "http://127.0.0.1:" + server.getAddress().getPort());
            pb.environment().put("HEYGEN_API_KEY", "test-key");
            pb.environment().put("HEYGEN_CONFIG_DIR", dir.resolve("config").toString());
            Process p = pb.redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            assertThat(out).contains("\"id\" : \"anna\"");
            String loaded = Files.readString(dir.resolve("classes.txt"));
            // SpecOptions is the mixin of render and batch: loaded only when picocli reflects over them.
            assertThat(loaded).contains("dev.heygenkit.cli.LooksCommand ")
                    .doesNotContain("dev.heygenkit.cli.SpecOptions ")
                    .doesNotContain("dev.heygenkit.sandbox.")
                    .doesNotContain("sun.security.ssl.SSLContextImpl");
        } finally {
            server.stop(0);
        }
    }
}
