package dev.heygenkit.internal.http;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a server said about its clock. HeyGen says nothing, so times stay as they are; the kit's sandbox runs on a
 * scaled clock and says so in every answer ({@code X-Sandbox-Clock: speed=30.0; now=1767225600.250}) and names the
 * render time of each video it returns ({@code X-Sandbox-Render-Seconds: <video_id>=95.0}). One per transport; the
 * latest one per server origin is also kept for views that only hold a URL (a table of videos).
 */
public final class ServerClock {
    /** The sandbox's clock: speed (sandbox seconds per real second, or {@code manual}) and its current time. */
    public static final String CLOCK_HEADER = "X-Sandbox-Clock";
    /** Sandbox seconds from creation to the final status of each video in an answer. */
    public static final String RENDER_HEADER = "X-Sandbox-Render-Seconds";

    private static final int MAX_VIDEOS = 512;
    private static final int MAX_ORIGINS = 32;
    private static final Map<String, ServerClock> BY_ORIGIN = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ServerClock> eldest) {
            return size() > MAX_ORIGINS;
        }
    };

    private final String origin;
    private final Map<String, Double> renderSeconds = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > MAX_VIDEOS;
        }
    };
    private boolean advertised;
    /** Sandbox seconds per real second; NaN for a manual clock or before any advertisement. */
    private double speed = Double.NaN;
    private double serverNow;
    private Instant localNow;

    /** A clock for answers from the server at {@code base}. */
    public ServerClock(URI base) {
        this.origin = origin(base == null ? null : base.toString());
    }

    /** The clock last advertised by the server a URL belongs to, or null when that server advertised none. */
    public static ServerClock forUrl(String url) {
        String key = origin(url);
        if (key == null) {
            return null;
        }
        synchronized (BY_ORIGIN) {
            return BY_ORIGIN.get(key);
        }
    }

    /** Reads the clock headers of one answer, received at {@code clock}'s current time. */
    public void observe(HttpHeaders headers, Clock clock) {
        String value = headers.firstValue(CLOCK_HEADER).orElse(null);
        if (value == null) {
            return;
        }
        Map<String, String> parts = parameters(value, ";");
        synchronized (this) {
            advertised = true;
            speed = number(parts.get("speed"));
            double now = number(parts.get("now"));
            if (!Double.isNaN(now)) {
                serverNow = now;
                localNow = clock.instant();
            }
            headers.firstValue(RENDER_HEADER).ifPresent(v -> parameters(v, ",").forEach((id, s) -> {
                double seconds = number(s);
                if (!Double.isNaN(seconds)) {
                    renderSeconds.put(id, seconds);
                }
            }));
        }
        if (origin != null) {
            synchronized (BY_ORIGIN) {
                BY_ORIGIN.put(origin, this);
            }
        }
    }

    /** Whether the server ever said it is the kit's sandbox. */
    public synchronized boolean advertised() {
        return advertised;
    }

    /** Server seconds per real second: the sandbox's speed, 1 for servers that say nothing, empty for a manual clock. */
    public synchronized OptionalDouble speed() {
        if (!advertised) {
            return OptionalDouble.of(1);
        }
        return Double.isNaN(speed) ? OptionalDouble.empty() : OptionalDouble.of(speed);
    }

    /** How long the video takes from creation to its final status in real time, when the server said so. */
    public synchronized Optional<Duration> renderTime(String videoId) {
        Double seconds = renderSeconds.get(videoId);
        if (seconds == null || Double.isNaN(speed)) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round(seconds / speed * 1000)));
    }

    /**
     * A span measured on the server's clock in real time: unchanged for servers that say nothing, scaled for a
     * sandbox, empty for a sandbox on a manual clock (its time has nothing to do with anyone's).
     */
    public synchronized Optional<Duration> toReal(Duration serverSpan) {
        if (!advertised) {
            return Optional.of(serverSpan);
        }
        return Double.isNaN(speed) ? Optional.empty() : Optional.of(Duration.ofMillis(Math.round(serverSpan.toMillis() / speed)));
    }

    /** A server timestamp as the local clock would have read it then (unchanged for servers that say nothing). */
    public synchronized Instant toLocal(Instant serverTime) {
        if (!advertised || Double.isNaN(speed) || localNow == null) {
            return serverTime;
        }
        double serverSecondsAgo = serverNow - (serverTime.getEpochSecond() + serverTime.getNano() / 1e9);
        return localNow.minusMillis(Math.round(serverSecondsAgo / speed * 1000));
    }

    private static Map<String, String> parameters(String value, String separator) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : value.split(separator)) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return out;
    }

    private static double number(String text) {
        try {
            return text == null ? Double.NaN : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String origin(String url) {
        try {
            URI u = url == null ? null : URI.create(url.trim());
            if (u == null || u.getScheme() == null || u.getHost() == null) {
                return null;
            }
            return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + u.getPort();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public synchronized String toString() {
        return "ServerClock[" + origin + (advertised ? ", speed " + (Double.isNaN(speed) ? "manual" : speed) : ", real time") + "]";
    }
}
