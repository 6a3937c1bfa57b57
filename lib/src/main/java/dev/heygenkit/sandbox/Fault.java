package dev.heygenkit.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A deterministic failure the sandbox answers with instead of (or on top of) the normal response, for testing
 * retries and error mapping. Inject per request with header {@code X-Sandbox-Fault: 500|502|503|429|slow=<ms>|reset|
 * malformed|html|timeout} or as a rule: {@code sb.injectFault(Fault.status(500).on("POST", "/v3/videos").times(2))}.
 *
 * <p>Status faults, {@code reset}, {@code malformed} and {@code html} answer before the request is handled, so nothing
 * is created. {@code slow} delays and then handles normally. {@code timeout} handles the request (a video may be
 * created and billed) and then withholds the answer for its delay (30 s unless given), the case where a client
 * cannot know whether its POST took effect. {@code reset} closes the connection without a response.
 */
public final class Fault {
    /** What the fault does. */
    public enum Kind {
        /** Answers the given HTTP status with a v3 error body (429 also sends {@code Retry-After: 1}). */
        STATUS,
        /** Waits, then answers normally. */
        SLOW,
        /** Closes the connection without sending a response. */
        RESET,
        /** Answers 200 with truncated, unparseable JSON. */
        MALFORMED,
        /** Answers 502 with an HTML gateway page instead of JSON. */
        HTML,
        /** Handles the request, then holds the response back for the delay. */
        TIMEOUT
    }

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Kind kind;
    private final int status;
    private final Duration delay;
    private final String method;
    private final String path;
    private final int times;

    private Fault(Kind kind, int status, Duration delay, String method, String path, int times) {
        this.kind = kind;
        this.status = status;
        this.delay = delay;
        this.method = method;
        this.path = path;
        this.times = times;
    }

    /** Answers {@code status} (400–599) with a v3 error envelope. */
    public static Fault status(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("fault status " + status + " is not an error status; use 400..599");
        }
        return new Fault(Kind.STATUS, status, Duration.ZERO, null, null, 1);
    }

    /** Delays the answer by {@code delay} and then answers normally. */
    public static Fault slow(Duration delay) {
        return new Fault(Kind.SLOW, 0, Objects.requireNonNull(delay, "delay"), null, null, 1);
    }

    /** Drops the connection without a response. */
    public static Fault reset() {
        return new Fault(Kind.RESET, 0, Duration.ZERO, null, null, 1);
    }

    /** Answers 200 with JSON cut off in the middle. */
    public static Fault malformed() {
        return new Fault(Kind.MALFORMED, 200, Duration.ZERO, null, null, 1);
    }

    /** Answers 502 with an HTML error page, like a gateway in front of the API. */
    public static Fault html() {
        return new Fault(Kind.HTML, 502, Duration.ZERO, null, null, 1);
    }

    /** Handles the request, then holds the response back for 30 s (longer than sensible client timeouts). */
    public static Fault timeout() {
        return new Fault(Kind.TIMEOUT, 0, DEFAULT_TIMEOUT, null, null, 1);
    }

    /** Handles the request, then holds the response back for {@code hold}. */
    public static Fault timeout(Duration hold) {
        return new Fault(Kind.TIMEOUT, 0, Objects.requireNonNull(hold, "hold"), null, null, 1);
    }

    /**
     * Parses the {@code X-Sandbox-Fault} header syntax: {@code 500}, {@code 429}, {@code slow=250}, {@code reset},
     * {@code malformed}, {@code html}, {@code timeout} or {@code timeout=<ms>}.
     */
    public static Fault parse(String spec) {
        String s = spec == null ? "" : spec.trim().toLowerCase(Locale.ROOT);
        try {
            if (s.matches("\\d{3}")) {
                return status(Integer.parseInt(s));
            }
            if (s.startsWith("slow=")) {
                return slow(Duration.ofMillis(Long.parseLong(s.substring(5))));
            }
            if (s.startsWith("timeout=")) {
                return timeout(Duration.ofMillis(Long.parseLong(s.substring(8))));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(invalid(spec), e);
        }
        return switch (s) {
            case "reset" -> reset();
            case "malformed" -> malformed();
            case "html" -> html();
            case "timeout" -> timeout();
            default -> throw new IllegalArgumentException(invalid(spec));
        };
    }

    private static String invalid(String spec) {
        return "fault \"" + spec + "\" is not understood; use 500, 502, 503, 429, slow=<ms>, reset, malformed, html or timeout";
    }

    /** Limits the fault to requests with this method ({@code null} = any) and path (exact, or a prefix ending in {@code *}). */
    public Fault on(String method, String path) {
        return new Fault(kind, status, delay, method == null ? null : method.toUpperCase(Locale.ROOT), path, times);
    }

    /** Applies the fault to the next {@code n} matching requests (default 1). */
    public Fault times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("fault times " + n + " must be at least 1; use always() for every request");
        }
        return new Fault(kind, status, delay, method, path, n);
    }

    /** Applies the fault to every matching request until the faults are cleared. */
    public Fault always() {
        return new Fault(kind, status, delay, method, path, Integer.MAX_VALUE);
    }

    /** What the fault does. */
    public Kind kind() {
        return kind;
    }

    /** The HTTP status it answers with, or 0 when it answers normally. */
    public int status() {
        return status;
    }

    /** How long it delays or withholds the answer. */
    public Duration delay() {
        return delay;
    }

    /** The method it is limited to, or null for any. */
    public String method() {
        return method;
    }

    /** The path (or {@code prefix*}) it is limited to, or null for any API path. */
    public String path() {
        return path;
    }

    /** How many matching requests it applies to ({@link Integer#MAX_VALUE} = always). */
    public int times() {
        return times;
    }

    /** Whether a request with this method and path is affected. */
    public boolean matches(String requestMethod, String requestPath) {
        if (method != null && !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        if (path == null) {
            return true;
        }
        return path.endsWith("*") ? requestPath.startsWith(path.substring(0, path.length() - 1)) : requestPath.equals(path);
    }

    /** The header syntax of this fault, followed by its scope. */
    @Override
    public String toString() {
        String spec = switch (kind) {
            case STATUS -> Integer.toString(status);
            case SLOW -> "slow=" + delay.toMillis();
            case TIMEOUT -> "timeout=" + delay.toMillis();
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
        return spec + (method == null ? "" : " on " + method) + (path == null ? "" : " " + path)
                + (times == Integer.MAX_VALUE ? " always" : " x" + times);
    }
}
