package dev.heygenkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before trying a request again: {@code base·2ⁿ} with ±{@code jitter} (default
 * 1 s·2ⁿ ±25 %), capped at {@code cap} (30 s); a server's {@code Retry-After} is honoured up to the cap.
 *
 * @param maxRetries attempts after the first one (default 2, env {@code HEYGEN_MAX_RETRIES})
 * @param base       the first delay before jitter
 * @param cap        the longest single delay
 * @param jitter     the relative spread, 0.25 for ±25 %
 * @param random     a source of uniform values in [0, 1), swappable for deterministic tests
 */
public record RetryPolicy(int maxRetries, Duration base, Duration cap, double jitter, DoubleSupplier random) {
    /** Default number of retries after the first attempt. */
    public static final int DEFAULT_MAX_RETRIES = 2;

    /** Checks the numbers. */
    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries " + maxRetries + " is negative; use 0 to disable retries");
        }
        if (base.isNegative() || cap.isNegative()) {
            throw new IllegalArgumentException("retry delays must not be negative");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter " + jitter + " must be in [0, 1)");
        }
    }

    /** The default policy with the given retry count. */
    public static RetryPolicy defaults(int maxRetries) {
        return new RetryPolicy(maxRetries, Duration.ofSeconds(1), Duration.ofSeconds(30), 0.25, Math::random);
    }

    /** A copy with a different number of retries. */
    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries, base, cap, jitter, random);
    }

    /**
     * The wait before retry number {@code retry} (0 for the first retry): the jittered backoff, or the server's
     * {@code Retry-After} when that is longer, never more than the cap.
     */
    public Duration delay(int retry, Duration retryAfter) {
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        double millis = base.toMillis() * Math.pow(2, Math.min(retry, 30)) * factor;
        long backoff = (long) Math.min(millis, cap.toMillis());
        long wanted = retryAfter == null ? backoff : Math.max(backoff, retryAfter.toMillis());
        return Duration.ofMillis(Math.min(wanted, cap.toMillis()));
    }

    /** Parses a {@code Retry-After} value: delta seconds or an HTTP-date; empty when absent or unreadable. */
    public static Optional<Duration> parseRetryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(clock.instant(), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
