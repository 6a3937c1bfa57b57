package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.HeyGen;
import dev.heygenkit.WebhookReceiver;
import dev.heygenkit.api.WebhookEndpointUpdate;
import dev.heygenkit.internal.http.Env;
import dev.heygenkit.sandbox.Sandbox;
import dev.heygenkit.testing.Deliveries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Black-box tests of {@code heygen webhooks listen|endpoints|events} against a manual-clock sandbox on 127.0.0.1. */
class CliWebhooksTest {
    static final String SECRET = "whsec_cli_test_secret_A";
    static final String SECRET_B = "whsec_cli_test_secret_B";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Sandbox sandbox;
    Cli cli;

    @BeforeEach
    void setUp() {
        sandbox = Sandbox.builder().manualClock().webhookBackoff(Duration.ofMillis(50)).start();
        cli = new Cli(dir, sandbox.baseUri().toString());
    }

    @AfterEach
    void tearDown() {
        sandbox.close();
    }

    static int post(URI url, String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return secret == null ? Deliveries.post(url, bytes, Deliveries.HEADER, null) : Deliveries.post(url, bytes, secret);
    }

    static String event(String id, String video) {
        return "{\"event_id\":\"" + id + "\",\"event_type\":\"avatar_video.success\",\"event_data\":{\"video_id\":\"" + video + "\"}}";
    }

