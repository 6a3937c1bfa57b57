package dev.heygenkit.cli;

import dev.heygenkit.HttpListener;

import java.io.PrintStream;
import java.time.Duration;

/** {@code --verbose}: one stderr line per HTTP answer and retry, in the format {@code HEYGEN_LOG=info} uses. */
final class RequestLog implements HttpListener {
    private final PrintStream err;

    RequestLog(PrintStream err) {
        this.err = err;
    }

    @Override
    public void onResponse(String method, String path, int status, Duration elapsed, String requestId) {
        err.println("heygen info: " + method + " " + path + " -> " + status + " in " + elapsed.toMillis() + " ms"
                + (requestId == null ? "" : " (request_id " + requestId + ")"));
    }

    @Override
    public void onRetry(String method, String path, int nextAttempt, Duration delay, String reason) {
        err.println("heygen info: " + method + " " + path + ": " + reason + ", attempt " + nextAttempt + " in "
                + delay.toMillis() + " ms");
    }
}
