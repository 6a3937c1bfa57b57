package dev.heygenkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.api.WebhookEvent;
import dev.heygenkit.api.WebhookEventType;
import dev.heygenkit.api.WebhookSignature;
import dev.heygenkit.internal.webhooks.DeliveryHandler;
import dev.heygenkit.internal.webhooks.EventLine;
import dev.heygenkit.internal.webhooks.EventLog;
import dev.heygenkit.internal.webhooks.Intake;
import dev.heygenkit.internal.webhooks.Listener;
import dev.heygenkit.internal.webhooks.Secrets;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A local HTTP server that receives HeyGen webhook deliveries: it checks each signature against the raw body in
 * constant time, answers repeats 200 without recording them twice, appends every new event as one fsync'd JSON line
 * to an events file before answering 200, and hands it to your callback. Binds 127.0.0.1 unless told otherwise.
 *
 * <pre>{@code try (WebhookReceiver r = WebhookReceiver.builder().port(8787).secret(secret)
 *         .events(Path.of("events.jsonl")).onEvent(e -> System.out.println(e.videoId())).start()) { r.awaitTermination(); }}</pre>
 *
 * <p>Per-video {@code callback_url} deliveries are not signed; receive them with {@link Builder#insecure()}.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** The largest body accepted unless configured otherwise: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    /** How many recent event keys are remembered to recognise repeats. */
    static final int DEDUPE_CAPACITY = 100_000;
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final Listener server;
    private final ExecutorService callbacks;
    private final DeliveryHandler handler;
    private final Secrets secrets;
    private final EventLog log;
    private final Consumer<String> listener;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch terminated = new CountDownLatch(1);
    private volatile Thread callbackThread;

    private WebhookReceiver(Builder b, InetAddress address) {
        String name = "heygen-webhooks-" + COUNT.incrementAndGet();
        this.listener = b.listener;
        this.secrets = new Secrets(b.header, b.encoding, b.secrets);
        this.log = b.events == null ? null : EventLog.open(b.events);
        this.callbacks = Executors.newSingleThreadExecutor(r -> callbackThread = Listener.daemon(r, name + "-events"));
        try {
            Consumer<Received> onEvent = b.onEvent;
            this.handler = new DeliveryHandler(secrets, b.insecure, b.maxBodyBytes, new Intake(log, DEDUPE_CAPACITY),
                    b.clock, line -> dispatch(onEvent, line), listener);
            this.server = Listener.start(address, b.host, b.port, b.path, handler, name);
        } catch (RuntimeException e) {
            callbacks.shutdownNow();
            if (log != null) {
                log.close();
            }
            throw e;
        }
    }

    /** A builder: 127.0.0.1, any free port, header {@code X-HeyGen-Signature}, no events file. */
    public static Builder builder() {
        return new Builder();
    }

    /** Where deliveries go, e.g. {@code http://127.0.0.1:8787/}; register it (or a tunnel to it) as the endpoint URL. */
    public URI url() {
        return server.url();
    }

    /** The port it listens on (the one chosen when the builder asked for 0). */
    public int port() {
        return server.port();
    }

    /** The events file, or null when events are only handed to the callback. */
    public Path eventsFile() {
        return log == null ? null : log.file();
    }

    /** Accepts deliveries signed with this secret too, e.g. the new one right after a rotation. */
    public void addSecret(String secret) {
        secrets.add(secret);
    }

    /** Stops accepting a secret, e.g. the old one once a rotation is done; true when it was accepted. */
    public boolean removeSecret(String secret) {
        return secrets.remove(secret);
    }

    /** How many secrets are accepted now. */
    public int secretCount() {
        return secrets.size();
    }

    /** Events recorded so far (repeats not counted). */
    public long accepted() {
        return handler.accepted();
    }

    /** Repeated deliveries answered 200 but not recorded again. */
    public long duplicates() {
        return handler.duplicates();
    }

    /** Deliveries refused: bad or missing signature, wrong method, oversize or not an event. */
    public long rejected() {
        return handler.rejected();
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    /** Blocks until closed or the timeout passes; true when closed. */
    public boolean awaitTermination(Duration timeout) throws InterruptedException {
        return terminated.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops receiving: deliveries in progress are answered (new ones get 503, so the sender retries), callbacks still
     * queued run, and the events file is closed. Safe to call twice.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            handler.drain(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop();
        callbacks.shutdown();
        try {
            // From inside a callback the queue cannot drain while this call waits on it.
            if (Thread.currentThread() != callbackThread && !callbacks.awaitTermination(10, TimeUnit.SECONDS)) {
                listener.accept("webhooks: the onEvent callback is still busy after 10 s; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (log != null) {
                log.close();
            }
            listener.accept("webhooks: stopped " + server.url());
            terminated.countDown();
        }
    }

    /**
     * The events an events file holds after {@code fromOffset} (0 for all), and the offset to read from next time.
     * Only complete lines are read, so a line still being written, or torn by a crash, is never half-read.
     *
     * <pre>{@code Tail t = WebhookReceiver.read(file, offset); t.events().forEach(...); offset = t.offset();}</pre>
     */
    public static Tail read(Path file, long fromOffset) {
        EventLog.Chunk c = EventLog.read(Objects.requireNonNull(file, "file"), fromOffset);
        return new Tail(c.events().stream().map(WebhookReceiver::received).toList(), c.offset(), c.skipped());
    }

    @Override
    public String toString() {
        return "WebhookReceiver[" + server.url() + ", header=" + secrets.header() + ", secrets=" + secrets.size()
                + (log == null ? "" : ", events=" + log.file()) + "]";
    }

    private void dispatch(Consumer<Received> onEvent, EventLine line) {
        if (onEvent == null) {
            return;
        }
        callbacks.execute(() -> {
            try {
                onEvent.accept(received(line));
            } catch (RuntimeException e) {
                listener.accept("webhooks: the onEvent callback failed on " + line.eventType() + ": " + e);
            }
        });
    }

    private static Received received(EventLine line) {
        return new Received(line.receivedAt(), new WebhookEvent(line.eventId(), WebhookEventType.of(line.eventType()),
                line.createdAt(), line.eventData()), line.verified());
    }

    /**
     * One accepted event.
     *
     * @param receivedAt when the receiver accepted it
     * @param event      the event: id (may be null for per-video callbacks), type, creation time, payload
     * @param verified   whether an accepted secret verified its signature (false only for unsigned deliveries
     *                   taken in insecure mode)
     */
    public record Received(Instant receivedAt, WebhookEvent event, boolean verified) {
        /** The event id, or null. */
        public String eventId() {
            return event.eventId();
        }

        /** The event type, e.g. {@code avatar_video.success}. */
        public WebhookEventType eventType() {
            return event.eventType();
        }

        /** The payload's {@code video_id}, or null. */
        public String videoId() {
            return event.videoId();
        }

        /** The payload. */
        public JsonNode eventData() {
            return event.eventData();
        }
    }

    /**
     * What {@link #read} found.
     *
     * @param events  the events after the offset, in file order
     * @param offset  the byte offset to pass to the next read
     * @param skipped complete lines that were not events (a line torn by a crash is closed and left in place)
     */
    public record Tail(List<Received> events, long offset, int skipped) {
        /** Copies the events. */
        public Tail {
            events = List.copyOf(events);
        }
    }

    /** Settings of a receiver; each method sets one and returns this builder. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private String path = "/";
        private final List<String> secrets = new ArrayList<>();
        private String header = WebhookSignature.DEFAULT_HEADER;
        private WebhookSignature.Encoding encoding = WebhookSignature.Encoding.HEX;
        private boolean insecure;
        private Path events;
        private Consumer<Received> onEvent;
        private Consumer<String> listener = line -> {
        };
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The address to bind (default 127.0.0.1); {@code 0.0.0.0} for every interface, e.g. behind a tunnel. */
        public Builder host(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("the host is blank; use 127.0.0.1, or 0.0.0.0 for every interface");
            }
            host = value.strip();
            return this;
        }

        /** The port, 0 (the default) for any free one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port " + value + " is out of range; use 1 to 65535, or 0 for any free port");
            }
            port = value;
            return this;
        }

        /** The path deliveries are accepted on and below (default {@code /}, every path). */
        public Builder path(String value) {
            if (value == null || !value.startsWith("/")) {
                throw new IllegalArgumentException("path \"" + value + "\" does not start with /; use e.g. /webhooks/heygen");
            }
            path = value;
            return this;
        }

        /** Accepts deliveries signed with this endpoint secret; call again to accept several (as during a rotation). */
        public Builder secret(String value) {
            WebhookSignature.of(value);
            secrets.add(value);
            return this;
        }

        /** Accepts deliveries signed with any of these secrets. */
        public Builder secrets(Collection<String> values) {
            values.forEach(this::secret);
            return this;
        }

        /** The header carrying the signature (default {@code X-HeyGen-Signature}; any case matches). */
        public Builder header(String name) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("the signature header name is blank; use e.g. " + WebhookSignature.DEFAULT_HEADER);
            }
            header = name.strip();
            return this;
        }

        /** How the signature is written (default lowercase hex). */
        public Builder encoding(WebhookSignature.Encoding value) {
            encoding = Objects.requireNonNull(value, "encoding");
            return this;
        }

        /**
         * Accepts unsigned deliveries too (recorded with {@code verified=false}). Needed for per-video
         * {@code callback_url} deliveries, which HeyGen does not sign; anyone who reaches the port can then post events.
         */
        public Builder insecure() {
            insecure = true;
            return this;
        }

        /** Appends every accepted event as one JSON line to this file (created if missing, never rewritten). */
        public Builder events(Path file) {
            events = Objects.requireNonNull(file, "file");
            return this;
        }

        /** Called once per new event, in arrival order, on one background thread, after the event is on disk. */
        public Builder onEvent(Consumer<Received> callback) {
            onEvent = callback;
            return this;
        }

        /** Receives one-line notes: rejected and repeated deliveries, callback failures, stop. */
        public Builder listener(Consumer<String> value) {
            listener = value == null ? line -> {
            } : value;
            return this;
        }

        /** The largest body accepted (default 1 MiB); larger ones get 413. */
        public Builder maxBodyBytes(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxBodyBytes " + value + " is below 1; use e.g. 1048576");
            }
            maxBodyBytes = value;
            return this;
        }

        /** The clock stamping {@code received_at} (default UTC system clock). */
        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Binds and starts the receiver. Refuses to start without a secret unless {@link #insecure()} was called, so
         * forged events are never taken by accident.
         */
        public WebhookReceiver start() {
            if (secrets.isEmpty() && !insecure) {
                throw new IllegalStateException("a webhook receiver needs the endpoint's secret (from createEndpoint or "
                        + "rotateSecret); call insecure() only to accept unsigned per-video callback_url deliveries");
            }
            InetAddress address;
            try {
                address = InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("host " + host + " is not known; use 127.0.0.1, or 0.0.0.0 for every interface", e);
            }
            return new WebhookReceiver(this, address);
        }
    }
}
