package dev.heygenkit.internal.http;

import dev.heygenkit.RetryPolicy;
import dev.heygenkit.internal.Internals;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.heygenkit.HeyGen;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A WireMock server on 127.0.0.1 and clients pointed at it with a canary key, a recording sleeper, a fixed jitter
 * (factor 1.0) and a fixed clock, and an empty environment so nothing depends on the developer's shell.
 */
public final class WireFixture implements AutoCloseable {
    /** A key distinctive enough that finding it anywhere in output is proof of a leak. */
    public static final String CANARY_KEY = "hgk_CANARY_9f3XqL7vZ2mKp4Rw8sTn";
    /** The instant the fixed clock shows. */
    public static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final WireMockServer server;
    private final RecordingSleeper sleeper = new RecordingSleeper();

    private WireFixture(WireMockServer server) {
        this.server = server;
    }

    /** Starts a server on an ephemeral loopback port. */
    public static WireFixture start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .asynchronousResponseEnabled(false).containerThreads(20));
        server.start();
        return new WireFixture(server);
    }

    /** The server, for stubbing and verification. */
    public WireMockServer server() {
        return server;
    }

    /** The sleeper every client of this fixture uses. */
    public RecordingSleeper sleeper() {
        return sleeper;
    }

    /** The server's root URL, e.g. {@code http://127.0.0.1:50123}. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** A retry policy with the default delays and a jitter factor of exactly 1.0. */
    public static RetryPolicy fixedJitter(int retries) {
        return new RetryPolicy(retries, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.25, () -> 0.5);
    }

    /** A fixed environment with only these variables set and a home directory that holds no credentials. */
    public static Env env(Map<String, String> vars, Path home) {
        return Env.of(vars, Map.of(), home);
    }

    /** A builder bound to this server with the canary key and test doubles; callers may override anything. */
    public HeyGen.Builder builder() {
        return Internals.env(HeyGen.builder(), Env.of(Map.of(), Map.of(), Path.of("/nonexistent-heygen-home")))
                .apiKey(CANARY_KEY)
                .baseUrl(server.baseUrl())
                .retryPolicy(fixedJitter(RetryPolicy.DEFAULT_MAX_RETRIES))
                .sleeper(sleeper)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** A client with the defaults of {@link #builder()}. */
    public HeyGen client() {
        return builder().build();
    }

    /** Removes stubs and recorded requests and forgets recorded waits. */
    public void reset() {
        server.resetAll();
        sleeper.clear();
    }

    /** The requests that matched a pattern, in arrival order. */
    public List<LoggedRequest> requests(RequestPatternBuilder pattern) {
        return server.findAll(pattern);
    }

    /** The body of a logged request parsed as JSON. */
    public static JsonNode body(LoggedRequest request) {
        return Json.parse(request.getBodyAsString());
    }

    /** A hand-written example response from {@code contract/responses/}, as text. */
    public static String response(String name) {
        try (var in = WireFixture.class.getResourceAsStream("/contract/responses/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example response contract/responses/" + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
