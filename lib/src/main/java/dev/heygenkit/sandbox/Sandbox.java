package dev.heygenkit.sandbox;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * An offline HeyGen v3 emulator on 127.0.0.1: the avatar-video API with real envelopes, validation, errors,
 * pagination, rate limits, idempotency keys, a render lifecycle on its own clock, presigned media URLs and
 * signed webhooks. Example: {@code try (Sandbox sb = Sandbox.builder().manualClock().start()) { ... sb.baseUri() ... }}.
 *
 * <p><b>Render timing.</b> A script lasts 0.4 s per word divided by {@code voice_settings.speed} (150 words per
 * minute) plus each {@code <break time="Ns"/>} when the voice has {@code support_pause}. A video is {@code pending}
 * for 5 sandbox seconds, then {@code processing} for {@code 30 + 4 x duration x f} seconds (f = 1 at 720p, 1.5 at
 * 1080p or unset, 3 at 4k), then {@code completed} and charged $0.0333 per second. At the default clock speed of
 * 30 a 10-second script completes in about 3 real seconds.
 *
 * <p><b>Media.</b> Files are drawn on first download and cached: a storyboard MP4 (the look on its background at
 * 640x360, 360x640, 480x480, 384x480 or 480x384 by aspect ratio, scenes in order, the script as timed captions, a
 * SANDBOX mark), a JPEG thumbnail, a GIF and an SRT with the same cue timings. {@code subtitle_url} is set on every
 * completed video; {@code captioned_video_url} only when {@code caption.style} is set (it shows the same frames,
 * since the storyboard always carries its captions). Media URLs are HMAC-signed, need no API key and answer 403
 * once {@link Builder#urlTtl} has passed on the sandbox clock; look and voice previews are public.
 *
 * <p><b>Webhooks.</b> Events go to registered endpoints with header {@code X-HeyGen-Signature} (configurable with
 * {@link Builder#signatureHeader}) holding the lowercase hex HMAC-SHA256 of the raw body bytes, keyed with the
 * endpoint secret's UTF-8 bytes (the whole {@code whsec_...} string). Per-video {@code callback_url} deliveries are
 * unsigned. Failed deliveries are retried 3 more times after 1, 4 and 16 backoff units (default unit 1 s).
 *
 * <p><b>Control.</b> Time moves with {@link #advance}; {@link #injectFault} and the request header
 * {@code X-Sandbox-Fault} simulate failures (see {@link Fault}). Out-of-process tests use the unauthenticated
 * {@code /_sandbox/} endpoints: {@code GET health}, {@code POST clock/advance?seconds=N}, {@code GET requests},
 * {@code POST faults} (JSON {@code {"fault":"500","method":"POST","path":"/v3/videos","times":2}}),
 * {@code GET deliveries} and {@code POST reset}.
 */
public final class Sandbox implements AutoCloseable {
    static {
        // Without TCP_NODELAY the JDK server's small responses wait for the client's delayed ACK: ~40 ms per request
        // on loopback instead of ~1 ms. The property is read once, when the first JDK HttpServer starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static Sandbox shared;

    private final SandboxOptions options;
    private final Engine engine;
    private final Server server;
    private final URI baseUri;
    private final Duration startupTime;
    private final String name;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch terminated = new CountDownLatch(1);

    private Sandbox(SandboxOptions options, Consumer<String> listener, java.nio.file.Path stateFile) {
        long t0 = System.nanoTime();
        this.options = options;
        String name = "heygen-sandbox-" + INSTANCES.incrementAndGet();
        this.name = name;
        this.engine = new Engine(options, listener, name, stateFile);
        this.server = Server.start(engine, options, name);
        this.baseUri = server.baseUri();
        this.startupTime = Duration.ofNanos(System.nanoTime() - t0);
        engine.listener().accept("sandbox: listening on " + baseUri + " (" + (options.manualClock() ? "manual clock" : "clock " + options.clockSpeed() + "x")
                + ", seed " + options.seed() + ", started in " + startupTime.toMillis() + " ms)");
    }

    /** A builder over {@link SandboxOptions#defaults()}. Example: {@code Sandbox.builder().manualClock().seed(7).start()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts a sandbox with these options and no listener. */
    public static Sandbox start(SandboxOptions options) {
        return new Sandbox(Objects.requireNonNull(options, "options"), null, null);
    }

    /**
     * The JVM-wide sandbox, started on first use with the default options (ephemeral port, clock speed 30).
     * Closing it is allowed; the next call starts a fresh one.
     */
    public static synchronized Sandbox shared() {
        if (shared == null || shared.closed.get()) {
            shared = new Sandbox(SandboxOptions.defaults(), null, null);
        }
        return shared;
    }

    /** The base URI to use as API base, e.g. {@code http://127.0.0.1:53117}. */
    public URI baseUri() {
        return baseUri;
    }

    /** The TCP port on 127.0.0.1. */
    public int port() {
        return baseUri.getPort();
    }

    /** The options this sandbox runs with. */
    public SandboxOptions options() {
        return options;
    }

    /** How long {@code start()} took, from building the engine to accepting connections. */
    public Duration startupTime() {
        return startupTime;
    }

    /** The current sandbox time. */
    public Instant now() {
        return engine.now();
    }

    /** Moves sandbox time forward (in any clock mode) and settles renders, batches and webhooks that became due. */
    public Instant advance(Duration by) {
        return engine.advance(Objects.requireNonNull(by, "by"));
    }

    /**
     * The requests received so far (API, media and uploads, not {@code /_sandbox/}), oldest first, without credentials;
     * the newest 10,000 are kept.
     */
    public List<RecordedRequest> requests() {
        return engine.requests();
    }

    /** How many requests had this method and exact path. */
    public long requestCount(String method, String path) {
        return engine.requests().stream().filter(r -> r.method().equalsIgnoreCase(method) && r.path().equals(path)).count();
    }

    /** Adds a fault rule; rules are consulted in order and a request header {@code X-Sandbox-Fault} wins over them. */
    public void injectFault(Fault fault) {
        engine.addFault(Objects.requireNonNull(fault, "fault"));
    }

    /** Removes every fault rule. */
    public void clearFaults() {
        engine.clearFaults();
    }

    /** Every webhook delivery attempt so far, in the order they finished. */
    public List<WebhookDelivery> deliveries() {
        return engine.deliveries();
    }

    /** The wallet balance in USD, as {@code GET /v3/users/me} reports it. */
    public double remainingBalance() {
        engine.settle();
        return engine.balance();
    }

    /** Forgets videos, batches, assets, webhooks, events, idempotency keys, faults and recorded requests; refills the wallet. */
    public void reset() {
        engine.reset();
    }

    /** Blocks until {@link #close()} is called (for the standalone CLI). */
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    /** Blocks until closed or the timeout passes; true when closed. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return terminated.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The prefix of this instance's thread names, e.g. {@code heygen-sandbox-3}. */
    public String name() {
        return name;
    }

    /** Whether {@link #close()} has been called. */
    public boolean isClosed() {
        return closed.get();
    }

    /** Stops serving, frees the port and stops the clock and delivery threads. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        engine.close();
        server.stop();
        engine.listener().accept("sandbox: stopped " + baseUri);
        terminated.countDown();
    }

    /** A short description with the base URI and clock. */
    @Override
    public String toString() {
        return "Sandbox[" + baseUri + ", " + (options.manualClock() ? "manual clock" : "clock " + options.clockSpeed() + "x")
                + (closed.get() ? ", closed" : "") + "]";
    }

    /** Collects options for {@link #start()}; every setter returns this builder. */
    public static final class Builder {
        private int port;
        private double clockSpeed;
        private boolean manualClock;
        private long seed;
        private double failureRate;
        private double creditBalance;
        private int rateLimit;
        private double createRate;
        private Duration urlTtl;
        private String apiKey;
        private String signatureHeader;
        private Duration webhookBackoff;
        private Instant startTime;
        private Consumer<String> listener;
        private java.nio.file.Path stateFile;

        private Builder() {
            options(SandboxOptions.defaults());
        }

        /** Copies every option from {@code o} (the listener is kept). */
        public Builder options(SandboxOptions o) {
            port = o.port();
            clockSpeed = o.clockSpeed();
            manualClock = o.manualClock();
            seed = o.seed();
            failureRate = o.failureRate();
            creditBalance = o.creditBalance();
            rateLimit = o.rateLimit();
            createRate = o.createRate();
            urlTtl = o.urlTtl();
            apiKey = o.apiKey();
            signatureHeader = o.signatureHeader();
            webhookBackoff = o.webhookBackoff();
            startTime = o.startTime();
            return this;
        }

        /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Sandbox seconds per real second (default 30). */
        public Builder clockSpeed(double speed) {
            this.clockSpeed = speed;
            return this;
        }

        /** Freezes time: it moves only through {@link Sandbox#advance}, for deterministic tests. */
        public Builder manualClock() {
            this.manualClock = true;
            return this;
        }

        /** Seed of ids, simulated failures and generated media (default 42). */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Fraction of renders (0..1) that end failed, chosen deterministically from the seed (default 0). */
        public Builder failureRate(double rate) {
            this.failureRate = rate;
            return this;
        }

        /** Starting wallet balance in USD (default 50). */
        public Builder creditBalance(double usd) {
            this.creditBalance = usd;
            return this;
        }

        /** Requests per second per API key before 429 with Retry-After; 0 (default) turns the limit off. */
        public Builder rateLimit(int perSecond) {
            this.rateLimit = perSecond;
            return this;
        }

        /** Lifetime of presigned media URLs on the sandbox clock (default 24 h). */
        /** Videos created per second (a batch of n counts n) before creates get 429 with Retry-After; 0 is no limit. */
        public Builder createRate(double videosPerSecond) {
            this.createRate = videosPerSecond;
            return this;
        }

        public Builder urlTtl(Duration ttl) {
            this.urlTtl = ttl;
            return this;
        }

        /** Accepts only this API key; by default any non-blank key works. */
        public Builder apiKey(String key) {
            this.apiKey = key;
            return this;
        }

        /** Header name of webhook signatures (default {@code X-HeyGen-Signature}). */
        public Builder signatureHeader(String header) {
            this.signatureHeader = header;
            return this;
        }

        /** Real-time delay before the first webhook retry (default 1 s; later retries wait 4x and 16x). */
        public Builder webhookBackoff(Duration backoff) {
            this.webhookBackoff = backoff;
            return this;
        }

        /** Sandbox time at start (default: now, whole seconds). */
        public Builder startTime(Instant start) {
            this.startTime = start;
            return this;
        }

        /**
         * Keeps the world (videos, assets, webhooks, wallet) in this file across restarts: each change is appended as
         * it happens and replayed at the next start, and sandbox time runs on from the first start. Media URLs are
         * served only while a sandbox runs; read the video again for URLs on the new port.
         */
        public Builder stateFile(java.nio.file.Path file) {
            this.stateFile = file;
            return this;
        }

        /** Receives one-line progress messages (startup, renders, deliveries); the library prints nothing itself. */
        public Builder listener(Consumer<String> listener) {
            this.listener = listener;
            return this;
        }

        /** The options collected so far. */
        public SandboxOptions build() {
            return new SandboxOptions(port, clockSpeed, manualClock, seed, failureRate, creditBalance, rateLimit, createRate, urlTtl, apiKey,
                    signatureHeader, webhookBackoff, startTime);
        }

        /** Starts the sandbox; it is serving when this returns. */
        public Sandbox start() {
            return new Sandbox(build(), listener, stateFile);
        }
    }
}
