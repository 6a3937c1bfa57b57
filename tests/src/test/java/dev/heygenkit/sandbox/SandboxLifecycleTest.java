package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting, stopping, options, the shared instance and the admin endpoints. */
class SandboxLifecycleTest {

    @Test
    void startup_time_is_measured_and_reported() throws Exception {
        // a cold JVM, as a script or the CLI sees it
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), StartupProbe.class.getName()).redirectErrorStream(true).start();
        String cold = new String(p.getInputStream().readAllBytes()).trim();
        assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(cold).contains("status=200");
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            try (Sandbox sb = Sandbox.builder().start()) {
                millis.add(Duration.ofNanos(System.nanoTime() - t0).toMillis());
                assertThat(sb.startupTime()).isPositive();
                assertThat(new Raw(sb).get("/v3/avatars/looks?limit=1").status()).isEqualTo(200);
            }
        }
        String report = "sandbox startup: cold JVM " + cold.lines().filter(l -> l.startsWith("start_ms")).findFirst().orElse(cold)
                + "; in a warm JVM (ms) " + millis;
        System.out.println(report);
        Path out = Path.of("target", "sandbox-startup.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report + System.lineSeparator());
        assertThat(millis).hasSize(3);
    }

    @Test
    void close_frees_the_port_and_stops_the_sandbox_threads() throws Exception {
        Sandbox sb = Sandbox.builder().clockSpeed(10).start();
        int port = sb.port();
        assertThat(new Raw(sb).get("/v3/users/me").status()).isEqualTo(200);
        assertThat(threadsOf(sb.name())).isNotEmpty();
        sb.close();
        sb.close();
        assertThat(sb.isClosed()).isTrue();
        assertThat(sb.awaitTermination(Duration.ofMillis(10))).isTrue();
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!threadsOf(sb.name()).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(threadsOf(sb.name())).isEmpty();
    }

    private static List<String> threadsOf(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(name + "-")).toList();
    }

    @Test
    void it_listens_on_loopback_only_and_a_fixed_port_can_be_chosen() throws Exception {
        int free;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        }
        try (Sandbox sb = Sandbox.builder().port(free).start()) {
            assertThat(sb.port()).isEqualTo(free);
            assertThat(sb.baseUri().toString()).isEqualTo("http://127.0.0.1:" + free);
            assertThatThrownBy(() -> Sandbox.builder().port(free).start()).hasMessageContaining("127.0.0.1:" + free);
        }
    }

    @Test
    void shared_is_one_running_instance_per_jvm_until_closed() {
        Sandbox a = Sandbox.shared();
        assertThat(Sandbox.shared()).isSameAs(a);
        assertThat(a.options().manualClock()).isFalse();
        assertThat(a.options().clockSpeed()).isEqualTo(SandboxOptions.DEFAULT_CLOCK_SPEED);
        assertThat(new Raw(a).get("/v3/avatars/looks/anna").status()).isEqualTo(200);
        a.close();
        Sandbox b = Sandbox.shared();
        assertThat(b).isNotSameAs(a);
        assertThat(b.isClosed()).isFalse();
    }

    @Test
    void options_parse_from_cli_style_pairs_and_hide_the_key() {
        SandboxOptions o = SandboxOptions.parse(Map.of("port", "8080", "clock-speed", "60", "manualClock", "false", "seed", "9",
                "failure-rate", "0.25", "credit-balance", "3.5", "rate_limit", "20", "url-ttl", "3600", "api-key", "sk_secret_value",
                "signature-header", "Signature"));
        assertThat(o.port()).isEqualTo(8080);
        assertThat(o.clockSpeed()).isEqualTo(60.0);
        assertThat(o.failureRate()).isEqualTo(0.25);
        assertThat(o.rateLimit()).isEqualTo(20);
        assertThat(o.urlTtl()).isEqualTo(Duration.ofHours(1));
        assertThat(o.signatureHeader()).isEqualTo("Signature");
        assertThat(o.toString()).doesNotContain("sk_secret_value");
        assertThatThrownBy(() -> SandboxOptions.parse(Map.of("colour", "red"))).hasMessageContaining("unknown sandbox option");
        assertThatThrownBy(() -> SandboxOptions.parse(Map.of("failure-rate", "2"))).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> SandboxOptions.parse(Map.of("port", "eighty"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Sandbox.builder().options(o).seed(1).build().port()).isEqualTo(8080);
    }

    @Test
    void a_default_http2_preferring_java_client_can_post_and_read() throws Exception {
        try (Sandbox sb = Sandbox.builder().manualClock().start()) {
            java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpResponse<String> r = client.send(java.net.http.HttpRequest.newBuilder(sb.baseUri().resolve("/v3/videos"))
                    .header("x-api-key", "k").header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hi\"}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"status\":\"waiting\"");
            assertThat(r.headers().firstValue("X-Request-Id")).isPresent();
        }
    }

    @Test
    void options_parse_from_command_line_words() {
        SandboxOptions o = SandboxOptions.parseArgs(List.of("--port", "9090", "--manual-clock", "--clock-speed=12", "--seed", "5"));
        assertThat(o.port()).isEqualTo(9090);
        assertThat(o.manualClock()).isTrue();
        assertThat(o.clockSpeed()).isEqualTo(12.0);
        assertThat(o.seed()).isEqualTo(5L);
        assertThat(SandboxOptions.parseArgs(List.of("--manual-clock", "false")).manualClock()).isFalse();
        assertThatThrownBy(() -> SandboxOptions.parseArgs(List.of("port", "1"))).hasMessageContaining("--name value");
        assertThatThrownBy(() -> SandboxOptions.parseArgs(List.of("--seed"))).hasMessageContaining("needs a value");
    }

    @Test
    void the_library_prints_nothing_and_reports_through_the_listener() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> lines = new CopyOnWriteArrayList<>();
        System.setOut(new PrintStream(captured));
        try (Sandbox sb = Sandbox.builder().manualClock().listener(lines::add).start()) {
            Raw raw = new Raw(sb);
            raw.post("/v3/videos", "{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hi\"}");
            sb.advance(Duration.ofHours(1));
        } finally {
            System.setOut(original);
        }
        assertThat(captured.size()).isZero();
        assertThat(lines).anyMatch(l -> l.contains("listening on http://127.0.0.1:"))
                .anyMatch(l -> l.contains("completed")).anyMatch(l -> l.contains("stopped"));
    }

    @Test
    void admin_endpoints_drive_an_out_of_process_sandbox() throws Exception {
        Instant start = Instant.parse("2026-02-01T00:00:00Z");
        try (Sandbox sb = Sandbox.builder().manualClock().startTime(start).start()) {
            Raw raw = new Raw(sb);
            JsonNode health = raw.get("/_sandbox/health").json();
            assertThat(health.get("status").asText()).isEqualTo("ok");
            assertThat(health.get("clock").asText()).isEqualTo("manual");
            String id = raw.post("/v3/videos", "{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hi\"}").data().get("video_id").asText();
            JsonNode advanced = raw.post("/_sandbox/clock/advance?seconds=600", null).json();
            assertThat(Instant.parse(advanced.get("now").asText())).isEqualTo(start.plusSeconds(600));
            assertThat(raw.get("/v3/videos/" + id).data().get("status").asText()).isEqualTo("completed");
            assertThat(raw.post("/_sandbox/clock/advance?seconds=-1", null).status()).isEqualTo(400);

            JsonNode requests = raw.get("/_sandbox/requests").json().get("data");
            assertThat(requests).anyMatch(r -> r.get("method").asText().equals("POST") && r.get("path").asText().equals("/v3/videos"));
            assertThat(requests.toString()).doesNotContain(Raw.KEY);

            Raw.Reply rule = raw.post("/_sandbox/faults", "{\"fault\":\"502\",\"method\":\"GET\",\"path\":\"/v3/users/me\",\"times\":1}");
            assertThat(rule.status()).isEqualTo(200);
            assertThat(raw.get("/_sandbox/faults").json().get("data").get(0).asText()).isEqualTo("502 on GET /v3/users/me x1");
            assertThat(raw.get("/v3/users/me").status()).isEqualTo(502);
            assertThat(raw.get("/v3/users/me").status()).isEqualTo(200);
            assertThat(raw.post("/_sandbox/faults", "{\"fault\":\"boom\"}").status()).isEqualTo(400);

            assertThat(raw.get("/_sandbox/deliveries").json().get("data")).isEmpty();
            assertThat(raw.post("/_sandbox/reset", null).status()).isEqualTo(200);
            assertThat(raw.get("/v3/videos/" + id).status()).isEqualTo(404);
            assertThat(raw.get("/v3/users/me").data().get("wallet").get("remaining_balance").asDouble()).isEqualTo(50.0);
            assertThat(raw.get("/_sandbox/nothing").status()).isEqualTo(404);
        }
    }
}
