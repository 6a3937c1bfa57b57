package dev.heygenkit.sandbox;

import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on mutations: the first request with a key runs and its answer is kept for 24 sandbox hours;
 * a repeat while it runs is 409, a repeat after it gets the same answer with {@code Idempotent-Replayed: true}.
 * Answers that invite a retry (5xx, 429, 409) are not kept. A key is scoped to method and path.
 */
final class Idempotency {
    static final Duration KEEP = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_:.\\-]{1,255}");

    private record Replay(int status, String contentType, byte[] body, Map<String, String> headers) {
    }

    private static final class Entry {
        private final Instant expiresAt;
        private Replay replay;

        private Entry(Instant expiresAt) {
            this.expiresAt = expiresAt;
        }
    }

    private final SandboxClock clock;
    private final Map<String, Entry> entries = new HashMap<>();

    Idempotency(SandboxClock clock) {
        this.clock = clock;
    }

    /** Runs {@code call} for {@code req} once per key: a request without a key, or a GET, just runs. */
    Resp run(Req req, Supplier<Resp> call) {
        String key = req.header("Idempotency-Key");
        boolean mutation = !req.method().equals("GET") && !req.method().equals("HEAD");
        if (key == null || !mutation) {
            return call.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ApiError.invalid("Idempotency-Key", "Idempotency-Key must be 1 to 255 characters of A-Z, a-z, 0-9, _ : . or -");
        }
        String scope = req.method() + " " + req.path() + "|" + key;
        Resp replay = claim(scope, key);
        if (replay != null) {
            return replay;
        }
        Resp resp = null;
        try {
            resp = call.get();
            return resp;
        } finally {
            keep(scope, resp);
        }
    }

    /** The kept answer for {@code scope}, or null after claiming it for this request. */
    private synchronized Resp claim(String scope, String key) {
        Instant now = clock.now();
        Entry entry = entries.get(scope);
        if (entry != null && now.isBefore(entry.expiresAt)) {
            if (entry.replay == null) {
                throw new ApiError(409, "request_in_progress", "a request with Idempotency-Key " + key
                        + " is still running; wait for it and retry with the same key to get its response", null, null);
            }
            Replay r = entry.replay;
            return new Resp(r.status(), r.contentType(), r.body()).headers(r.headers()).header("Idempotent-Replayed", "true");
        }
        entries.put(scope, new Entry(now.plus(KEEP)));
        return null;
    }

    private synchronized void keep(String scope, Resp resp) {
        Entry entry = entries.get(scope);
        boolean keep = resp != null && resp.status() < 500 && resp.status() != 429 && resp.status() != 409;
        if (entry != null && keep) {
            entry.replay = new Replay(resp.status(), resp.contentType(), resp.body(), Map.copyOf(resp.headers()));
        } else {
            entries.remove(scope);
        }
    }

    /** Forgets keys whose 24 hours have passed by {@code now}. */
    synchronized void expire(Instant now) {
        entries.values().removeIf(e -> !now.isBefore(e.expiresAt));
    }

    synchronized void clear() {
        entries.clear();
    }
}
