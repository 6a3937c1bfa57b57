package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;
import dev.heygenkit.sandbox.Http.Router;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The request pipeline and the render lifecycle. Every API request goes: record, settle the clock, fault, auth,
 * rate limit, idempotency, route. State lives in {@link World} under its monitor.
 *
 * <p>Render timing (sandbox seconds): a video waits {@value #QUEUE_SECONDS} s as {@code pending}, then is
 * {@code processing} for {@code 30 + 4 x duration x f} seconds where f is 1 for 720p, 1.5 for 1080p or unset and 3
 * for 4k. A 10 s script at 1080p therefore takes 5 + 90 = 95 sandbox seconds, about 3 real seconds at clock speed 30.
 */
final class Engine {
    static final int QUEUE_SECONDS = 5;
    static final int BATCH_INTAKE_SECONDS = 2;
    static final int MAX_BODY = 33 * 1024 * 1024;
    static final int MAX_UPLOAD = 32 * 1024 * 1024;
    static final int MAX_RECORDED = 10_000;
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9_:.\\-]{1,255}");
    private static final List<String[]> FAILURES = List.of(
            new String[] {"render_failed", "Rendering failed (simulated by the sandbox failure rate); submit the video again"},
            new String[] {"tts_failed", "Voice synthesis failed for this script (simulated by the sandbox failure rate); try again or pick another voice"},
            new String[] {"avatar_processing_failed", "The avatar could not be animated (simulated by the sandbox failure rate); try again"});

    final SandboxOptions options;
    final SandboxClock clock;
    final Ids ids;
    final Paging paging;
    final SchemaValidator validator = new SchemaValidator();
    final World world;
    final VideoRules rules;
    final Webhooks webhooks;
    final MediaStore media;
    final Router router = new Router();
    final byte[] urlKey = new byte[32];
    final Consumer<String> listener;
    final CountDownLatch closing = new CountDownLatch(1);
    private final List<Fault> faultRules = new ArrayList<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Long>> rateWindows = new HashMap<>();
    volatile String base = "http://127.0.0.1";

    Engine(SandboxOptions options, Consumer<String> listener, String name) {
        this.options = options;
        this.listener = listener == null ? s -> { } : listener;
        Instant start = options.startTime() != null ? options.startTime() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        this.clock = new SandboxClock(options.manualClock(), options.clockSpeed(), start);
        // Ids include the start time: a sandbox restarted on the same port must not hand out ids that a client's
        // render journal already associates with a different, earlier video.
        this.ids = new Ids(options.seed(), start.getEpochSecond());
        new SecureRandom().nextBytes(urlKey);
        this.paging = new Paging(urlKey);
        this.world = new World(options.creditBalance());
        this.rules = new VideoRules(this::assetUnlocked, ids);
        this.webhooks = new Webhooks(options.signatureHeader(), options.webhookBackoff(), this.listener, name);
        this.media = new MediaStore(this);
        new VideoApi(this).register(router);
        new CatalogApi(this).register(router);
        new AssetApi(this).register(router);
        new WebhookApi(this).register(router);
    }

    private World.Asset assetUnlocked(String id) {
        synchronized (world) {
            return world.assets.get(id);
        }
    }

    Instant now() {
        return clock.now();
    }

    /** The fixture catalogue; its first use loads Jackson, which {@link #warmUp()} does off the start-up path. */
    Fixtures catalogue() {
        return Fixtures.CATALOGUE;
    }

    /** Loads the catalogue, the spec and the JSON writers so the first request does not pay for them. */
    void warmUp() {
        catalogue();
        Spec.requestSchema("POST", "/v3/videos");
        Json.bytes(catalogue().lookJson(catalogue().looks.get(0), base));
    }

    static String iso(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    // ---- HTTP entry ---------------------------------------------------------------------------------------------

    void handle(HttpExchange ex) {
        String requestId = "req_" + ids.next("request", 24);
        try {
            byte[] body = read(ex);
            Req req = new Req(ex.getRequestMethod().toUpperCase(Locale.ROOT), ex.getRequestURI().getRawPath(),
                    ex.getRequestURI().getRawQuery(), ex.getRequestHeaders(), body == null ? new byte[0] : body);
            Resp resp;
            if (body == null) {
                resp = Resp.error(new ApiError(413, "payload_too_large", "request body is over 32 MB; use POST /v3/assets/direct-uploads for big files", null, null));
            } else {
                resp = process(req);
            }
            if (resp == Resp.DROP) {
                return;
            }
            write(ex, resp, requestId);
        } catch (RuntimeException e) {
            listener.accept("sandbox: internal error on " + ex.getRequestURI().getPath() + ": " + e);
            try {
                write(ex, Resp.error(new ApiError(500, "internal_error", "the sandbox hit a bug: " + e, null, null)), requestId);
            } catch (IOException ignored) {
                // the client is gone
            }
        } catch (IOException e) {
            // the client went away mid-request
        } finally {
            ex.close();
        }
    }

    private static byte[] read(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] data = in.readNBytes(MAX_BODY + 1);
            if (data.length > MAX_BODY) {
                in.skip(Long.MAX_VALUE);
                return null;
            }
            return data;
        }
    }

    private static void write(HttpExchange ex, Resp resp, String requestId) throws IOException {
        ex.getResponseHeaders().set("X-Request-Id", requestId);
        if (resp.contentType != null) {
            ex.getResponseHeaders().set("Content-Type", resp.contentType);
        }
        resp.headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        boolean empty = resp.body.length == 0 || ex.getRequestMethod().equalsIgnoreCase("HEAD");
        ex.sendResponseHeaders(resp.status, empty ? -1 : resp.body.length);
        if (!empty) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(resp.body);
            }
        }
    }

    Resp process(Req req) {
        if (req.path.startsWith("/_sandbox/") || req.path.equals("/_sandbox")) {
            return AdminApi.handle(this, req);
        }
        record(req);
        settle();
        Fault fault;
        try {
            fault = faultFor(req);
        } catch (ApiError e) {
            return Resp.error(e);
        }
        if (fault != null) {
            Resp early = applyFault(fault);
            if (early != null) {
                return early;
            }
        }
        Duration slow = fault != null && fault.kind() == Fault.Kind.SLOW ? fault.delay() : Duration.ZERO;
        Resp resp;
        if (req.path.startsWith("/_media/") || req.path.startsWith("/_upload/")) {
            pause(slow);
            resp = MediaApi.handle(this, req);
        } else {
            try {
                resp = api(req, slow);
            } catch (ApiError e) {
                resp = Resp.error(e);
            }
        }
        if (fault != null && fault.kind() == Fault.Kind.TIMEOUT) {
            pause(fault.delay());
        }
        return resp;
    }

    /** Auth, rate limit, idempotency, then the handler; a {@code slow} fault waits after the key is claimed. */
    private Resp api(Req req, Duration slow) {
        String key = apiKey(req);
        rateLimit(key);
        Router.Match match = router.match(req.method, req.path);
        if (match == null) {
            return Resp.error(unknownRoute(req));
        }
        req.template = match.template();
        String idem = req.header("Idempotency-Key");
        boolean mutation = !req.method.equals("GET") && !req.method.equals("HEAD");
        if (idem == null || !mutation) {
            pause(slow);
            return run(match, req);
        }
        if (!IDEMPOTENCY_KEY.matcher(idem).matches()) {
            throw ApiError.invalid("Idempotency-Key", "Idempotency-Key must be 1 to 255 characters of A-Z, a-z, 0-9, _ : . or -");
        }
        String scope = req.method + " " + req.path + "|" + idem;
        synchronized (world) {
            World.Idempotent entry = world.idempotency.get(scope);
            if (entry != null && now().isBefore(entry.expiresAt)) {
                if (entry.replay == null) {
                    throw new ApiError(409, "request_in_progress", "a request with Idempotency-Key " + idem
                            + " is still running; wait for it and retry with the same key to get its response", null, null);
                }
                World.Replay r = entry.replay;
                Resp replay = new Resp(r.status(), r.contentType(), r.body());
                replay.headers.putAll(r.headers());
                return replay.header("Idempotent-Replayed", "true");
            }
            world.idempotency.put(scope, new World.Idempotent(now().plus(Duration.ofHours(24))));
        }
        Resp resp = null;
        try {
            pause(slow);
            resp = run(match, req);
            return resp;
        } finally {
            synchronized (world) {
                World.Idempotent entry = world.idempotency.get(scope);
                boolean keep = resp != null && resp.status < 500 && resp.status != 429 && resp.status != 409;
                if (entry != null && keep) {
                    entry.replay = new World.Replay(resp.status, resp.contentType, resp.body, Map.copyOf(resp.headers));
                } else {
                    world.idempotency.remove(scope);
                }
            }
        }
    }

    private Resp run(Router.Match match, Req req) {
        try {
            return match.handler().handle(req, match.params());
        } catch (ApiError e) {
            return Resp.error(e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ApiError unknownRoute(Req req) {
        for (JsonNode e : Spec.all()) {
            String template = e.path("path").asText();
            if (e.path("method").asText().equals(req.method) && req.path.matches(template.replaceAll("\\{[^}]+}", "[^/]+"))) {
                return ApiError.notFound("not_found", req.method + " " + template + " is a v3 endpoint the sandbox does not emulate (it covers the avatar-video surface)");
            }
        }
        if (router.knowsPath(req.path)) {
            return new ApiError(405, "method_not_allowed", req.method + " is not allowed on " + req.path + "; check the method", null, null);
        }
        return ApiError.notFound("not_found", "no v3 endpoint " + req.method + " " + req.path + "; paths start with /v3/, e.g. GET /v3/avatars/looks");
    }

    private String apiKey(Req req) {
        String key = req.header("x-api-key");
        if (key == null) {
            String auth = req.header("Authorization");
            if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
                key = auth.substring(7);
            }
        }
        if (key == null || key.isBlank()) {
            throw new ApiError(401, "unauthorized", options.apiKey() == null
                    ? "missing API key; send it in the x-api-key header (the sandbox accepts any non-blank key)"
                    : "missing API key; send the key this sandbox was started with in the x-api-key header", null, null);
        }
        if (options.apiKey() != null && !Hmac.same(Ids.hex(options.apiKey()), Ids.hex(key.trim()))) {
            throw new ApiError(401, "unauthorized", "the API key is not valid for this sandbox; send the key it was started with in x-api-key", null, null);
        }
        return key.trim();
    }

    private void rateLimit(String key) {
        if (options.rateLimit() <= 0) {
            return;
        }
        long now = System.nanoTime();
        long window = TimeUnit.SECONDS.toNanos(1);
        synchronized (rateWindows) {
            Deque<Long> q = rateWindows.computeIfAbsent(Ids.hex(key), k -> new ArrayDeque<>());
            while (!q.isEmpty() && now - q.peekFirst() >= window) {
                q.pollFirst();
            }
            if (q.size() >= options.rateLimit()) {
                long wait = window - (now - q.peekFirst());
                long seconds = Math.max(1, (long) Math.ceil(wait / 1e9));
                throw new ApiError(429, "rate_limit_exceeded", "more than " + options.rateLimit()
                        + " requests per second for this API key; wait " + seconds + " s (Retry-After) and retry", null,
                        Map.of("Retry-After", Long.toString(seconds)));
            }
            q.addLast(now);
        }
    }

    // ---- faults and recording -------------------------------------------------------------------------------------

    private Fault faultFor(Req req) {
        String header = req.header("X-Sandbox-Fault");
        if (header != null) {
            try {
                return Fault.parse(header);
            } catch (IllegalArgumentException e) {
                throw ApiError.invalid("X-Sandbox-Fault", e.getMessage());
            }
        }
        synchronized (faultRules) {
            for (int i = 0; i < faultRules.size(); i++) {
                Fault f = faultRules.get(i);
                if (f.matches(req.method, req.path)) {
                    if (f.times() != Integer.MAX_VALUE) {
                        if (f.times() <= 1) {
                            faultRules.remove(i);
                        } else {
                            faultRules.set(i, f.times(f.times() - 1));
                        }
                    }
                    return f;
                }
            }
        }
        return null;
    }

    private Resp applyFault(Fault f) {
        switch (f.kind()) {
            case STATUS -> {
                String code = switch (f.status()) {
                    case 429 -> "rate_limit_exceeded";
                    case 401 -> "unauthorized";
                    case 402 -> "insufficient_credit";
                    case 403 -> "forbidden";
                    case 404 -> "not_found";
                    case 409 -> "conflict";
                    case 400 -> "invalid_parameter";
                    default -> f.status() >= 500 ? "internal_error" : "error";
                };
                ApiError e = new ApiError(f.status(), code, "injected fault: HTTP " + f.status() + " from the sandbox (X-Sandbox-Fault or a fault rule)",
                        null, f.status() == 429 ? Map.of("Retry-After", "1") : null);
                return Resp.error(e);
            }
            case SLOW -> {
                return null;
            }
            case RESET -> {
                return Resp.DROP;
            }
            case MALFORMED -> {
                return new Resp(200, "application/json", "{\"data\": {\"id\": \"7f3a".getBytes(StandardCharsets.UTF_8));
            }
            case HTML -> {
                return new Resp(502, "text/html; charset=utf-8", ("<html><head><title>502 Bad Gateway</title></head><body>"
                        + "<center><h1>502 Bad Gateway</h1></center><hr><center>sandbox-gateway</center></body></html>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            default -> {
                return null;
            }
        }
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

    void addFault(Fault f) {
        synchronized (faultRules) {
            faultRules.add(f);
        }
    }

    void clearFaults() {
        synchronized (faultRules) {
            faultRules.clear();
        }
    }

    List<Fault> faults() {
        synchronized (faultRules) {
            return List.copyOf(faultRules);
        }
    }

    private void record(Req req) {
        Map<String, List<String>> headers = new HashMap<>();
        req.headers.forEach((k, v) -> {
            String name = k.toLowerCase(Locale.ROOT);
            if (!name.equals("x-api-key") && !name.equals("authorization")) {
                headers.put(name, List.copyOf(v));
            }
        });
        String ct = req.header("Content-Type");
        String body;
        if (req.body.length == 0) {
            body = "";
        } else if (ct == null || ct.contains("json") || ct.startsWith("text/") || ct.contains("x-www-form-urlencoded")) {
            body = new String(req.body, StandardCharsets.UTF_8);
        } else {
            body = "<" + req.body.length + " bytes>";
        }
        requests.add(new RecordedRequest(req.method, req.path, req.rawQuery, headers, body));
        // a standalone sandbox runs for days: keep the newest requests only
        while (requests.size() > MAX_RECORDED) {
            requests.remove(0);
        }
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    void clearRequests() {
        requests.clear();
    }

    // ---- lifecycle on the sandbox clock -----------------------------------------------------------------------------

    /** Moves every render, batch and delivery forward to the current sandbox time. */
    void settle() {
        Instant now = now();
        List<Runnable> after = new ArrayList<>();
        synchronized (world) {
            for (World.Batch b : world.batches.values()) {
                if (!now.isBefore(b.intakeAt)) {
                    for (World.BatchItem item : b.items) {
                        if (item.videoId == null && item.error == null) {
                            intake(b, item);
                        }
                    }
                }
            }
            List<World.Video> due = new ArrayList<>();
            for (World.Video v : world.videos.values()) {
                if (!v.settled && !now.isBefore(v.finishAt)) {
                    due.add(v);
                }
            }
            due.sort((a, b) -> a.finishAt.compareTo(b.finishAt));
            for (World.Video v : due) {
                v.settled = true;
                if (v.deleted) {
                    continue;
                }
                if (v.fails()) {
                    listener.accept("sandbox: video " + v.id + " failed (" + v.failureCode + ")");
                    ObjectNode data = Json.object();
                    data.put("video_id", v.id);
                    data.put("error", v.failureMessage);
                    data.put("failure_code", v.failureCode);
                    data.put("failure_message", v.failureMessage);
                    if (v.plan.callbackId() != null) {
                        data.put("callback_id", v.plan.callbackId());
                    }
                    emit("avatar_video.fail", v.id, data, v.finishAt, v.plan.callbackUrl(), after);
                } else {
                    world.balance = Math.round((world.balance - v.plan.cost()) * 10000) / 10000.0;
                    listener.accept("sandbox: video " + v.id + " completed (" + v.plan.duration() + " s, $" + v.plan.cost() + ")");
                    ObjectNode data = Json.object();
                    data.put("video_id", v.id);
                    data.put("video_url", signed(videoFile(v, "video.mp4"), v.finishAt));
                    data.put("thumbnail_url", signed(videoFile(v, "thumbnail.jpg"), v.finishAt));
                    data.put("gif_url", signed(videoFile(v, "preview.gif"), v.finishAt));
                    data.put("duration", v.plan.duration());
                    if (v.plan.callbackId() != null) {
                        data.put("callback_id", v.plan.callbackId());
                    }
                    emit("avatar_video.success", v.id, data, v.finishAt, v.plan.callbackUrl(), after);
                }
            }
            for (World.Batch b : world.batches.values()) {
                if (!b.finished && b.items.stream().allMatch(i -> itemTerminal(i, now))) {
                    b.finished = true;
                    ObjectNode data = Json.object();
                    data.put("batch_id", b.id);
                    data.put("status", batchStatus(b, now));
                    data.put("total_items", b.items.size());
                    data.set("counts_by_status", counts(b, now));
                    Instant at = b.items.stream().map(i -> i.videoId == null ? b.intakeAt : world.videos.get(i.videoId).finishAt)
                            .max(Instant::compareTo).orElse(b.intakeAt);
                    emit("batch.finished", b.id, data, at, b.callbackUrl, after);
                }
            }
            world.idempotency.values().removeIf(e -> !now.isBefore(e.expiresAt));
        }
        after.forEach(Runnable::run);
    }

    private void intake(World.Batch b, World.BatchItem item) {
        String at = "videos[" + item.index + "].";
        try {
            Plan plan = rules.plan(item.body, at);
            ensureCredit(plan);
            item.videoId = createVideo(plan, b.intakeAt, b.id, item.index).id;
        } catch (ApiError e) {
            ObjectNode err = Json.object();
            err.put("code", e.code);
            err.put("message", e.getMessage());
            if (e.param != null) {
                err.put("param", e.param);
            }
            item.error = err;
        }
    }

    /** Creates a video job (caller holds the world monitor). */
    World.Video createVideo(Plan plan, Instant createdAt, String batchId, Integer itemIndex) {
        String id = ids.next("video", 32);
        Instant start = createdAt.plusSeconds(QUEUE_SECONDS);
        double factor = plan.resolution() == null ? 1.5 : switch (plan.resolution()) {
            case "720p" -> 1.0;
            case "4k" -> 3.0;
            default -> 1.5;
        };
        double processing = 30 + 4 * plan.duration() * factor;
        String code = plan.failureCode();
        String message = plan.failureMessage();
        Instant finish = start.plusMillis((long) (processing * 1000));
        if (code != null) {
            finish = start.plusSeconds(5);
        } else if (options.failureRate() > 0 && ids.unit("failure", nth(id)) < options.failureRate()) {
            String[] f = FAILURES.get((int) (ids.unit("failure-kind", nth(id)) * FAILURES.size()));
            code = f[0];
            message = f[1];
            finish = start.plusMillis((long) (processing * 400));
        }
        World.Video v = new World.Video(id, world.nextSeq(), plan, createdAt, start, finish, code, message, batchId, itemIndex);
        world.videos.put(id, v);
        listener.accept("sandbox: video " + id + " created (" + plan.mode() + ", " + plan.duration() + " s)");
        return v;
    }

    /** Refuses a render the wallet cannot pay for, counting renders still in progress (caller holds the monitor). */
    void ensureCredit(Plan plan) {
        double free = world.balance - world.reserved();
        if (plan.cost() > free + 1e-9) {
            throw new ApiError(402, "insufficient_credit", String.format(Locale.ROOT,
                    "this render needs $%.4f (%.1f s x $%.4f/s) but the wallet has $%.4f free; start the sandbox with a higher credit balance",
                    plan.cost(), plan.duration(), Plan.USD_PER_SECOND, Math.max(0, free)), null, null);
        }
    }

    private boolean itemTerminal(World.BatchItem i, Instant now) {
        if (i.error != null) {
            return true;
        }
        if (i.videoId == null) {
            return false;
        }
        World.Video v = world.videos.get(i.videoId);
        return v.settled || v.deleted;
    }

    String itemStatus(World.BatchItem i, Instant now) {
        if (i.error != null) {
            return "failed";
        }
        if (i.videoId == null) {
            return "queued";
        }
        return statusesName(world.videos.get(i.videoId).status(now));
    }

    static String statusesName(String videoStatus) {
        return videoStatus.equals("pending") ? "queued" : videoStatus;
    }

    String batchStatus(World.Batch b, Instant now) {
        if (!b.items.stream().allMatch(i -> itemTerminal(i, now))) {
            return "processing";
        }
        return b.items.stream().allMatch(i -> itemStatus(i, now).equals("failed")) ? "failed" : "completed";
    }

    ObjectNode counts(World.Batch b, Instant now) {
        ObjectNode counts = Json.object();
        for (String s : List.of("queued", "processing", "completed", "failed")) {
            counts.put(s, 0);
        }
        for (World.BatchItem i : b.items) {
            String s = itemStatus(i, now);
            counts.put(s, counts.path(s).asInt() + 1);
        }
        return counts;
    }

    /** Records an event and queues its deliveries (caller holds the world monitor; deliveries start after). */
    private void emit(String type, String entityId, ObjectNode data, Instant at, String callbackUrl, List<Runnable> after) {
        String eventId = "evt_" + ids.next("event", 24);
        World.Event event = new World.Event(eventId, world.nextSeq(), type, iso(at), entityId, data);
        world.events.add(event);
        ObjectNode payload = Json.object();
        payload.put("event_id", eventId);
        payload.put("event_type", type);
        payload.put("created_at", event.createdAt());
        payload.set("event_data", data);
        byte[] body = Json.bytes(payload);
        for (World.Endpoint e : world.endpoints.values()) {
            if (e.wants(type, entityId)) {
                String url = e.url;
                String secret = e.secret;
                after.add(() -> webhooks.deliver(eventId, type, url, body, secret));
            }
        }
        if (callbackUrl != null) {
            after.add(() -> webhooks.deliver(eventId, type, callbackUrl, body, null));
        }
    }

    // ---- URLs and JSON views ------------------------------------------------------------------------------------------

    static String videoFile(World.Video v, String file) {
        return "/_media/videos/" + v.id + "/" + file;
    }

    /** A presigned URL for {@code path}, valid for the configured TTL from {@code from}. */
    String signed(String path, Instant from) {
        return signedUntil(path, from.plus(options.urlTtl()));
    }

    /** A presigned URL for {@code path} that expires at {@code until}. */
    String signedUntil(String path, Instant until) {
        long expires = until.getEpochSecond();
        return base + path + "?expires=" + expires + "&signature=" + Hmac.hex(urlKey, path + "\n" + expires);
    }

    String signed(String path) {
        return signed(path, now());
    }

    boolean validSignature(String path, String expires, String signature) {
        return expires != null && signature != null && Hmac.same(Hmac.hex(urlKey, path + "\n" + expires), signature);
    }

    /** The GET /v3/videos/{id} view (caller holds the world monitor). */
    ObjectNode videoJson(World.Video v, Instant now) {
        ObjectNode o = Json.object();
        String status = v.status(now);
        o.put("id", v.id);
        o.put("title", v.plan.title());
        o.put("status", status);
        o.putNull("folder_id");
        o.put("created_at", v.createdAt.getEpochSecond());
        boolean done = status.equals("completed");
        boolean over = done || status.equals("failed");
        if (over) {
            o.put("completed_at", v.finishAt.getEpochSecond());
        } else {
            o.putNull("completed_at");
        }
        o.put("video_url", done ? signed(videoFile(v, "video.mp4")) : null);
        o.put("captioned_video_url", done && v.plan.burnCaptions() ? signed(videoFile(v, "captioned.mp4")) : null);
        o.put("subtitle_url", done ? signed(videoFile(v, "subtitles.srt")) : null);
        o.put("thumbnail_url", done ? signed(videoFile(v, "thumbnail.jpg")) : null);
        o.put("gif_url", done ? signed(videoFile(v, "preview.gif")) : null);
        if (done) {
            o.put("duration", v.plan.duration());
        } else {
            o.putNull("duration");
        }
        o.putNull("output_language");
        o.put("failure_code", status.equals("failed") ? v.failureCode : null);
        o.put("failure_message", status.equals("failed") ? v.failureMessage : null);
        o.put("video_page_url", base + "/_sandbox/videos/" + v.id);
        return o;
    }

    /** Moves sandbox time forward and settles everything that became due. */
    Instant advance(Duration by) {
        Instant now = clock.advance(by);
        settle();
        return now;
    }

    /** Resets state, faults and recorded requests to a fresh start (the clock keeps running). */
    void reset() {
        synchronized (world) {
            world.clear(options.creditBalance());
        }
        clearFaults();
        clearRequests();
        synchronized (rateWindows) {
            rateWindows.clear();
        }
        media.clear();
        webhooks.clearLog();
    }

    /** Which renders fail depends on the seed and their order, not on ids (which also carry the start time). */
    private String nth(String videoId) {
        return "video#" + ids.ordinal(videoId);
    }
}
