package dev.heygenkit.reliability;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.heygenkit.HeyGen;
import dev.heygenkit.internal.http.WireFixture;
import dev.heygenkit.reliability.FaultMatrix.Cell;
import dev.heygenkit.reliability.FaultMatrix.F;
import dev.heygenkit.reliability.FaultMatrix.Op;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/** One cell of the fault matrix: stubs a normal server, puts the fault on the target request, runs the operation. */
final class FaultRun {
    private static final String CREATED = "{\"data\":{\"video_id\":\"v1\",\"status\":\"waiting\"}}";
    private static final byte[] MOVIE = new byte[64 * 1024];

    private final WireFixture wire;
    private final Truncating truncating;
    private final Path dir;
    private final Op op;
    private final F f;

    FaultRun(WireFixture wire, Truncating truncating, Path dir, Op op, F f) {
        this.wire = wire;
        this.truncating = truncating;
        this.dir = dir;
        this.op = op;
        this.f = f;
    }

    private boolean onStorage() {
        return f.storage && (op == Op.DOWNLOAD || op == Op.UPLOAD_DIRECT);
    }

    Cell run() {
        boolean applies = switch (f) {
            case TRUNCATED -> op == Op.DOWNLOAD;
            case EXPIRED -> op == Op.DOWNLOAD || op == Op.UPLOAD_DIRECT;
            default -> true;
        };
        if (!applies) {
            return new Cell("n/a", null);
        }
        wire.reset();
        truncating.reset();
        String dead = "http://127.0.0.1:" + Truncating.deadPort();
        String storage = f == F.REFUSED && onStorage() ? dead : f == F.TRUNCATED ? truncating.url() : wire.baseUrl();
        stubNormal(storage);
        if (f == F.EXPIRED && op == Op.DOWNLOAD) {
            FaultMatrix.once(wire, get("/v3/videos/v1"), get("/v3/videos/v1"),
                    okJson(video(wire.baseUrl() + "/files/old.mp4")), okJson(video(wire.baseUrl() + "/files/v1.mp4")));
            wire.server().stubFor(get("/files/old.mp4").willReturn(FaultMatrix.answer(F.EXPIRED)));
        } else if (f != F.REFUSED && f != F.TRUNCATED) {
            FaultMatrix.once(wire, target().mapping(), target().mapping(), FaultMatrix.answer(f), normalAnswer());
        }
        AtomicInteger kitAttempts = new AtomicInteger();
        HeyGen client = FaultMatrix.client(wire, f == F.REFUSED && !onStorage() ? dead : wire.baseUrl(), kitAttempts);
        String outcome;
        String bad = null;
        try {
            perform(client);
            int n = attempts(kitAttempts);
            outcome = (n <= 1 ? "accepted after " : "recovered after ") + n + " attempt" + (n == 1 ? "" : "s") + waited();
        } catch (RuntimeException e) {
            outcome = FaultMatrix.describe(e) + (f == F.REFUSED && onStorage() ? "" : " after " + attempts(kitAttempts)
                    + " attempt" + (attempts(kitAttempts) == 1 ? "" : "s"));
            if (outcome.startsWith("untyped")) {
                bad = outcome + ": " + e.getMessage();
            }
        }
        if (op == Op.CREATE) {
            var posts = wire.requests(postRequestedFor(urlPathEqualTo("/v3/videos")));
            long keys = posts.stream().map(r -> r.getHeader("Idempotency-Key")).distinct().count();
            outcome += " · " + FaultMatrix.creates(posts);
            if (keys > 1) {
                bad = (bad == null ? "" : bad + "; ") + keys + " idempotency keys for one create";
            }
        }
        return new Cell(outcome, bad);
    }

    private String waited() {
        long ms = wire.sleeper().millis().stream().mapToLong(Long::longValue).sum();
        return ms == 0 ? "" : " (backed off " + Duration.ofMillis(ms).toSeconds() + " s)";
    }

    private int attempts(AtomicInteger kitAttempts) {
        if (f == F.REFUSED) {
            return kitAttempts.get();
        }
        if (f == F.TRUNCATED) {
            return truncating.connections();
        }
        if (f == F.EXPIRED && op == Op.DOWNLOAD) {
            return wire.requests(getRequestedFor(urlPathMatching("/files/.*"))).size();
        }
        return wire.requests(target().pattern()).size();
    }

    /** The request the fault hits. */
    private record Target(RequestMethod method, String path, String token) {
        MappingBuilder mapping() {
            MappingBuilder m = request(method.getName(), urlPathEqualTo(path));
            return token == null ? m : m.withQueryParam("token", equalTo(token));
        }

        RequestPatternBuilder pattern() {
            RequestPatternBuilder p = new RequestPatternBuilder(method, urlPathEqualTo(path));
            return token == null ? p : p.withQueryParam("token", equalTo(token));
        }
    }

