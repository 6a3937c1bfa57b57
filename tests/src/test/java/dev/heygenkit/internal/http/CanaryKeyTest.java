package dev.heygenkit.internal.http;

import dev.heygenkit.internal.Internals;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.heygenkit.HeyGen;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.api.AvatarVideoRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.heygenkit.internal.http.WireFixture.CANARY_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A canary key used for every kind of call, error and log line must never appear in anything the kit prints, logs or
 * throws, even when the server echoes it back.
 */
class CanaryKeyTest extends WireTest {
    private static final List<String> captured = new ArrayList<>();
    private static final Logger KIT_LOG = Logger.getLogger("dev.heygenkit");
    private static Level previousLevel;
    private static Handler handler;
    private PrintStream out;
    private PrintStream err;
    private ByteArrayOutputStream console;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() {
        previousLevel = KIT_LOG.getLevel();
        KIT_LOG.setLevel(Level.ALL);
        handler = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                synchronized (captured) {
                    captured.add(format.format(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        handler.setLevel(Level.ALL);
        KIT_LOG.addHandler(handler);
    }

    @AfterAll
    static void stop() {
        KIT_LOG.removeHandler(handler);
        KIT_LOG.setLevel(previousLevel);
    }

    @BeforeEach
    void capture() {
        synchronized (captured) {
            captured.clear();
        }
        out = System.out;
        err = System.err;
        console = new ByteArrayOutputStream();
        PrintStream tee = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(tee);
        System.setErr(tee);
        // Built again under capture: whatever building a client prints must be checked too.
        client = wire.client();
    }

    @AfterEach
    void restore() {
        System.setOut(out);
        System.setErr(err);
    }

    private final List<String> texts = new ArrayList<>();

    /** Runs a call and keeps every text its failure carries: message, hint, fields, toString and causes. */
    private void run(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            collect(e);
        }
    }

    private void collect(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
            texts.add(t.toString());
            if (t instanceof HeyGenException h) {
                texts.add(h.code());
                texts.add(String.valueOf(h.hint()));
            }
            if (t instanceof dev.heygenkit.ApiException a) {
                texts.add(String.valueOf(a.param()));
                texts.add(String.valueOf(a.docUrl()));
                texts.add(String.valueOf(a.requestId()));
            }
        }
    }

    private void assertNoCanaryAnywhere() {
        List<String> everything = new ArrayList<>(texts);
        synchronized (captured) {
            everything.addAll(captured);
        }
        everything.add(console.toString(StandardCharsets.UTF_8));
        assertThat(everything).noneMatch(s -> s.contains(CANARY_KEY));
        // The scan only means something if the key really travelled and the log really was written.
        assertThat(wire.server().getAllServeEvents()).anyMatch(e -> CANARY_KEY.equals(e.getRequest().getHeader("x-api-key")));
    }

    private static String echo(String code) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"key " + CANARY_KEY + " rejected\",\"param\":\"" + CANARY_KEY
                + "\",\"doc_url\":\"https://x/" + CANARY_KEY + "\"}}";
    }

