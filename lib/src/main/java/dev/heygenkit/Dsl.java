package dev.heygenkit;

import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.VideoOptions;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
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

    /**
     * The call that recreates a media input: {@code prefix(URI.create("…"))}, {@code prefix(Path.of("…"))} or
     * {@code assetPrefix("id")}.
     */
    static String media(AssetInput a, String prefix, String assetPrefix) {
        if (a instanceof AssetInput.Url u) {
            return prefix + "(URI.create(" + str(u.url()) + "))";
        }
        if (a instanceof AssetInput.LocalFile f) {
            return prefix + "(Path.of(" + str(f.path().toString()) + "))";
        }
        if (a instanceof AssetInput.AssetId id) {
            return assetPrefix + "(" + str(id.assetId()) + ")";
        }
        return prefix + "(" + a + ")";
    }

    /** Appends {@code .name("value")} when the value is set; open value types print their wire value. */
    static void step(StringBuilder b, String name, Object value) {
        if (value != null) {
            b.append('.').append(name).append('(').append(str(value.toString())).append(')');
        }
    }

    /** Appends the steps that recreate whole-video options (shared by {@link Avatar} and {@link Scenes}). */
    static void options(StringBuilder b, VideoOptions o) {
        step(b, "aspect", o.aspectRatio());
        step(b, "resolution", o.resolution());
        if (o.caption() != null) {
            b.append(o.caption().style() == null ? ".captions()" : ".burnedCaptions()");
        }
        step(b, "title", o.title());
        step(b, "callback", o.callbackUrl());
        step(b, "callbackId", o.callbackId());
        if (o.watermark() != null) {
            b.append(".watermark(").append(Watermark.expr(o.watermark())).append(')');
        }
    }

    /** The problem codes to ignore: {@code ignored} plus {@code codes}, sorted and without repeats. */
    static List<String> codes(List<String> ignored, String... codes) {
        TreeSet<String> all = new TreeSet<>(ignored);
        for (String code : codes) {
            all.add(Objects.requireNonNull(code, "problem code"));
        }
        return List.copyOf(all);
    }

    /** Adds {@code .name("value")} to a list of steps when the value is set. */
    static void step(List<String> steps, String name, Object value) {
        if (value != null) {
            steps.add("." + name + "(" + str(value.toString()) + ")");
        }
    }

    /** Adds a step, written as given (e.g. {@code .title(...)}), to a list of steps when the value is set. */
    static void present(List<String> steps, String step, Object value) {
        if (value != null) {
            steps.add(step);
        }
    }
}