    private Target target() {
        return switch (op) {
            case CREATE -> new Target(RequestMethod.POST, "/v3/videos", null);
            case GET -> new Target(RequestMethod.GET, "/v3/videos/v1", null);
            case LIST -> new Target(RequestMethod.GET, "/v3/videos", "tok2");
            case STATUSES -> new Target(RequestMethod.GET, "/v3/videos/statuses", null);
            case UPLOAD -> new Target(RequestMethod.POST, "/v3/assets", null);
            case UPLOAD_DIRECT -> onStorage() ? new Target(RequestMethod.PUT, "/put/a1", null)
                    : new Target(RequestMethod.POST, "/v3/assets/direct-uploads", null);
            case DOWNLOAD -> onStorage() ? new Target(RequestMethod.GET, "/files/v1.mp4", null)
                    : new Target(RequestMethod.GET, "/v3/videos/v1", null);
            case DELETE -> new Target(RequestMethod.DELETE, "/v3/videos/v1", null);
        };
    }

    private com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder normalAnswer() {
        return switch (op) {
            case CREATE -> okJson(CREATED);
            case GET -> okJson(video(wire.baseUrl() + "/files/v1.mp4"));
            case LIST -> okJson(page("v1", false));
            case STATUSES -> okJson(STATUSES);
            case UPLOAD -> okJson(WireFixture.response("assets-upload.json"));
            case UPLOAD_DIRECT -> onStorage() ? ok() : okJson(slot(wire.baseUrl()));
            case DOWNLOAD -> onStorage() ? ok().withBody(MOVIE) : okJson(video(wire.baseUrl() + "/files/v1.mp4"));
            case DELETE -> okJson(WireFixture.response("videos-delete.json"));
        };
    }

    private static final String STATUSES = "{\"data\":[{\"status\":\"completed\",\"video_id\":\"v1\",\"batch_id\":null,"
            + "\"item_index\":null,\"error\":null}],\"has_more\":false,\"next_token\":null}";

    private static String video(String url) {
        return "{\"data\":{\"id\":\"v1\",\"status\":\"completed\",\"title\":\"t\",\"video_url\":\"" + url + "\"}}";
    }

    private static String page(String id, boolean more) {
        return "{\"data\":[{\"id\":\"" + id + "\",\"status\":\"completed\",\"title\":\"t\",\"created_at\":1767225600}],"
                + "\"has_more\":" + more + ",\"next_token\":" + (more ? "\"tok2\"" : "null") + "}";
    }

    private static String slot(String storage) {
        return "{\"data\":{\"asset_id\":\"a1\",\"upload_url\":\"" + storage + "/put/a1\",\"upload_headers\":"
                + "{\"Content-Type\":\"image/png\"},\"expires_in_seconds\":3600,\"status\":\"pending_upload\"}}";
    }

    private void stubNormal(String storage) {
        var s = wire.server();
        s.stubFor(post("/v3/videos").atPriority(5).willReturn(okJson(CREATED)));
        s.stubFor(get("/v3/videos/v1").atPriority(5).willReturn(okJson(video(storage + "/files/v1.mp4"))));
        s.stubFor(get(urlPathEqualTo("/v3/videos")).atPriority(6).willReturn(okJson(page("v2", true))));
        s.stubFor(get(urlPathEqualTo("/v3/videos")).withQueryParam("token", equalTo("tok2")).atPriority(5)
                .willReturn(okJson(page("v1", false))));
        s.stubFor(get(urlPathEqualTo("/v3/videos/statuses")).atPriority(5).willReturn(okJson(STATUSES)));
        s.stubFor(post("/v3/assets").atPriority(5).willReturn(okJson(WireFixture.response("assets-upload.json"))));
        s.stubFor(post("/v3/assets/direct-uploads").atPriority(5).willReturn(okJson(slot(storage))));
        s.stubFor(put("/put/a1").atPriority(5).willReturn(ok()));
        s.stubFor(post("/v3/assets/a1/complete").atPriority(5).willReturn(okJson(WireFixture.response("assets-complete.json"))));
        s.stubFor(get("/files/v1.mp4").atPriority(5).willReturn(ok().withBody(MOVIE)));
        s.stubFor(delete("/v3/videos/v1").atPriority(5).willReturn(okJson(WireFixture.response("videos-delete.json"))));
    }

    private void perform(HeyGen c) {
        switch (op) {
            case CREATE -> FaultMatrix.createVideo(c);
            case GET -> c.videos().get("v1");
            case LIST -> {
                long n = c.videos().list().stream().count();
                if (n != 2) {
                    throw new IllegalStateException("list gave " + n + " videos over two pages, expected 2");
                }
            }
            case STATUSES -> c.videos().statuses(List.of("v1"));
            case UPLOAD -> c.assets().upload(file("slide.png", 2048));
            case UPLOAD_DIRECT -> c.assets().uploadDirect(file("big.png", 4096), false);
            case DOWNLOAD -> {
                Path target = dir.resolve(op.name() + "-" + f.name() + ".mp4");
                FaultMatrix.download(c, target);
                if (!java.util.Arrays.equals(read(target), MOVIE)) {
                    throw new IllegalStateException("downloaded file differs from what storage served");
                }
            }
            case DELETE -> c.videos().delete("v1");
        }
    }

    private Path file(String name, int size) {
        try {
            return Files.write(dir.resolve(name), new byte[size]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
