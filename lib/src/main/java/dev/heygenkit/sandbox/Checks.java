package dev.heygenkit.sandbox;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** Value checks every endpoint shares: URLs, receivers, hex colours and number ranges, each a 400 naming the param. */
final class Checks {
    private static final Pattern HEX = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern HEX6 = Pattern.compile("#[0-9a-fA-F]{6}");

    private Checks() {
    }

    /** An absolute http or https URL. */
    static void httpUrl(String url, String param) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            throw ApiError.invalid(param, "\"" + url + "\" is not a URL; pass an absolute https:// URL");
        }
        if (uri.getScheme() == null || uri.getHost() == null || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
            throw ApiError.invalid(param, "\"" + url + "\" is not an absolute http(s) URL; pass one like https://example.com/file.png");
        }
    }

    /** Webhook and callback receivers: https anywhere, plain http only on loopback. */
    static void receiverUrl(String url, String param) {
        httpUrl(url, param);
        URI uri = URI.create(url);
        if (uri.getScheme().equals("http") && !isLoopback(uri.getHost())) {
            throw ApiError.invalid(param, "http:// receivers are allowed only on loopback (127.0.0.1 or localhost); use https:// for " + uri.getHost());
        }
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("127.0.0.1") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    /** A hex colour: {@code #RGB} or {@code #RRGGBB}, or only the six-digit form. */
    static void hex(String value, String param, boolean sixDigits) {
        if (value == null || !(sixDigits ? HEX6 : HEX).matcher(value).matches()) {
            throw ApiError.invalid(param, "\"" + value + "\" is not a hex colour; write it like " + (sixDigits ? "#0A84FF (six digits)" : "#0A84FF"));
        }
    }

    /** {@code min <= value <= max}; {@code what} names the value in the message. */
    static void range(double value, double min, double max, String param, String what) {
        if (Double.isNaN(value) || value < min || value > max) {
            throw ApiError.invalid(param, what + " " + trim(value) + " is out of range; use " + trim(min) + " to " + trim(max));
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
