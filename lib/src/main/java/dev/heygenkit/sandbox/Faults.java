package dev.heygenkit.sandbox;

import dev.heygenkit.sandbox.Http.Req;
import dev.heygenkit.sandbox.Http.Resp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fault rules and the {@code X-Sandbox-Fault} header: which fault (if any) a request gets, and the early answer of
 * the faults that answer instead of the handler.
 */
final class Faults {
    private final List<Fault> rules = new ArrayList<>();

    void add(Fault f) {
        synchronized (rules) {
            rules.add(f);
        }
    }

    void clear() {
        synchronized (rules) {
            rules.clear();
        }
    }

    /** The rules still in force, in the order they are consulted. */
    List<Fault> list() {
        synchronized (rules) {
            return List.copyOf(rules);
        }
    }

    /** The fault this request gets: its header's, else the first matching rule's (using up one of its times), else null. */
    Fault next(Req req) {
        String header = req.header("X-Sandbox-Fault");
        if (header != null) {
            try {
                return Fault.parse(header);
            } catch (IllegalArgumentException e) {
                throw ApiError.invalid("X-Sandbox-Fault", e.getMessage());
            }
        }
        synchronized (rules) {
            for (int i = 0; i < rules.size(); i++) {
                Fault f = rules.get(i);
                if (f.matches(req.method(), req.path())) {
                    if (f.times() != Integer.MAX_VALUE) {
                        if (f.times() <= 1) {
                            rules.remove(i);
                        } else {
                            rules.set(i, f.times(f.times() - 1));
                        }
                    }
                    return f;
                }
            }
        }
        return null;
    }

    /** The answer a fault gives instead of the handler's ({@link Resp#DROP} for reset), or null when the handler runs. */
    static Resp answer(Fault f) {
        return switch (f.kind()) {
            case STATUS -> Resp.error(new ApiError(f.status(), code(f.status()),
                    "injected fault: HTTP " + f.status() + " from the sandbox (X-Sandbox-Fault or a fault rule)",
                    null, f.status() == 429 ? Map.of("Retry-After", "1") : null));
            case RESET -> Resp.DROP;
            case MALFORMED -> new Resp(200, "application/json", "{\"data\": {\"id\": \"7f3a".getBytes(StandardCharsets.UTF_8));
            case HTML -> new Resp(502, "text/html; charset=utf-8", ("<html><head><title>502 Bad Gateway</title></head><body>"
                    + "<center><h1>502 Bad Gateway</h1></center><hr><center>sandbox-gateway</center></body></html>")
                    .getBytes(StandardCharsets.UTF_8));
            case SLOW, TIMEOUT -> null;
        };
    }

    private static String code(int status) {
        return switch (status) {
            case 429 -> "rate_limit_exceeded";
            case 401 -> "unauthorized";
            case 402 -> "insufficient_credit";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 409 -> "conflict";
            case 400 -> "invalid_parameter";
            default -> status >= 500 ? "internal_error" : "error";
        };
    }
}
