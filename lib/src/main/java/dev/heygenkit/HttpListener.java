package dev.heygenkit;

import java.time.Duration;

/**
 * Observes the transport: each attempt, each answer and each retry. Methods run on the calling thread and must be
 * quick; they never see the API key.
 */
public interface HttpListener {
    /** An attempt is about to be sent ({@code attempt} counts from 1). */
    default void onRequest(String method, String path, int attempt) {
    }

    /** An answer arrived. */
    default void onResponse(String method, String path, int status, Duration elapsed, String requestId) {
    }

    /** A retry is scheduled after {@code delay} because of {@code reason} (a status or an error name). */
    default void onRetry(String method, String path, int nextAttempt, Duration delay, String reason) {
    }

    /** A listener that does nothing. */
    HttpListener NONE = new HttpListener() {
    };
}
