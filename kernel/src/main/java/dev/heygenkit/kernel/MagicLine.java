package dev.heygenkit.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * One IPython-style line magic such as {@code %maven org.example:lib:1.0}: a name and shell-like arguments (quotes
 * group, backslash escapes inside double quotes).
 *
 * @param name the magic's name without {@code %}
 * @param args its arguments
 */
public record MagicLine(String name, List<String> args) {
    /** Copies the arguments. */
    public MagicLine {
        args = List.copyOf(args);
    }

    /** Whether a cell line is a line magic: its first non-blank characters are one {@code %} and a name. */
    public static boolean isMagic(String line) {
        String s = line.stripLeading();
        return s.length() > 1 && s.charAt(0) == '%' && Character.isJavaIdentifierStart(s.charAt(1));
    }

    /** Whether a cell line is a cell magic ({@code %%name}), which this kernel does not support. */
    public static boolean isCellMagic(String line) {
        return line.stripLeading().startsWith("%%");
    }

    /**
     * Parses a magic line.
     *
     * @throws IllegalArgumentException when the line is not a magic or a quote is not closed
     */
    public static MagicLine parse(String line) {
        if (!isMagic(line)) {
            throw new IllegalArgumentException("not a line magic: '" + line.strip() + "'; write %name args");
        }
        List<String> words = split(line.stripLeading().substring(1), line);
        return new MagicLine(words.get(0), words.subList(1, words.size()));
    }

    private static List<String> split(String text, String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                if (c == '"' || c == '\'') {
                    quote = c;
                } else {
                    word.append(c);
                }
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed " + quote + " in '" + line.strip() + "'; close the quote");
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    @Override
    public String toString() {
        return "%" + name + (args.isEmpty() ? "" : " " + String.join(" ", args));
    }
}
