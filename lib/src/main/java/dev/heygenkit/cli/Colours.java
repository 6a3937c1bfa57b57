package dev.heygenkit.cli;

import java.util.Locale;
import java.util.Map;

/** Colour names {@code --bg} accepts besides {@code #RRGGBB}: the basic CSS names, sent to the API as hex. */
final class Colours {
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("black", "#000000"),
            Map.entry("white", "#FFFFFF"), Map.entry("red", "#FF0000"), Map.entry("green", "#008000"),
            Map.entry("lime", "#00FF00"), Map.entry("blue", "#0000FF"), Map.entry("navy", "#000080"),
            Map.entry("yellow", "#FFFF00"), Map.entry("orange", "#FFA500"), Map.entry("purple", "#800080"),
            Map.entry("pink", "#FFC0CB"), Map.entry("gray", "#808080"), Map.entry("grey", "#808080"),
            Map.entry("silver", "#C0C0C0"), Map.entry("teal", "#008080"), Map.entry("aqua", "#00FFFF"),
            Map.entry("cyan", "#00FFFF"), Map.entry("magenta", "#FF00FF"), Map.entry("fuchsia", "#FF00FF"),
            Map.entry("maroon", "#800000"), Map.entry("olive", "#808000"), Map.entry("brown", "#A52A2A"),
            Map.entry("transparent", ""));

    private Colours() {
    }

    /** The hex for a colour name, or null when {@code value} is not one. */
    static String hex(String value) {
        String hex = NAMES.get(value.trim().toLowerCase(Locale.ROOT));
        return hex == null || hex.isEmpty() ? null : hex;
    }

    /** Whether a --bg value looks like a word meant as a colour rather than a file name (no dot, no separator). */
    static boolean looksLikeAWord(String value) {
        return value.matches("[A-Za-z][A-Za-z ]*");
    }

    /** The usage error for a word that is neither a known colour nor an existing file. */
    static Durations.UsageException unknown(String value) {
        String hint = "transparent".equalsIgnoreCase(value.trim()) ? "for no background use --transparent" : "use #RRGGBB "
                + "(e.g. #0A84FF), a colour name such as red, navy or white, or a PNG/JPEG file or URL";
        return new Durations.UsageException("--bg " + value + " is neither a colour nor an existing file; " + hint);
    }
}
