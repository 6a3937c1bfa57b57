package dev.heygenkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.stream.Collectors;

/** Writes DSL values back as Java source: string literals, numbers and durations. */
final class Dsl {
    private Dsl() {
    }

    /** A Java string literal. */
    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Several string literals separated by commas. */
    static String strs(Collection<String> values) {
        return values.stream().map(Dsl::str).collect(Collectors.joining(", "));
    }

    /** A number as short as Java accepts it: {@code 1.1}, {@code -2}, {@code 0.5}. */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "Double." + (Double.isNaN(v) ? "NaN" : v > 0 ? "POSITIVE_INFINITY" : "NEGATIVE_INFINITY");
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A {@link Duration} factory call that recreates the value. */
    static String duration(Duration d) {
        if (d.getNano() == 0) {
            long s = d.getSeconds();
            return s != 0 && s % 60 == 0 ? "Duration.ofMinutes(" + s / 60 + ")" : "Duration.ofSeconds(" + s + ")";
        }
        if (d.getNano() % 1_000_000 == 0) {
            return "Duration.ofMillis(" + d.toMillis() + ")";
        }
        return "Duration.ofNanos(" + d.toNanos() + ")";
    }

    /** Seconds with an {@code s} suffix as pauses want them: {@code 1s}, {@code 1.5s}, {@code 0.25s}. */
    static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + "s";
    }

    /** Seconds as a number, for durations sent as numbers. */
    static double secondsValue(Duration d) {
        return d.toNanos() / 1e9;
    }
}
