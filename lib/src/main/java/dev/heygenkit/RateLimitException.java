package dev.heygenkit;

import java.time.Duration;

/** HTTP 429 {@code rate_limit_exceeded} after the configured retries; {@link #retryAfter()} says how long to wait. */
public class RateLimitException extends ApiException {
    private final Duration retryAfter;

    /** Creates the error from the API's answer and its {@code Retry-After} (null when absent). */
    public RateLimitException(int status, String code, String message, String param, String docUrl, String requestId,
                              String hint, Duration retryAfter) {
        super(status, code, message, param, docUrl, requestId, hint);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for, or null when it named none. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
