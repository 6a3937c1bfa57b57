package dev.heygenkit.sandbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A sliding one-second window of requests per API key (real time); over the limit is a 429 with Retry-After. */
final class RateLimiter {
    private final int perSecond;
    private final Map<String, Deque<Long>> windows = new HashMap<>();

    /** {@code perSecond} of 0 or less turns the limit off. */
    RateLimiter(int perSecond) {
        this.perSecond = perSecond;
    }

    /** Counts one request of {@code key}, or refuses it. */
    void check(String key) {
        if (perSecond <= 0) {
            return;
        }
        long now = System.nanoTime();
        long window = TimeUnit.SECONDS.toNanos(1);
        synchronized (windows) {
            Deque<Long> q = windows.computeIfAbsent(Ids.hex(key), k -> new ArrayDeque<>());
            while (!q.isEmpty() && now - q.peekFirst() >= window) {
                q.pollFirst();
            }
            if (q.size() >= perSecond) {
                long wait = window - (now - q.peekFirst());
                long seconds = Math.max(1, (long) Math.ceil(wait / 1e9));
                throw new ApiError(429, "rate_limit_exceeded", "more than " + perSecond
                        + " requests per second for this API key; wait " + seconds + " s (Retry-After) and retry", null,
                        Map.of("Retry-After", Long.toString(seconds)));
            }
            q.addLast(now);
        }
    }

    void clear() {
        synchronized (windows) {
            windows.clear();
        }
    }
}
