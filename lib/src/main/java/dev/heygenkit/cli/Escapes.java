package dev.heygenkit.cli;

/**
 * Makes text from servers and files safe to print on a terminal: control characters (ESC, BEL, CR, backspace, the
 * C1 range, DEL; newline too unless a message needs it) are shown as {@code \u001b}-style escapes instead of being
 * executed, and huge tokens such as a 10 KB id are abbreviated. JSON output needs none of this: Jackson escapes it.
 */
final class Escapes {
    /** Tokens longer than this are cut in messages. */
    static final int MAX_TOKEN = 80;

    private Escapes() {
    }

    /** One line: every control character, newline included, shown visibly; null stays null. */
    static String line(String s) {
        return s == null ? null : escape(s, false);
    }

    /** A message: control characters shown visibly, newlines kept, and any token over 80 characters abbreviated. */
    static String message(String s) {
        return s == null ? null : abbreviate(escape(s, true));
    }

    private static String escape(String s, boolean keepNewline) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && !(keepNewline && c == '\n')) || (c >= 0x7f && c <= 0x9f)
                    || c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
            if (control && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (control) {
                b.append(String.format("\\u%04x", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Cuts every whitespace-free run longer than {@link #MAX_TOKEN} to its head, its length and its tail. */
    static String abbreviate(String s) {
        if (s.length() <= MAX_TOKEN) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            int len = j - i;
            if (len > MAX_TOKEN) {
                out.append(s, i, i + 40).append("…(").append(len).append(" characters)…").append(s, j - 12, j);
            } else {
                out.append(s, i, j);
            }
            int k = j;
            while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
                k++;
            }
            out.append(s, j, k);
            i = k;
        }
        return out.toString();
    }
}
