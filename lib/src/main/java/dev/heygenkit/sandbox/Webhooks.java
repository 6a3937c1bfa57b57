package dev.heygenkit.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Posts webhook events on background threads: signed for registered endpoints, unsigned for per-video callbacks,
 * retried up to {@value #MAX_ATTEMPTS} attempts with a backoff that quadruples each time.
 */
final class Webhooks {
    static final int MAX_ATTEMPTS = 4;

    private final String signatureHeader;
    private final Duration backoff;
    private final Consumer<String> listener;
    private final ScheduledExecutorService exec;
    private volatile HttpClient http;
    private final List<WebhookDelivery> log = new CopyOnWriteArrayList<>();

    Webhooks(String signatureHeader, Duration backoff, Consumer<String> listener, String name) {
        this.signatureHeader = signatureHeader;
        this.backoff = backoff;
        this.listener = listener;
        this.exec = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, name + "-webhooks");
            t.setDaemon(true);
            return t;
        });
    }

    // built on first delivery: creating an HttpClient costs startup time most sandboxes never need
    private HttpClient http() {
        HttpClient c = http;
        if (c == null) {
            synchronized (this) {
                c = http;
                if (c == null) {
                    c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                    http = c;
                }
            }
        }
        return c;
    }

    void deliver(String eventId, String type, String url, byte[] body, String secret) {
        if (!exec.isShutdown()) {
            exec.execute(() -> attempt(eventId, type, url, body, secret, 1));
        }
    }

    private void attempt(String eventId, String type, String url, byte[] body, String secret, int attempt) {
        int status = 0;
        String error = null;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "heygen-kit-sandbox")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (secret != null) {
                b.header(signatureHeader, Hmac.hex(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), body));
            }
            HttpResponse<Void> r = http().send(b.build(), HttpResponse.BodyHandlers.discarding());
            status = r.statusCode();
            if (status < 200 || status >= 300) {
                error = "receiver answered HTTP " + status;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        log.add(new WebhookDelivery(eventId, type, url, secret != null, attempt, status, error));
        if (error == null) {
            listener.accept("sandbox: delivered " + type + " to " + url);
            return;
        }
        if (attempt < MAX_ATTEMPTS && !exec.isShutdown()) {
            long delay = backoff.toMillis() * (1L << (2 * (attempt - 1)));
            listener.accept("sandbox: " + type + " to " + url + " failed (" + error + "); retry in " + delay + " ms");
            try {
                exec.schedule(() -> attempt(eventId, type, url, body, secret, attempt + 1), delay, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException ignored) {
                // closing
            }
        } else {
            listener.accept("sandbox: gave up delivering " + type + " to " + url + " after " + attempt + " attempts");
        }
    }

    List<WebhookDelivery> log() {
        return List.copyOf(log);
    }

    void clearLog() {
        log.clear();
    }

    void close() {
        exec.shutdownNow();
    }
}
