package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code /_sandbox/} admin endpoints as routes on their own router, driven in-process through the engine. */
class AdminRoutesTest {
    private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

    private final Engine engine = new Engine(Sandbox.builder().manualClock().startTime(START).build(), null, "admin-routes-test");

    @AfterEach
    void close() {
        engine.close();
    }

    private Resp call(String method, String target, String body, String key) {
        int q = target.indexOf('?');
        Headers headers = new Headers();
        if (key != null) {
            headers.add("x-api-key", key);
        }
        if (body != null) {
            headers.add("Content-Type", "application/json");
        }
        return engine.process(new Req(method, q < 0 ? target : target.substring(0, q), q < 0 ? null : target.substring(q + 1), headers,
                body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8)));
    }

    private Resp admin(String method, String target, String body) {
        return call(method, target, body, null);
    }

    private static JsonNode json(Resp r) {
        try {
            return Json.parse(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Resp r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void every_admin_endpoint_is_a_route_that_answers_without_a_key() {
        Resp health = admin("GET", "/_sandbox/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(json(health).get("status").asText()).isEqualTo("ok");
        assertThat(json(health).get("clock").asText()).isEqualTo("manual");
        assertThat(json(admin("POST", "/_sandbox/clock/advance?seconds=90", null)).get("now").asText()).isEqualTo("2026-01-05T10:01:30Z");
        assertThat(engine.now()).isEqualTo(START.plusSeconds(90));

        Resp added = admin("POST", "/_sandbox/faults", "{\"fault\":\"503\",\"path\":\"/v3/users/me\",\"always\":true}");
        assertThat(json(added).get("data").get("fault").asText()).isEqualTo("503 /v3/users/me always");
        assertThat(json(admin("GET", "/_sandbox/faults", null)).get("data")).extracting(JsonNode::asText).containsExactly("503 /v3/users/me always");
        assertThat(admin("DELETE", "/_sandbox/faults", null).status()).isEqualTo(200);
        assertThat(json(admin("GET", "/_sandbox/faults", null)).get("data")).isEmpty();

        assertThat(json(admin("GET", "/_sandbox/requests", null)).get("data")).as("admin calls are not recorded").isEmpty();
        assertThat(json(admin("GET", "/_sandbox/deliveries", null)).get("data")).isEmpty();
        assertThat(json(admin("POST", "/_sandbox/reset", null)).get("data").get("reset").asBoolean()).isTrue();
    }

    @Test
    void admin_requests_skip_recording_faults_and_auth_that_api_requests_go_through() {
        engine.addFault(Fault.status(500).always());
        assertThat(admin("GET", "/_sandbox/health", null).status()).isEqualTo(200);
        assertThat(engine.requests()).isEmpty();

        assertThat(call("GET", "/v3/users/me", null, "sk_test").status()).isEqualTo(500);
        engine.clearFaults();
        assertThat(call("GET", "/v3/users/me", null, null).status()).isEqualTo(401);
        assertThat(engine.requests()).extracting(RecordedRequest::path).containsExactly("/v3/users/me", "/v3/users/me");
    }

    @Test
    void the_video_page_route_takes_the_id_from_the_path() {
        Resp created = call("POST", "/v3/videos", "{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hello there.\",\"title\":\"A <b> test\"}", "sk_test");
        assertThat(created.status()).as(text(created)).isEqualTo(200);
        String id = json(created).get("data").get("video_id").asText();

        Resp pending = admin("GET", "/_sandbox/videos/" + id, null);
        assertThat(pending.status()).isEqualTo(200);
        assertThat(pending.contentType()).startsWith("text/html");
        assertThat(text(pending)).contains("<h1>A &lt;b&gt; test</h1>", "Status: <b>pending</b>").doesNotContain("<video");

        engine.advance(java.time.Duration.ofSeconds(200));
        assertThat(text(admin("GET", "/_sandbox/videos/" + id, null))).contains("Status: <b>completed</b>", "<video controls");

        Resp missing = admin("GET", "/_sandbox/videos/vid_nope", null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(text(missing)).contains("No such sandbox video");
    }

    @ParameterizedTest
    @CsvSource({"PUT, /_sandbox/faults", "GET, /_sandbox/reset", "POST, /_sandbox/health", "GET, /_sandbox", "GET, /_sandbox/nothing",
            "DELETE, /_sandbox/videos/x", "GET, /_sandbox/clock/advance"})
    void a_wrong_method_or_unknown_admin_path_is_a_404_that_lists_the_admin_endpoints(String method, String path) {
        Resp r = admin(method, path, null);
        assertThat(r.status()).isEqualTo(404);
        JsonNode error = json(r).get("error");
        assertThat(error.get("code").asText()).isEqualTo("not_found");
        assertThat(error.get("message").asText()).startsWith("no sandbox admin endpoint " + method + " " + path)
                .contains("GET /_sandbox/health, POST /_sandbox/clock/advance");
    }
}
