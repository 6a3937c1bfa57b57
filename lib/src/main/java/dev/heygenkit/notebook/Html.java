package dev.heygenkit.notebook;

import java.util.Objects;
import java.util.StringJoiner;

/**
 * A piece of HTML with a plain-text fallback. Java kernels (IJava, JJava, the kit's own) show it as {@code text/html};
 * everywhere else it is a plain value whose {@link #toString()} is the text.
 *
 * <pre>{@code Html.of("<b>done</b>", "done")}</pre>
 *
 * @param html the markup, trusted as is: build it with {@link #escape(String)} around user text
 * @param text what a terminal or log shows instead
 */
public record Html(String html, String text) {
    static {
        // Creating the first Html is the moment a notebook needs its renderer, whatever kernel runs it.
        Notebook.install();
    }

    /** Requires both parts. */
    public Html {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
    }

    /** HTML whose text fallback is the markup with tags removed. */
    public static Html of(String html) {
        return new Html(html, toText(html));
    }

    /** HTML with an explicit text fallback. */
    public static Html of(String html, String text) {
        return new Html(html, text);
    }

    /**
     * The pieces one after another, e.g. several players in one cell value; the texts join with line breaks.
     *
     * <pre>{@code Html.concat(List.of(AudioPlayer.of(a), AudioPlayer.of(b)))}</pre>
     */
    public static Html concat(Iterable<Html> pieces) {
        StringBuilder html = new StringBuilder("<div class=\"heygen-group\">");
        StringJoiner text = new StringJoiner("\n");
        for (Html piece : pieces) {
            html.append(piece.html());
            text.add(piece.text());
        }
        return new Html(html.append("</div>").toString(), text.toString());
    }

    /** Escapes {@code & < > " '} so any text can go into element content or a quoted attribute; null becomes empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The text fallback. */
    @Override
    public String toString() {
        return text;
    }

    private static String toText(String html) {
        String noTags = html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]*>", " ");
        String unescaped = noTags.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
        return unescaped.replaceAll("\\s+", " ").trim();
    }
}
