package dev.heygenkit.internal.render;

import dev.heygenkit.ProblemCodes;
import dev.heygenkit.PreflightException.Problem;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The problems one preflight run has found so far, plus the small checks every rule family uses (blank values,
 * one-of lists with a did-you-mean, colours, URLs). Rule families ({@code FrameRules}, {@code SpeakerRules}, …)
 * write into the same instance so problems come out in field order.
 */
final class Findings {
    private static final Pattern HEX6 = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern HEX3 = Pattern.compile("#?[0-9A-Fa-f]{3}");

    private final List<Problem> out = new ArrayList<>();

    void error(String code, String param, String message) {
        out.add(Problem.error(code, param, message));
    }

    void warning(String code, String param, String message) {
        out.add(Problem.warning(code, param, message));
    }

    void add(List<Problem> problems) {
        out.addAll(problems);
    }

    List<Problem> all() {
        return List.copyOf(out);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** A number as people write it ({@code 1.5}, {@code -2}); {@code NaN} and infinities by name. */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** Whether {@code v} is a finite number within {@code min..max}. */
    static boolean within(double v, double min, double max) {
        return !Double.isNaN(v) && v >= min && v <= max;
    }

    /** Reports a value of an open type that is not among the values the API takes, with a guess when one is close. */
    <T> void oneOf(T value, List<T> allowed, Function<T, String> wire, String code, String param, String what,
                   String example) {
        if (value == null || allowed.contains(value)) {
            return;
        }
        List<String> names = allowed.stream().map(wire).toList();
        String guess = guess(wire.apply(value), names);
        error(code, param, what + " \"" + wire.apply(value) + "\" is not supported; " + (guess != null
                ? "did you mean \"" + guess + "\"? " : "") + "use one of " + String.join(", ", names)
                + " (e.g. " + example + ")");
    }

    private static String guess(String value, List<String> allowed) {
        String v = value.trim().toLowerCase(Locale.ROOT).replace('x', ':').replace('/', ':').replace(" ", "");
        for (String a : allowed) {
            if (a.equals(v) || a.equals(v + "p") || (a.equals("4k") && v.equals("2160p"))) {
                return a;
            }
        }
        return null;
    }

    void color(String hex, String param, String label) {
        if (hex != null && HEX6.matcher(hex).matches()) {
            return;
        }
        String fix = "write it as #RRGGBB, e.g. Background.color(\"#0A84FF\")";
        if (hex != null && HEX3.matcher(hex).matches()) {
            String h = hex.startsWith("#") ? hex.substring(1) : hex;
            fix = "write it with six digits: Background.color(\"#" + ("" + h.charAt(0) + h.charAt(0) + h.charAt(1)
                    + h.charAt(1) + h.charAt(2) + h.charAt(2)).toUpperCase(Locale.ROOT) + "\")";
        } else if (hex != null && hex.matches("[0-9A-Fa-f]{6}")) {
            fix = "add the #: Background.color(\"#" + hex + "\")";
        }
        error(ProblemCodes.BACKGROUND_COLOR_INVALID, param, label + "background colour \"" + hex + "\" is not a hex colour; " + fix);
    }

    void url(String url, String param, String what, String label) {
        if (httpUrl(url)) {
            return;
        }
        boolean file = url.startsWith("file:") || url.startsWith("/") || url.matches("[A-Za-z]:\\\\.*");
        error(ProblemCodes.URL_INVALID, param, label + what + " URL \"" + url + "\" is not a public http(s) URL; "
                + (file ? "pass local files as Path.of(\"…\") and they are uploaded for you" : "use https://…"));
    }

    static boolean httpUrl(String url) {
        try {
            URI u = URI.create(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && u.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
