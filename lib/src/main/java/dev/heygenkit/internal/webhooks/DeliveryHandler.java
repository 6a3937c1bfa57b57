package dev.heygenkit.internal.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Answers webhook deliveries: POST only, a bounded body, the signature checked against the raw bytes before anything
 * is parsed, repeats answered 200 without being recorded again, and new events on disk before the 200 goes out.
 */
public final class DeliveryHandler implements HttpHandler {
    private final Secrets secrets;
    private final boolean insecure;
    private final int maxBodyBytes;
    private final Intake intake;
    private final Clock clock;
    private final Consumer<EventLine> sink;
    private final Consumer<String> notes;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private int inFlight;
    private boolean closing;

    /**
     * A handler verifying with {@code secrets} (unsigned deliveries pass only when {@code insecure}), taking events
     * into {@code intake}, then handing each new one to {@code sink} and one-line notes to {@code notes}.
     */
    public DeliveryHandler(Secrets secrets, boolean insecure, int maxBodyBytes, Intake intake, Clock clock,
                           Consumer<EventLine> sink, Consumer<String> notes) {
        this.secrets = secrets;
        this.insecure = insecure;
        this.maxBodyBytes = maxBodyBytes;
        this.intake = intake;
        this.clock = clock;
        this.sink = sink;
        this.notes = notes;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        if (!enter()) {
            try {
                reply(ex, 503, "the receiver is stopping; deliver again later");
            } finally {
                ex.close();
            }
            return;
        }
        try {
            answer(ex);
        } finally {
            ex.close();
            exit();
        }
    }

    private void answer(HttpExchange ex) throws IOException {
        // 1. Deliveries are POSTs. OPTIONS is answered too: some senders probe a URL with it when it is registered.
        String method = ex.getRequestMethod();
        if (!"POST".equals(method)) {
            ex.getResponseHeaders().set("Allow", "POST, OPTIONS");
            if ("OPTIONS".equals(method)) {
                ex.sendResponseHeaders(204, -1);
            } else {
                reject(ex, 405, method + " is not accepted; webhook deliveries are POSTs");
            }
            return;
        }
        // 2. A bounded body: a receiver on an open port must not buffer whatever it is sent.
        byte[] body = body(ex);
        if (body == null) {
            reject(ex, 413, "the body is over " + maxBodyBytes + " bytes");
            return;
        }
        // 3. The signature, over the raw bytes, before anything is parsed.
        boolean verified;
        if (secrets.signature(ex.getRequestHeaders()) == null) {
            if (!insecure) {
                reject(ex, 401, "no " + secrets.header() + " header");
                return;
            }
            verified = false;
        } else if (secrets.verify(body, ex.getRequestHeaders())) {
            verified = true;
        } else if (insecure && secrets.size() == 0) {
            // Insecure without any secret: there is nothing to check the signature with.
            verified = false;
        } else {
            reject(ex, 401, secrets.header() + " does not match the body under any accepted secret");
            return;
        }
        // 4. Only then the payload.
        EventLine line = EventLine.fromDelivery(body, clock.instant(), verified);
        if (line == null) {
            reject(ex, 400, "the body is not a webhook event (a JSON object with event_type)");
            return;
        }
        // 5. On disk before the 200: a delivery answered 200 is never delivered again, so it must not be lost.
        Intake.Outcome outcome;
        try {
            outcome = intake.take(line);
        } catch (IOException e) {
            notes.accept("webhooks: could not record " + line.eventType() + " (" + e.getMessage() + "); answered 500 so it is delivered again");
            reply(ex, 500, "the event could not be recorded; deliver it again");
            return;
        }
        accept(ex, line, outcome);
    }

    /** Counts the delivery, answers 200, then hands a new event on (a repeat only gets a note). */
    private void accept(HttpExchange ex, EventLine line, Intake.Outcome outcome) throws IOException {
        // Counted before the answer, so whoever sent it sees the counts include it once the 200 arrives.
        if (outcome == Intake.Outcome.DUPLICATE) {
            duplicates.incrementAndGet();
        } else {
            accepted.incrementAndGet();
        }
        reply(ex, 200, null);
        if (outcome == Intake.Outcome.DUPLICATE) {
            notes.accept("webhooks: repeat of " + line.eventType() + " " + describe(line) + " answered 200, not recorded again");
        } else {
            sink.accept(line);
        }
    }

    private byte[] body(HttpExchange ex) throws IOException {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        try {
            if (declared != null && Long.parseLong(declared.strip()) > maxBodyBytes) {
                return null;
            }
        } catch (NumberFormatException ignored) {
            // no usable length: the bounded read below decides
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            return body.length > maxBodyBytes ? null : body;
        }
    }

    private void reject(HttpExchange ex, int status, String why) throws IOException {
        rejected.incrementAndGet();
        notes.accept("webhooks: rejected " + ex.getRequestMethod() + " " + ex.getRequestURI().getPath() + " from "
                + ex.getRemoteAddress().getAddress().getHostAddress() + ": " + why + " (" + status + ")");
        reply(ex, status, why);
    }

    private static void reply(HttpExchange ex, int status, String error) throws IOException {
        String json = error == null ? "{\"received\":true}" : "{\"error\":\"" + error.replace("\"", "'") + "\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String describe(EventLine line) {
        String video = line.videoId();
        return (video == null ? "" : "video " + video + " ") + (line.eventId() == null ? "" : "(" + line.eventId() + ")");
    }

    /** Events recorded so far. */
    public long accepted() {
        return accepted.get();
    }

    /** Repeats answered 200 but not recorded. */
    public long duplicates() {
        return duplicates.get();
    }

    /** Deliveries refused (401, 405, 413, 400). */
    public long rejected() {
        return rejected.get();
    }

    private synchronized boolean enter() {
        if (closing) {
            return false;
        }
        inFlight++;
        return true;
    }

    private synchronized void exit() {
        inFlight--;
        notifyAll();
    }

    /** Refuses new deliveries (503) and waits up to {@code millis} for those in progress to be answered. */
    public synchronized void drain(long millis) throws InterruptedException {
        closing = true;
        long end = System.nanoTime() + millis * 1_000_000;
        while (inFlight > 0) {
            long left = (end - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return;
            }
            wait(left);
        }
    }
}
