package dev.heygenkit.reliability;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.heygenkit.HeyGen;
import dev.heygenkit.HttpListener;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Speaker;
import dev.heygenkit.internal.http.WireFixture;
import dev.heygenkit.reliability.HostileWorld.Expect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/** A hostile API (WireMock on 127.0.0.1): escaping ids, control characters, wrong types, huge and endless answers. */
final class HostileServerCases {
    private static final String AREA = "hostile server";
    private static final String ESC_TITLE = "a\\u001b]0;pwned\\u0007\\u001b[2Jb";

    private HostileServerCases() {
    }

    private static Hostile cli(HostileWorld w, String id, String input, Expect expect, Consumer<WireFixture> stubs,
                               Function<Path, String[]> args, BiFunction<CliRun.Result, Path, String> check) {
        return new Hostile(id, AREA, input, () -> {
            w.wire.reset();
            stubs.accept(w.wire);
            Path d = w.dir();
            CliRun.Result r = new CliRun(d, w.wire.baseUrl(), HostileWorld.KEY).run(args.apply(d));
            return HostileWorld.judge(r, d, expect, w.wire.server().getAllServeEvents().size(), 0, check);
        });
    }

    private static Hostile lib(HostileWorld w, String id, String input, Expect expect, Consumer<WireFixture> stubs,
                               Function<HeyGen, Object> call) {
        return new Hostile(id, AREA, input, () -> {
            w.wire.reset();
            stubs.accept(w.wire);
            AtomicInteger calls = new AtomicInteger();
            HeyGen client = w.wire.builder().noJournal().listener(new HttpListener() {
                @Override
                public void onRequest(String method, String path, int attempt) {
                    if (calls.incrementAndGet() > 200) {
                        throw new IllegalStateException("HARNESS: stopped after 200 requests");
                    }
                }
            }).build();
            Hostile.Outcome o;
            try {
                o = new Hostile.Outcome(Hostile.shorten("ok: " + call.apply(client)), null, requests(w), null);
                if (expect == Expect.REFUSE) {
                    o = o.withBad("accepted");
                }
            } catch (RuntimeException | StackOverflowError e) {
                o = new Hostile.Outcome(Hostile.line(e), null, requests(w), Hostile.untyped(e));
                if (String.valueOf(e.getMessage()).startsWith("HARNESS")) {
                    o = new Hostile.Outcome("stopped by the harness after 200 requests", null, requests(w), "does not stop");
                }
            }
            long waited = w.wire.sleeper().millis().stream().mapToLong(Long::longValue).sum();
            return waited == 0 ? o : new Hostile.Outcome(o.text() + " (backed off " + waited / 1000 + " s)", null, o.requests(), o.bad());
        });
    }

    private static long requests(HostileWorld w) {
        return w.wire.server().getAllServeEvents().size();
    }

    private static Consumer<WireFixture> video(String json) {
        return f -> f.server().stubFor(get(urlPathMatching("/v3/videos/[^/]+")).willReturn(okJson("{\"data\":" + json + "}")));
    }

    private static Consumer<WireFixture> answer(String path, ResponseDefinitionBuilder r) {
        return f -> f.server().stubFor(any(urlPathEqualTo(path)).willReturn(r));
    }

    private static BiFunction<CliRun.Result, Path, String> confined(String sub) {
        return (r, d) -> {
            List<Path> out = HostileWorld.outside(d.getParent(), d.resolve(sub));
            if (!out.isEmpty()) {
                return "wrote outside the folder: " + d.getParent().relativize(out.get(0));
            }
            List<Path> in = HostileWorld.outside(d.resolve(sub), d.resolve("nothing"));
            return in.stream().anyMatch(p -> p.toString().endsWith(".sh")) ? "took the extension .sh from the URL" : null;
        };
    }

