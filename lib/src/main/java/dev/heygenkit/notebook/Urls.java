package dev.heygenkit.notebook;

import java.util.Locale;
import java.util.regex.Pattern;

/** Which URLs may go into {@code src}, {@code poster} and {@code href}: web, media data and relative ones. */
final class Urls {
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private Urls() {
    }

    /** The URL escaped for a quoted attribute, or null when it is absent or has a scheme a page must not follow. */
    static String attribute(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.trim();
        var m = SCHEME.matcher(trimmed);
        if (m.find()) {
            String scheme = m.group(1).toLowerCase(Locale.ROOT);
            boolean media = scheme.equals("data") && trimmed.substring(5).toLowerCase(Locale.ROOT)
                    .matches("(image|audio|video)/[a-z0-9.+-]+[;,].*");
            if (!scheme.equals("http") && !scheme.equals("https") && !media) {
                return null;
            }
        }
        return Html.escape(trimmed);
    }
}
