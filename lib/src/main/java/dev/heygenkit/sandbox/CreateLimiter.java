package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.Map;

/**
 * The create-rate limit: a token bucket of videos per second (real time) shared by every create — one for
 * {@code POST /v3/videos} and a template generate, one per item for {@code POST /v3/videos/batches}. It holds at
 * least one full batch (100), refills at the rate, and a create that finds too few tokens gets 429 with the whole
 * seconds until enough are back as {@code Retry-After}. Idempotent replays cost nothing (they never reach it).
 */
final class CreateLimiter {
    private final double perSecond;
    private final double capacity;
    private double tokens;
    private long last = System.nanoTime();

    /** {@code perSecond} of 0 or less turns the limit off. */
    CreateLimiter(double perSecond) {
        this.perSecond = perSecond;
        this.capacity = Math.max(perSecond, 100);
        this.tokens = capacity;
    }

    /** Takes the tokens a create needs, or refuses it. */
    void check(Http.Req req) {
        if (perSecond <= 0 || !req.method().equals("POST") || !creates(req.path())) {
            return;
        }
        int videos = req.path().equals("/v3/videos/batches") ? items(req.body()) : 1;
        synchronized (this) {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens + 1e-9 >= videos) {
                tokens -= videos;
                return;
            }
            long seconds = Math.max(1, (long) Math.ceil((videos - tokens) / perSecond));
            String rate = perSecond == Math.rint(perSecond) ? Long.toString((long) perSecond) : Double.toString(perSecond);
            throw new ApiError(429, "rate_limit_exceeded", "more than " + rate + " videos created "
                    + "per second; wait " + seconds + " s (Retry-After) and retry", null,
                    Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    synchronized void reset() {
        tokens = capacity;
        last = System.nanoTime();
    }

    private static boolean creates(String path) {
        return path.equals("/v3/videos") || path.equals("/v3/videos/batches") || path.startsWith("/v3/templates/");
    }

    private static int items(byte[] body) {
        try {
            JsonNode videos = Json.parse(body).path("videos");
            return videos.isArray() ? Math.max(1, videos.size()) : 1;
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }
}
