package dev.heygenkit.reliability;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.heygenkit.HeyGen;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.HttpListener;
import dev.heygenkit.Video;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Speaker;
import dev.heygenkit.internal.http.WireFixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

/**
 * Every operation against every fault on a WireMock server on 127.0.0.1: the fault hits the first attempt of the
 * operation's target request (connection refused: every attempt, nothing listens), then the server answers normally.
 * Back-off waits go to a recording sleeper, so the whole matrix runs in seconds.
 */
final class FaultMatrix {
    /** The operations, each with the request that takes the fault. */
    enum Op {
        CREATE("create (POST /v3/videos)"), GET("get"), LIST("list, fault on page 2"), STATUSES("bulk statuses"),
        UPLOAD("upload (multipart)"), UPLOAD_DIRECT("upload (direct)"), DOWNLOAD("download"), DELETE("delete");

        final String label;

        Op(String label) {
            this.label = label;
        }
    }

    /** The faults; {@code storage} ones hit the storage request of download and direct upload. */
    enum F {
        REFUSED("connection refused", true), RESET("reset mid-response", true), TIMEOUT("read timeout", true),
        S500("500", true), S502("502", true), S503("503", true), R429S("429, Retry-After: 3", false),
        R429D("429, Retry-After: HTTP-date (+4 s)", false), C409("409 request_in_progress", false),
        MALFORMED("malformed JSON", false), HTML("HTML error page (502)", true), EMPTY("empty body (200)", false),
        TRUNCATED("truncated download", true), EXPIRED("expired presigned URL (403, then a fresh URL)", true);

        final String label;
        final boolean storage;

        F(String label, boolean storage) {
            this.label = label;
            this.storage = storage;
        }
    }

    static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    private FaultMatrix() {
    }

    static Section measure() {
        Section s = new Section("Fault matrix", ReliabilityFaultMatrixTest.class,
                header());
        int recovered = 0;
        int typed = 0;
        int na = 0;
        try (WireFixture wire = WireFixture.start(); Truncating truncating = Truncating.start()) {
            Path dir = Files.createTempDirectory("heygen-faults");
            for (F f : F.values()) {
                String[] cells = new String[Op.values().length + 1];
                cells[0] = f.label;
                String bad = null;
                for (Op op : Op.values()) {
                    Cell c = new FaultRun(wire, truncating, dir, op, f).run();
                    cells[op.ordinal() + 1] = c.text();
                    if (c.bad() != null) {
                        bad = (bad == null ? "" : bad + "; ") + op.label + ": " + c.bad();
                    }
                    if (c.text().startsWith("recovered")) {
                        recovered++;
                    } else if (c.text().equals("n/a")) {
                        na++;
                    } else {
                        typed++;
                    }
                }
                s.row(f.name(), bad, cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        s.figure(recovered + " cells recovered, " + typed + " ended in a typed error, " + na + " not applicable; "
                + "no cell threw anything but a HeyGenException.");
        s.figure("create: never more than one idempotency key per logical create reached the server (the server bills per key).");
        s.note("The fault hits the first attempt of the operation's target request, then the server answers normally; "
                + "connection refused points the client (or the storage URL) at a port nothing listens on, so every attempt fails. "
                + "\"N attempts\" counts requests of the target that reached the server (attempts the kit made, for refused). "
                + "Download and direct upload take transport faults on the storage request (GET of the presigned URL, PUT of the "
                + "upload slot) and API faults (429, 409, malformed, empty) on their API call. Retries: 2 (the default), back-off "
                + "recorded, not slept; read timeout " + READ_TIMEOUT.toMillis() + " ms against a 2 s stall.");
        return s;
    }

    private static String[] header() {
        String[] h = new String[Op.values().length + 1];
        h[0] = "fault";
        for (Op op : Op.values()) {
            h[op.ordinal() + 1] = op.label;
        }
        return h;
    }

    /** A cell: its text and why it is BAD, or null. */
    record Cell(String text, String bad) {
    }

    /** The error answers. */
    static ResponseDefinitionBuilder answer(F f) {
        return switch (f) {
            case RESET -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK);
            case TIMEOUT -> okJson("{}").withFixedDelay(2000);
            case S500, S502, S503 -> error(Integer.parseInt(f.name().substring(1)), "internal_error");
            case R429S -> error(429, "rate_limit_exceeded").withHeader("Retry-After", "3");
            case R429D -> error(429, "rate_limit_exceeded").withHeader("Retry-After",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(WireFixture.NOW.plusSeconds(4).atOffset(ZoneOffset.UTC)));
            case C409 -> error(409, "request_in_progress");
            case MALFORMED -> aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"data\": {\"id\": \"7f3a");
            case HTML -> aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                    .withBody("<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>");
            case EMPTY -> aResponse().withStatus(200).withHeader("Content-Type", "application/json");
            case EXPIRED -> aResponse().withStatus(403).withBody("<Error><Code>AccessDenied</Code>Request has expired</Error>");
            case REFUSED, TRUNCATED -> throw new IllegalArgumentException(f + " is not an HTTP answer");
        };
    }

    private static ResponseDefinitionBuilder error(int status, String code) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"" + code + "\",\"message\":\"injected " + status + "\"}}");
    }

    /** Answers the first matching request with {@code fault}, every later one with {@code normal}. */
    static void once(WireFixture wire, MappingBuilder first, MappingBuilder later, ResponseDefinitionBuilder fault,
                     ResponseDefinitionBuilder normal) {
        wire.server().stubFor(first.atPriority(1).inScenario("fault").whenScenarioStateIs(STARTED).willReturn(fault)
                .willSetStateTo("served"));
        wire.server().stubFor(later.atPriority(1).inScenario("fault").whenScenarioStateIs("served").willReturn(normal));
    }

    /** A client on the fixture with a short read timeout and an attempt counter. */
    static HeyGen client(WireFixture wire, String base, AtomicInteger attempts) {
        return wire.builder().baseUrl(base).readTimeout(READ_TIMEOUT).writeTimeout(READ_TIMEOUT).transferTimeout(READ_TIMEOUT)
                .connectTimeout(Duration.ofSeconds(2)).noJournal().listener(new HttpListener() {
                    @Override
                    public void onRequest(String method, String path, int attempt) {
                        attempts.incrementAndGet();
                    }
                }).build();
    }

    /** The creates the server saw: POSTs and distinct idempotency keys. */
    static String creates(List<LoggedRequest> posts) {
        long keys = posts.stream().map(r -> r.getHeader("Idempotency-Key")).distinct().count();
        return posts.size() + " POST" + (posts.size() == 1 ? "" : "s") + ", " + keys + " key" + (keys == 1 ? "" : "s");
    }

    static String describe(RuntimeException e) {
        return e instanceof HeyGenException h ? e.getClass().getSimpleName() + "(" + h.code() + ")"
                : "untyped " + e.getClass().getSimpleName();
    }

    static void createVideo(HeyGen c) {
        c.videos().create(AvatarVideoRequest.of("look_1", Speaker.saying("Hi")));
    }

    static void download(HeyGen c, Path target) {
        Video.of(c, "v1").download(target);
    }
}