    static List<Hostile> cases(HostileWorld w) {
        List<Hostile> c = new ArrayList<>();
        String base = w.wire.baseUrl();
        c.add(cli(w, "srv-download-escape", "GET /v3/videos/evil answers id ../../escaped-evil and a video_url ending video.sh; "
                + "download evil -o a/b/dl/", Expect.ANY, video("{\"id\":\"../../escaped-evil\",\"status\":\"completed\",\"video_url\":\""
                + base + "/files/video.sh\"}").andThen(answer("/files/video.sh", ok("#!/bin/sh\necho pwned\n"))),
                d -> new String[] {"download", "evil", "-o", mkdirs(d.resolve("a/b/dl")) + "/"}, confined("a/b/dl")));
        c.add(cli(w, "srv-list-esc", "list: titles with ESC]0; BEL ESC[2J", Expect.OK, answer("/v3/videos", okJson("{\"data\":[{\"id\":\"v1\","
                + "\"status\":\"completed\",\"title\":\"" + ESC_TITLE + "\",\"created_at\":1767225600}],\"has_more\":false}")),
                d -> new String[] {"list"}, (r, d) -> null));
        c.add(cli(w, "srv-get-esc", "get: title with ESC and BEL", Expect.OK, video("{\"id\":\"v1\",\"status\":\"processing\",\"title\":\""
                + ESC_TITLE + "\"}"), d -> new String[] {"get", "v1"}, (r, d) -> null));
        c.add(cli(w, "srv-wrong-types", "get: id is an object, status a number, title an array", Expect.ANY,
                video("{\"id\":{},\"status\":42,\"title\":[1]}"), d -> new String[] {"get", "v1"}, (r, d) -> null));
        c.add(cli(w, "srv-nan", "get: duration NaN (not JSON)", Expect.REFUSE, answer("/v3/videos/v1",
                okJson("{\"data\":{\"id\":\"v1\",\"status\":\"completed\",\"duration\":NaN}}")), d -> new String[] {"get", "v1"}, (r, d) -> null));
        c.add(cli(w, "srv-oversized", "list: a 40 MB answer", Expect.ANY, answer("/v3/videos", okJson("{\"data\":[{\"id\":\"v1\",\"status\":"
                + "\"completed\",\"title\":\"" + "t".repeat(40 << 20) + "\"}],\"has_more\":false}")), d -> new String[] {"list"}, (r, d) -> null));
        c.add(cli(w, "srv-url-file", "download: video_url file:///etc/passwd", Expect.REFUSE, video("{\"id\":\"v1\",\"status\":\"completed\","
                + "\"video_url\":\"file:///etc/passwd\"}"), d -> new String[] {"download", "v1", "-o", d.toString()},
                (r, d) -> HostileWorld.outside(d, d.resolve("x")).stream().anyMatch(p -> read(p).contains("root:")) ? "copied a local file" : null));
        c.add(cli(w, "srv-url-js", "download: video_url javascript:alert(1)", Expect.REFUSE, video("{\"id\":\"v1\",\"status\":\"completed\","
                + "\"video_url\":\"javascript:alert(1)\"}"), d -> new String[] {"download", "v1", "-o", d.toString()}, (r, d) -> null));
        c.add(cli(w, "srv-no-url", "download: completed but no video_url", Expect.REFUSE, video("{\"id\":\"v1\",\"status\":\"completed\"}"),
                d -> new String[] {"download", "v1", "-o", d.toString()}, (r, d) -> null));
        c.add(cli(w, "srv-redirect-loop", "download: storage redirects to itself", Expect.REFUSE, video("{\"id\":\"v1\",\"status\":\"completed\","
                + "\"video_url\":\"" + base + "/files/loop.mp4\"}").andThen(answer("/files/loop.mp4", temporaryRedirect(base + "/files/loop.mp4"))),
                d -> new String[] {"download", "v1", "-o", d.toString()}, (r, d) -> null));
        c.add(cli(w, "srv-huge-error", "get: a 400 whose message is 1 MB", Expect.REFUSE, answer("/v3/videos/v1", aResponse().withStatus(400)
                .withBody("{\"error\":{\"code\":\"bad\",\"message\":\"" + "m".repeat(1 << 20) + "\"}}")), d -> new String[] {"get", "v1"}, (r, d) -> null));
        c.add(cli(w, "srv-ok-error", "get: 200 carrying an error envelope", Expect.ANY, answer("/v3/videos/v1",
                okJson("{\"error\":{\"code\":\"internal\",\"message\":\"oops\"}}")), d -> new String[] {"get", "v1"}, (r, d) -> null));
        c.add(cli(w, "srv-text-plain", "get: valid JSON sent as text/plain", Expect.ANY, answer("/v3/videos/v1", ok("{\"data\":{\"id\":\"v1\","
                + "\"status\":\"processing\"}}").withHeader("Content-Type", "text/plain")), d -> new String[] {"get", "v1"}, (r, d) -> null));
        c.add(lib(w, "srv-endless-pages", "list: has_more forever with the same next_token", Expect.ANY, answer("/v3/videos",
                okJson("{\"data\":[{\"id\":\"v1\",\"status\":\"completed\"}],\"has_more\":true,\"next_token\":\"same\"}")),
                k -> k.videos().list().stream().count() + " videos"));
        c.add(lib(w, "srv-retry-after-huge", "429 with Retry-After: 999999999, then 200", Expect.ANY, f -> FaultMatrix.once(f,
                get("/v3/videos/v1"), get("/v3/videos/v1"), aResponse().withStatus(429).withHeader("Retry-After", "999999999"),
                okJson("{\"data\":{\"id\":\"v1\",\"status\":\"processing\"}}")), k -> k.videos().get("v1").status()));
        c.add(lib(w, "srv-retry-after-junk", "503 with Retry-After: soon, then 200", Expect.ANY, f -> FaultMatrix.once(f,
                get("/v3/videos/v1"), get("/v3/videos/v1"), aResponse().withStatus(503).withHeader("Retry-After", "soon"),
                okJson("{\"data\":{\"id\":\"v1\",\"status\":\"processing\"}}")), k -> k.videos().get("v1").status()));
        c.add(lib(w, "srv-deep-json", "get: data nested 100 000 arrays deep", Expect.REFUSE, answer("/v3/videos/v1",
                okJson("{\"data\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}")), k -> k.videos().get("v1")));
        c.add(lib(w, "srv-id-traversal", "create answers video_id \"../users/me\"; get(id) then", Expect.ANY,
                answer("/v3/videos", okJson("{\"data\":{\"video_id\":\"../users/me\",\"status\":\"waiting\"}}"))
                        .andThen(f -> f.server().stubFor(get(urlPathMatching("/v3/users/me")).atPriority(1).willReturn(okJson("{\"data\":{}}")))),
                k -> {
                    String id = k.videos().create(AvatarVideoRequest.of("look_1", Speaker.saying("Hi"))).videoId();
                    try {
                        k.videos().get(id);
                    } catch (dev.heygenkit.HeyGenException expected) {
                        // a 404 for the encoded id is the good outcome
                    }
                    boolean escaped = w.wire.server().getAllServeEvents().stream().anyMatch(e -> e.getRequest().getUrl().startsWith("/v3/users/me"));
                    if (escaped) {
                        throw new IllegalStateException("BAD: the id reached GET /v3/users/me");
                    }
                    return "id sent path-encoded";
                }));
        c.add(lib(w, "srv-negative-duration", "get: duration -5 and created_at in the year 9999999", Expect.ANY, video("{\"id\":\"v1\","
                + "\"status\":\"completed\",\"duration\":-5,\"created_at\":315569519999999}"), k -> k.videos().get("v1").status()));
        return c;
    }

    private static String mkdirs(Path p) {
        try {
            return Files.createDirectories(p).toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return "";
        }
    }
}
