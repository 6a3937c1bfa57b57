package dev.heygenkit.internal.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

/** What the kit logs through System.Logger (JUL here): one line per request at info, headers and bodies at debug. */
class LoggingTest extends WireTest {
    private static final Logger LOG = Logger.getLogger(HttpLog.NAME);
    private final List<LogRecord> records = new ArrayList<>();
    private Handler handler;
    private Level previous;

    @BeforeEach
    void capture() {
        previous = LOG.getLevel();
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (records) {
                    records.add(record);
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
        LOG.addHandler(handler);
    }

    @AfterEach
    void release() {
        LOG.removeHandler(handler);
        LOG.setLevel(previous);
    }

    private List<String> messages(Level atLeast) {
        synchronized (records) {
            return records.stream().filter(r -> r.getLevel().intValue() >= atLeast.intValue()).map(LogRecord::getMessage).toList();
        }
    }

    @Test
    void info_logs_one_line_per_request_with_status_attempt_and_request_id_but_no_bodies() {
        LOG.setLevel(Level.INFO);
        wire.server().stubFor(post("/v3/voices/speech").willReturn(okJson("{\"data\":{\"audio_url\":\"u\",\"duration\":1}}")
                .withHeader("X-Request-Id", "req-77")));
        client.voices().speech("voice_1", "Secret script text");
        assertThat(messages(Level.INFO)).singleElement().satisfies(line -> assertThat(line)
                .matches("POST /v3/voices/speech -> 200 in \\d+ ms \\(attempt 1, request_id req-77\\)"));
        assertThat(messages(Level.ALL)).noneMatch(l -> l.contains("Secret script text"));
    }

    @Test
    void debug_adds_headers_and_bodies_with_the_key_masked() {
        LOG.setLevel(Level.FINE);
        wire.server().stubFor(post("/v3/voices/speech").willReturn(okJson("{\"data\":{\"audio_url\":\"u\",\"duration\":1}}")));
        client.voices().speech("voice_1", "Hello log");
        List<String> all = messages(Level.ALL);
        assertThat(all).anySatisfy(l -> assertThat(l).startsWith("request headers: x-api-key=<redacted>, User-Agent=heygen-kit/")
                .contains("Idempotency-Key=hk-").contains("\"text\":\"Hello log\""));
        assertThat(all).anySatisfy(l -> assertThat(l).startsWith("response headers: ").contains("\"audio_url\":\"u\""));
    }

    @Test
    void retries_and_final_failures_are_logged_at_info() {
        LOG.setLevel(Level.INFO);
        wire.server().stubFor(get("/v3/voices/v1").willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        try {
            wire.builder().maxRetries(1).build().voices().get("v1");
        } catch (RuntimeException expected) {
            // the log is what this test is about
        }
        assertThat(messages(Level.INFO)).anyMatch(l -> l.matches("GET /v3/voices/v1: \\w+, retry 1 of 1 in 1000 ms"))
                .anyMatch(l -> l.startsWith("GET /v3/voices/v1 failed: "));
    }

    @Test
    void nothing_is_logged_when_the_level_is_off() {
        LOG.setLevel(Level.OFF);
        wire.server().stubFor(get("/v3/users/me").willReturn(okJson("{\"data\":{}}")));
        client.users().me();
        client.raw().get("/v3/users/me", Map.of());
        assertThat(messages(Level.ALL)).isEmpty();
    }
}
