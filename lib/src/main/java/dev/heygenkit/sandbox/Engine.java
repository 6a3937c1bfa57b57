package dev.heygenkit.sandbox;

import com.sun.net.httpserver.HttpExchange;
import dev.heygenkit.sandbox.Http.Router;

import java.security.SecureRandom;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Builds one sandbox from its parts and is what {@link Sandbox} talks to. The wiring is in one place: the endpoint
 * groups on the API router, the admin routes on theirs, and the {@link Settler}s the clock runs, in order. A new group
 * of endpoints or a new thing that moves on the clock is one line here.
 *
 * <p>The parts, by job:
 * <ul>
 *   <li>requests: {@link Server} (JDK server and threads), {@link Exchanges} (bytes in and out), {@link Pipeline}
 *       (record, settle, {@link Faults}, {@link Auth}, {@link RateLimiter}, {@link Idempotency}, route), {@link Recorder};
 *   <li>endpoints: one {@link Api} per group ({@link VideoApi}, {@link BatchApi}, {@link CatalogApi}, {@link AssetApi},
 *       {@link WebhookApi}, {@link TemplateApi}, {@link AvatarApi}, {@link VoiceApi}, {@link AdminApi}) plus
 *       {@link MediaApi} for storage URLs and consent pages, sharing {@link ApiSupport};
 *   <li>state: {@link World} with one {@link Table} per kind ({@link VideoJob}, {@link Batch}, {@link Asset},
 *       {@link Endpoint}, {@link Event}, {@link SpeechClip}, {@link OwnGroup}, {@link OwnLook}, {@link OwnVoice}) and the
 *       wallet; {@link Catalog} for looks and voices ({@link Account}: the {@link Fixtures} plus what the account made);
 *   <li>time: {@link Clockwork} runs the {@link Settler}s ({@link Renders}, {@link Batches}, {@link Trainings}); {@link Events} records
 *       webhook events and hands them to {@link Webhooks};
 *   <li>create rules: {@link VideoRules} picks the {@link ModeRules} of the mode, which share {@link SpeakerRules},
 *       {@link OutputRules}, {@link AssetRules} and {@link Checks};
 *   <li>answers: {@link VideoViews}, {@link CatalogViews}, {@link Urls}, {@link Paging}, {@link MediaStore}.
 * </ul>
 */
final class Engine {
    private final Services services;
    private final Pipeline pipeline;
    private final Exchanges exchanges;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Persistence state;

    Engine(SandboxOptions options, Consumer<String> listener, String name) {
        this(options, listener, name, null);
    }

    /** An engine whose world is kept in {@code stateFile} across restarts (null: in memory only). */
    Engine(SandboxOptions options, Consumer<String> listener, String name, Path stateFile) {
        Consumer<String> log = listener == null ? s -> { } : listener;
        this.state = stateFile == null ? null : Persistence.open(stateFile, options.seed(), log);
        Instant start = state != null ? state.epoch()
                : options.startTime() != null ? options.startTime() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SandboxClock clock = new SandboxClock(options.manualClock(), options.clockSpeed(),
                state != null ? state.now(options.clockSpeed()) : start);
        // Ids include the start time: a sandbox restarted on the same port must not hand out ids that a client's
        // render journal already associates with a different, earlier video.
        Ids ids = new Ids(options.seed(), start.getEpochSecond());
        byte[] urlKey = new byte[32];
        new SecureRandom().nextBytes(urlKey);
        if (state != null) {
            urlKey = state.urlKey();
        }
        Urls urls = new Urls(urlKey, options.urlTtl(), clock);
        World world = new World(options.creditBalance());
        Catalog catalog = new Account(Fixtures.CATALOGUE, world);
        Webhooks webhooks = new Webhooks(options.signatureHeader(), options.webhookBackoff(), log, name);
        Events events = new Events(world, ids, webhooks);
        VideoRules rules = new VideoRules(catalog, world, ids);
        Renders renders = new Renders(world, ids, options.failureRate(), events, urls, log);
        Batches batches = new Batches(world, ids, rules, renders, events);
        Trainings trainings = new Trainings(world, ids, options.failureRate(), events, log);
        Idempotency idempotency = new Idempotency(clock);
        List<Settler> settlers = List.of(batches::intake, renders, batches::finish, trainings);
        this.services = new Services(options, log, clock, ids, urls, new Paging(urlKey), new SchemaValidator(), world, catalog,
                new CatalogViews(catalog, urls), new VideoViews(urls), new MediaStore(catalog, world), webhooks, events, rules,
                renders, batches, trainings, idempotency, new Clockwork(clock, world, settlers, idempotency, events), new Faults(), new Recorder());
        Router api = new Router();
        for (Api group : List.of(new VideoApi(services), new BatchApi(services), new CatalogApi(services),
                new AssetApi(services), new WebhookApi(services), new TemplateApi(services), new AvatarApi(services),
                new VoiceApi(services))) {
            group.register(api);
        }
        Router admin = new Router();
        new AdminApi(services, this::reset).register(admin);
        this.pipeline = new Pipeline(services, api, admin, new MediaApi(services), closing);
        this.exchanges = new Exchanges(pipeline, ids, log);
        if (state != null) {
            state.replay(clock, pipeline::process);
            services.clockwork().settle();
            pipeline.persist(state::append);
        }
    }

    /** Loads the catalogue, the spec and the JSON writers so the first request does not pay for them. */
    void warmUp() {
        Catalog catalog = services.catalog();
        Spec.requestSchema("POST", "/v3/videos");
        Json.bytes(services.catalogViews().look(catalog.looks().get(0)));
    }

    /** Serves one exchange of the JDK server. */
    void handle(HttpExchange ex) {
        exchanges.handle(ex);
    }

    /** Answers one request in-process, as the server would (without the socket, the request id and the 413 check). */
    Http.Resp process(Http.Req req) {
        return pipeline.process(req);
    }

    /** Tells the parts where the server listens, e.g. {@code http://127.0.0.1:53117}. */
    void listening(String base) {
        services.urls().base(base);
    }

    Consumer<String> listener() {
        return services.listener();
    }

    Instant now() {
        return services.clock().now();
    }

    /** Settles renders, batches and deliveries that became due. */
    void settle() {
        services.clockwork().settle();
    }

    /** Moves sandbox time forward and settles everything that became due. */
    Instant advance(Duration by) {
        return services.clockwork().advance(by);
    }

    List<RecordedRequest> requests() {
        return services.recorder().requests();
    }

    void addFault(Fault f) {
        services.faults().add(f);
    }

    void clearFaults() {
        services.faults().clear();
    }

    List<WebhookDelivery> deliveries() {
        return services.webhooks().log();
    }

    double balance() {
        return services.world().balance();
    }

    /** Resets state, faults, idempotency keys, rate limits and recorded requests to a fresh start (the clock keeps running). */
    void reset() {
        services.world().clear();
        services.idempotency().clear();
        services.faults().clear();
        services.recorder().clear();
        pipeline.reset();
        services.media().clear();
        services.webhooks().clearLog();
        if (state != null) {
            state.clear(services.options().seed());
        }
    }

    /** Waits up to {@code timeout} for {@link #close()}; true once closing. */
    boolean awaitClosing(Duration timeout) throws InterruptedException {
        return closing.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Cuts short every pause and stops the webhook threads. */
    void close() {
        closing.countDown();
        services.webhooks().close();
    }
}
