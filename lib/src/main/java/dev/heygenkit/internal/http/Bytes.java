package dev.heygenkit.internal.http;

import java.time.Duration;
import java.util.Locale;

/** Human-readable sizes and durations for progress lines. */
public final class Bytes {
    private Bytes() {
    }

    /** A size as {@code 512 B}, {@code 3.0 KB} or {@code 63.2 MB}. */
    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** A duration as {@code 42 s} or {@code 3 min 5 s}. */
    public static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
    }
}