    String createVideo() throws Exception {
        HttpResponse<String> r = Deliveries.send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + "/v3/videos"))
                .header("x-api-key", "k").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hi there.\"}"))
                .build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("data").get("video_id").asText();
    }

    /** {@code heygen webhooks listen ...} running on its own thread; {@link #url()} waits for its "listening on" line. */
    final class Listen {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final StringBuffer err = new StringBuffer();
        final CountDownLatch listening = new CountDownLatch(1);
        final CompletableFuture<Integer> code;

        Listen(String... args) {
            OutputStream errSink = new OutputStream() {
                @Override
                public void write(int b) {
                    err.append((char) b);
                    if (b == '\n' && err.indexOf("listening on ") >= 0) {
                        listening.countDown();
                    }
                }
            };
            Map<String, String> env = new HashMap<>(Map.of("HEYGEN_CONFIG_DIR", dir.resolve("config").toString(),
                    "HEYGEN_API_BASE", sandbox.baseUri().toString(), "HEYGEN_API_KEY", Cli.KEY));
            Env e = Env.of(env, Map.of("user.dir", dir.toString()), dir.resolve("home"));
            code = CompletableFuture.supplyAsync(() -> {
                try {
                    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(errSink, true),
                            e, new ByteArrayInputStream(new byte[0]), false);
                } finally {
                    listening.countDown();
                }
            });
        }

        URI url() throws Exception {
            assertThat(listening.await(10, TimeUnit.SECONDS)).as("listen started").isTrue();
            Matcher m = Pattern.compile("listening on (\\S+)").matcher(err);
            assertThat(m.find()).as("a listening line in: %s", err).isTrue();
            return URI.create(m.group(1));
        }

        int exit() throws Exception {
            int c = code.get(20, TimeUnit.SECONDS);
            assertThat(out() + err).as("no key or secret in any output").doesNotContain(Cli.KEY, SECRET, SECRET_B);
            return c;
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void listen_prints_one_line_per_new_event_records_them_and_stops_after_count() throws Exception {
        Listen l = new Listen("webhooks", "listen", "--port", "0", "--secret", SECRET, "--out", "events.jsonl", "--count", "2");
        URI url = l.url();
        assertThat(post(url, event("evt_1", "vid_1"), SECRET)).isEqualTo(200);
        assertThat(post(url, event("evt_1", "vid_1"), SECRET)).isEqualTo(200);
        assertThat(post(url, event("evt_2", "vid_2"), SECRET_B)).isEqualTo(401);
        assertThat(post(url, event("evt_2", "vid_2"), null)).isEqualTo(401);
        assertThat(post(url, event("evt_3", "vid_3"), SECRET)).isEqualTo(200);
        assertThat(l.exit()).as(l.err.toString()).isZero();
        List<String> lines = l.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\S+Z  avatar_video\\.success  video=vid_1  event=evt_1");
        assertThat(lines.get(1)).contains("video=vid_3");
        assertThat(Files.readAllLines(dir.resolve("events.jsonl"))).hasSize(2);
        assertThat(l.err.toString()).contains("listening on http://127.0.0.1:", "1 secret", "header X-HeyGen-Signature",
                "repeat of avatar_video.success", "(401)", "2 new events, 1 repeated, 2 rejected; recorded in "
                        + dir.resolve("events.jsonl"));
    }

    @Test
    void listen_json_prints_the_events_file_lines_and_a_secret_file_may_hold_old_and_new_secrets() throws Exception {
        Files.writeString(dir.resolve("secrets.txt"), SECRET + "\n# the new one\n" + SECRET_B + "\n");
        Listen l = new Listen("webhooks", "listen", "--secret-file", "secrets.txt", "--json", "--verbose", "--count", "2",
                "--header", "Signature");
        URI url = l.url();
        byte[] body = event("evt_1", "vid_1").getBytes(StandardCharsets.UTF_8);
        assertThat(Deliveries.post(url, body, SECRET)).as("signed under the default header").isEqualTo(401);
        for (String[] s : new String[][]{{"evt_1", SECRET}, {"evt_2", SECRET_B}}) {
            byte[] b = event(s[0], "v").getBytes(StandardCharsets.UTF_8);
            assertThat(Deliveries.post(url, b, "Signature", Deliveries.sign(s[1], b))).isEqualTo(200);
        }
        assertThat(l.exit()).isZero();
        List<JsonNode> events = l.out().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
        assertThat(events).extracting(e -> e.get("event_id").asText()).containsExactly("evt_1", "evt_2");
        assertThat(events.get(0).get("verified").asBoolean()).isTrue();
        assertThat(l.err.toString()).contains("2 secrets", "header Signature");
    }

    @Test
    void listen_with_insecure_takes_unsigned_deliveries_and_warns() throws Exception {
        Listen l = new Listen("webhooks", "listen", "--insecure", "--count", "1");
        assertThat(post(l.url(), event("evt_1", "vid_1"), null)).isEqualTo(200);
        assertThat(l.exit()).isZero();
        assertThat(l.out()).contains("video=vid_1", "unsigned");
        assertThat(l.err.toString()).contains("warning: --insecure", "callback_url");
    }

    @Test
    void only_loopback_hosts_count_as_private_so_other_binds_get_a_warning() {
        for (String host : List.of("127.0.0.1", "localhost", "::1", "127.0.0.2")) {
            assertThat(WebhookListenCommand.loopback(host)).as(host).isTrue();
        }
        for (String host : List.of("0.0.0.0", "::", "192.0.2.10")) {
            assertThat(WebhookListenCommand.loopback(host)).as(host).isFalse();
        }
    }

    @Test
    void listen_usage_errors_are_one_line_with_exit_2() throws Exception {
        Cli.Result none = cli.run("webhooks", "listen");
        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).startsWith("error: no webhook secret: pass --secret or --secret-file").contains("--insecure");
        Cli.Result range = cli.run("webhooks", "listen", "--secret", SECRET, "--port", "70000");
        assertThat(range.code()).isEqualTo(2);
        assertThat(range.err()).startsWith("error: --port 70000 is out of range; use 1 to 65535, or 0 for any free port\n");
        Cli.Result word = cli.run("webhooks", "listen", "--secret", SECRET, "--port", "eighty");
        assertThat(word.code()).isEqualTo(2);
        assertThat(word.err()).contains("--port", "eighty");
        Cli.Result missing = cli.run("webhooks", "listen", "--secret-file", "nope.txt");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("error: cannot read --secret-file " + dir.resolve("nope.txt") + ": no such file\n");
        Files.writeString(dir.resolve("empty.txt"), "\n# nothing\n");
        Cli.Result empty = cli.run("webhooks", "listen", "--secret-file", "empty.txt");
        assertThat(empty.code()).isEqualTo(2);
        assertThat(empty.err()).contains("holds no secret");
        assertThat(none.err() + range.err() + word.err() + missing.err() + empty.err()).doesNotContain(SECRET);
    }

    @Test
    void listen_on_a_port_in_use_exits_2_with_a_one_line_error() {
        try (WebhookReceiver busy = WebhookReceiver.builder().secret(SECRET).start()) {
            Cli.Result r = cli.run("webhooks", "listen", "--secret", SECRET, "--port", String.valueOf(busy.port()));
            assertThat(r.code()).as("found before any request, like a usage error").isEqualTo(Main.USAGE);
            assertThat(r.err()).startsWith("error: --port " + busy.port() + " is already in use on 127.0.0.1;");
            assertThat(r.err()).doesNotContain(SECRET);
        }
    }

    @Test
    void endpoints_create_prints_the_secret_once_list_never_does_rotate_replaces_it_and_delete_removes_it() throws Exception {
        Cli.Result created = cli.run("webhooks", "endpoints", "create", "https://example.com/hooks",
                "--events", "avatar_video.success,avatar_video.fail");
        assertThat(created.code()).as(created.toString()).isZero();
        Matcher m = Pattern.compile("endpoint_id\\s+(\\S+)").matcher(created.out());
        assertThat(m.find()).isTrue();
        String id = m.group(1);
        String secret = created.out().replaceAll("(?s).*secret\\s+(whsec_\\S+).*", "$1");
        assertThat(secret).startsWith("whsec_");
        assertThat(created.out()).contains("events       avatar_video.success,avatar_video.fail");
        assertThat(created.err()).contains("Store the secret now: it is shown only this once");

        Cli.Result list = cli.run("webhooks", "endpoints", "list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains(id, "https://example.com/hooks", "enabled").doesNotContain(secret);
        JsonNode json = cli.run("webhooks", "endpoints", "list", "--json").json();
        assertThat(json).hasSize(1);
        assertThat(json.get(0).has("secret")).isFalse();

        Cli.Result rotated = cli.run("webhooks", "endpoints", "rotate", id, "--json");
        assertThat(rotated.code()).isZero();
        String fresh = rotated.json().get("secret").asText();
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(secret);
        assertThat(rotated.out()).doesNotContain(secret);

        Cli.Result deleted = cli.run("webhooks", "endpoints", "delete", id);
        assertThat(deleted.code()).isZero();
        assertThat(deleted.out()).isEqualTo("deleted endpoint " + id + "\n");
        assertThat(cli.run("webhooks", "endpoints", "list", "--json").json()).isEmpty();
        Cli.Result gone = cli.run("webhooks", "endpoints", "delete", id);
        assertThat(gone.code()).isEqualTo(1);
        assertThat(gone.err()).contains(id);
    }

    @Test
    void endpoints_create_refuses_a_url_that_is_not_http_with_exit_2() {
        Cli.Result r = cli.run("webhooks", "endpoints", "create", "example.com/hooks");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: URL \"example.com/hooks\" is not an absolute https:// URL");
        assertThat(cli.run("webhooks", "endpoints", "list", "--json").json()).isEmpty();
    }

    @Test
    void events_lists_what_the_sandbox_sent_filtered_by_type() throws Exception {
        String id = createVideo();
        sandbox.advance(Duration.ofMinutes(10));
        Cli.Result all = cli.run("webhooks", "events");
        assertThat(all.code()).as(all.toString()).isZero();
        assertThat(all.out()).startsWith("EVENT_ID").contains("avatar_video.success", id);
        assertThat(all.err()).contains("1 event");
        Cli.Result fails = cli.run("webhooks", "events", "--type", "avatar_video.fail", "--json");
        assertThat(fails.code()).isZero();
        assertThat(fails.json()).isEmpty();
        JsonNode successes = cli.run("webhooks", "events", "--type", "avatar_video.success", "--json").json();
        assertThat(successes).hasSize(1);
        assertThat(successes.get(0).get("event_data").get("video_id").asText()).isEqualTo(id);
    }

    @Test
    void end_to_end_an_endpoint_created_by_the_cli_delivers_a_finished_render_to_listen() throws Exception {
        Cli.Result created = cli.run("webhooks", "endpoints", "create", "https://example.com/placeholder", "--json");
        assertThat(created.code()).isZero();
        Files.writeString(dir.resolve("secret.txt"), created.json().get("secret").asText());
        Listen l = new Listen("webhooks", "listen", "--secret-file", "secret.txt", "--out", "events.jsonl", "--count", "1");
        URI url = l.url();
        HeyGen client = HeyGen.builder().apiKey("k").baseUrl(sandbox.baseUri().toString()).noJournal().build();
        client.webhooks().updateEndpoint(created.json().get("endpoint_id").asText(), WebhookEndpointUpdate.of().url(url.toString()));
        String video = createVideo();
        sandbox.advance(Duration.ofMinutes(10));
        assertThat(l.exit()).as(l.err.toString()).isZero();
        assertThat(l.out()).contains("avatar_video.success  video=" + video);
        assertThat(WebhookReceiver.read(dir.resolve("events.jsonl"), 0).events())
                .extracting(WebhookReceiver.Received::videoId).containsExactly(video);
        assertThat(l.out() + l.err).doesNotContain(created.json().get("secret").asText());
    }

    @Test
    void every_webhooks_command_has_help_with_an_example() {
        for (String[] cmd : new String[][]{{"webhooks"}, {"webhooks", "listen"}, {"webhooks", "events"}, {"webhooks", "endpoints"},
                {"webhooks", "endpoints", "list"}, {"webhooks", "endpoints", "create"}, {"webhooks", "endpoints", "rotate"},
                {"webhooks", "endpoints", "delete"}}) {
            String[] args = java.util.Arrays.copyOf(cmd, cmd.length + 1);
            args[cmd.length] = "--help";
            Cli.Result r = cli.run(args);
            assertThat(r.code()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains("Usage: heygen " + String.join(" ", cmd))
                    .containsPattern("Examples?:\\n  heygen webhooks");
        }
        assertThat(cli.run("--help").out()).contains("webhooks");
        assertThat(cli.run("webhooks").out()).contains("listen", "endpoints", "events");
    }
}