    @Test
    void every_error_kind_and_the_debug_log_stay_free_of_the_key() {
        for (int status : new int[]{400, 401, 402, 403, 404, 409, 413, 422, 429, 500, 502, 503, 504}) {
            wire.server().stubFor(get("/v3/voices/s" + status).willReturn(aResponse().withStatus(status)
                    .withHeader("X-Request-Id", CANARY_KEY).withHeader("Set-Cookie", "k=" + CANARY_KEY)
                    .withHeader("X-Echo", CANARY_KEY).withBody(echo("code_" + status))));
            run(() -> client.voices().get("s" + status));
        }
        wire.server().stubFor(get("/v3/voices/html").willReturn(aResponse().withStatus(502)
                .withBody("<html><body>proxy saw x-api-key: " + CANARY_KEY + "</body></html>")));
        run(() -> client.voices().get("html"));
        wire.server().stubFor(get("/v3/voices/text").willReturn(aResponse().withStatus(400).withBody("bad key " + CANARY_KEY)));
        run(() -> client.voices().get("text"));
        wire.server().stubFor(get("/v3/voices/empty").willReturn(aResponse().withStatus(503)));
        run(() -> client.voices().get("empty"));
        HeyGen impatient = wire.builder().maxRetries(0).readTimeout(Duration.ofMillis(200)).writeTimeout(Duration.ofMillis(200)).build();
        wire.server().stubFor(get("/v3/voices/slow").willReturn(okJson("{}").withFixedDelay(800)));
        run(() -> impatient.voices().get("slow"));
        wire.server().stubFor(post("/v3/videos").willReturn(okJson("{}").withFixedDelay(800)));
        run(() -> impatient.videos().create(AvatarVideoRequest.of(CANARY_KEY, null)));
        wire.server().stubFor(get("/v3/voices/portal").willReturn(aResponse().withStatus(200)
                .withBody("<html>you sent " + CANARY_KEY + "</html>")));
        run(() -> client.voices().get("portal"));
        wire.server().stubFor(get("/v3/voices/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        run(() -> client.voices().get("reset"));
        assertThat(texts).anyMatch(t -> t.contains("<redacted>"));
        synchronized (captured) {
            assertThat(captured).anyMatch(l -> l.contains("x-api-key=<redacted>"));
        }
        assertNoCanaryAnywhere();
    }

    @Test
    void successful_calls_logged_at_debug_with_an_echoing_server_stay_free_of_the_key() {
        wire.server().stubFor(any(anyUrl()).willReturn(okJson("{\"data\":{\"id\":\"x\",\"note\":\"" + CANARY_KEY + "\"},"
                + "\"has_more\":false}").withHeader("X-Echo", CANARY_KEY).withHeader("Authorization", "Bearer " + CANARY_KEY)));
        run(() -> client.looks().get("look_1"));
        run(() -> client.voices().list().items());
        run(() -> client.raw().post("/v3/anything", Map.of("echo", CANARY_KEY)));
        run(() -> client.raw().get("/v3/echo", Map.of("key", CANARY_KEY)));
        synchronized (captured) {
            assertThat(captured).anyMatch(l -> l.contains("response headers"));
        }
        assertNoCanaryAnywhere();
    }

    @Test
    void a_key_passed_by_mistake_as_an_id_is_masked_in_errors_and_logs() {
        wire.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
        run(() -> client.videos().get(CANARY_KEY));
        run(() -> client.raw().delete("/v3/videos/" + CANARY_KEY));
        assertThat(texts).anyMatch(t -> t.contains("/v3/videos/<redacted>"));
        assertNoCanaryAnywhere();
    }

    @Test
    void a_storage_error_echoing_the_key_is_masked() throws Exception {
        Path file = Files.write(tmp.resolve("clip.mp4"), new byte[]{1, 2, 3});
        wire.server().stubFor(post("/v3/assets/direct-uploads").willReturn(okJson("{\"data\":{\"asset_id\":\"a1\",\"upload_url\":\""
                + wire.baseUrl() + "/storage/a1\",\"upload_headers\":{},\"expires_in_seconds\":60,\"max_bytes\":10,\"status\":\"pending_upload\"}}")));
        wire.server().stubFor(put("/storage/a1").willReturn(aResponse().withStatus(403).withBody("denied for " + CANARY_KEY)));
        run(() -> client.assets().uploadDirect(file, true));
        assertThat(texts).anyMatch(t -> t.contains("HTTP 403"));
        assertNoCanaryAnywhere();
    }

    @Test
    void string_forms_of_client_config_key_and_requests_hide_the_key() {
        texts.add(client.toString());
        texts.add(Internals.config(client).toString());
        texts.add(Internals.config(client).apiKey().toString());
        texts.add(Internals.transport(client).toString());
        texts.add(String.valueOf(Internals.config(client).retry()));
        wire.server().stubFor(get("/v3/voices/v1").willReturn(okJson("{\"data\":{\"voice_id\":\"v1\"}}")));
        texts.add(client.voices().get("v1").toString());
        assertThat(texts).noneMatch(s -> s.contains(CANARY_KEY));
        assertThat(client.toString()).contains("builder");
    }
}
