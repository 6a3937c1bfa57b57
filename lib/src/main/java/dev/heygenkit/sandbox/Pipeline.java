package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import dev.heygenkit.sandbox.Http.Router;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The order every request goes through. {@code /_sandbox/} goes straight to the admin routes. Everything else is
 * recorded, settles the clock and may get a fault; media and upload URLs then go to {@link MediaApi}, API calls
 * through auth, the rate limit and idempotency to the route's handler. Every answer then says how the sandbox clock
 * runs ({@value #CLOCK_HEADER}), so clients can tell how long renders take in their own time.
 */
final class Pipeline {
    /** Tells clients how sandbox time relates to theirs: {@code speed=30.0; now=1767225600.250}. */
    static final String CLOCK_HEADER = "X-Sandbox-Clock";

    private final Router api;
    private final Router admin;
    private final MediaApi media;
    private final Recorder recorder;
    private final Clockwork clockwork;
    private final Faults faults;
    private final Idempotency idempotency;
    private final Auth auth;
    private final RateLimiter limiter;
    private final CreateLimiter creates;
    private final CountDownLatch closing;
    private volatile java.util.function.BiConsumer<Req, java.time.Instant> persist;

    Pipeline(Services s, Router api, Router admin, MediaApi media, CountDownLatch closing) {
        this.api = api;
        this.admin = admin;
        this.media = media;
        this.recorder = s.recorder();
        this.clockwork = s.clockwork();
        this.faults = s.faults();
        this.idempotency = s.idempotency();
        this.auth = new Auth(s.options().apiKey());
        this.limiter = new RateLimiter(s.options().rateLimit());
        this.creates = new CreateLimiter(s.options().createRate());
        this.closing = closing;
    }

    /** Keeps every world-changing request from now on (see {@link Persistence}). */
    void persist(java.util.function.BiConsumer<Req, java.time.Instant> sink) {
        this.persist = sink;
    }

    /** Forgets the rate-limit windows. */
    void reset() {
        limiter.clear();
        creates.reset();
    }

    /** Answers a request; every answer but a dropped connection advertises the sandbox clock. */
    Resp process(Req req) {
        Resp resp = answer(req);
        // Set last, so a replayed idempotent answer carries the current time rather than the first call's.
        return resp == Resp.DROP ? resp : resp.header(CLOCK_HEADER, clockwork.advertise());
    }

    private Resp answer(Req req) {
        if (req.path().startsWith("/_sandbox/") || req.path().equals("/_sandbox")) {
            return admin(req);
        }
        recorder.record(req);
        clockwork.settle();
        if (persist != null) {
            // Kept before it is answered: a change that fails replays as the same failure.
            persist.accept(req, clockwork.now());
        }
        Fault fault;
        try {
            fault = faults.next(req);
        } catch (ApiError e) {
            return Resp.error(e);
        }
        Resp early = fault == null ? null : Faults.answer(fault);
        if (early != null) {
            return early;
        }
        Duration slow = fault != null && fault.kind() == Fault.Kind.SLOW ? fault.delay() : Duration.ZERO;
        Resp resp;
        if (req.path().startsWith("/_media/") || req.path().startsWith("/_upload/")) {
            pause(slow);
            resp = media.handle(req);
        } else {
            resp = guarded(() -> api(req, slow));
        }
        if (fault != null && fault.kind() == Fault.Kind.TIMEOUT) {
            pause(fault.delay());
        }
        return resp;
    }

    private Resp admin(Req req) {
        Router.Match match = admin.match(req.method(), req.path());
        if (match == null) {
            return Resp.error(ApiError.notFound("not_found", "no sandbox admin endpoint " + req.method() + " " + req.path()
                    + "; see GET /_sandbox/health, POST /_sandbox/clock/advance, GET /_sandbox/requests, POST /_sandbox/faults, POST /_sandbox/reset"));
        }
        return run(match, req);
    }

    /**
     * Auth, rate limit, idempotency, the create-rate limit (replays skip it), then the handler; a {@code slow} fault
     * waits after the key is claimed.
     */
    private Resp api(Req req, Duration slow) {
        String key = auth.apiKey(req);
        limiter.check(key);
        Router.Match match = api.match(req.method(), req.path());
        if (match == null) {
            return Resp.error(unknownRoute(req));
        }
        req.route(match.template());
        return idempotency.run(req, () -> {
            creates.check(req);
            pause(slow);
            return run(match, req);
        });
    }

    private static Resp run(Router.Match match, Req req) {
        return guarded(() -> {
            try {
                return match.handler().handle(req, match.params());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Resp guarded(Supplier<Resp> call) {
        try {
            return call.get();
        } catch (ApiError e) {
            return Resp.error(e);
        }
    }

    private ApiError unknownRoute(Req req) {
        for (JsonNode e : Spec.all()) {
            String template = e.path("path").asText();
            if (e.path("method").asText().equals(req.method()) && req.path().matches(template.replaceAll("\\{[^}]+}", "[^/]+"))) {
                return ApiError.notFound("not_found", req.method() + " " + template + " is a v3 endpoint the sandbox does not emulate (it covers the avatar-video surface)");
            }
        }
        if (api.knowsPath(req.path())) {
            return new ApiError(405, "method_not_allowed", req.method() + " is not allowed on " + req.path() + "; check the method", null, null);
        }
        return ApiError.notFound("not_found", "no v3 endpoint " + req.method() + " " + req.path() + "; paths start with /v3/, e.g. GET /v3/avatars/looks");
    }

    private void pause(Duration d) {
        if (d.isZero()) {
            return;
        }
        try {
            closing.await(d.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
