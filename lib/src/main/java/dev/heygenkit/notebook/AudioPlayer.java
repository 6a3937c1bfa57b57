package dev.heygenkit.notebook;

import dev.heygenkit.api.SpeechAudio;
import dev.heygenkit.api.VoiceInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * HTML5 {@code <audio>} players for voice samples and speech previews. Like {@link VideoPlayer}, each copies its audio
 * into the page when it fits {@link Notebook#inlineLimit()} (a table of voices shares one such allowance), so saved
 * notebooks keep playing after the kernel stops; otherwise it links, with a note to re-run the cell once the link has
 * expired.
 *
 * <pre>{@code AudioPlayer.of(client.voices().get("<voice_id>"))}</pre>
 */
public final class AudioPlayer {
    private AudioPlayer() {
    }

    /** A player for an audio URL. */
    public static Html of(String url) {
        return of(url, null);
    }

    /** A player for an audio URL with a caption above it. */
    public static Html of(String url, String caption) {
        StringBuilder html = new StringBuilder("<div class=\"heygen-audio\">");
        if (caption != null && !caption.isBlank()) {
            html.append("<div>").append(Html.escape(caption)).append("</div>");
        }
        boolean[] linked = {false};
        html.append(player(url, InlineMedia.budget(), linked));
        if (linked[0]) {
            html.append(LinkNote.html("audio"));
        }
        html.append("</div>");
        String text = (caption == null || caption.isBlank() ? "Audio" : caption) + (url == null ? "" : ": " + url);
        return Html.of(html.toString(), text);
    }

    /** A voice's name, language and gender above a player for its sample, or a note when it has none. */
    public static Html of(VoiceInfo voice) {
        return of(voice.previewAudioUrl(), describe(voice));
    }

    /** A player for spoken audio from {@code client.voices().speech(...)}, captioned with its length. */
    public static Html of(SpeechAudio speech) {
        String caption = speech.duration() == null ? "Speech"
                : String.format(Locale.ROOT, "Speech · %.1f s", speech.duration());
        return of(speech.audioUrl(), caption);
    }

    /** A table of voices, one row each with its id and a player for its sample. */
    public static Html list(Iterable<VoiceInfo> voices) {
        StringBuilder html = new StringBuilder("<table class=\"heygen-voices\"><thead><tr>"
                + "<th>name</th><th>language</th><th>gender</th><th>id</th><th>sample</th></tr></thead><tbody>");
        List<String> lines = new ArrayList<>();
        InlineMedia.Budget budget = InlineMedia.budget();
        boolean[] linked = {false};
        int shown = 0;
        for (VoiceInfo v : voices) {
            if (shown++ == VideoTable.MAX_ROWS) {
                html.append("<tr><td colspan=\"5\"><i>first ").append(VideoTable.MAX_ROWS).append(" shown</i></td></tr>");
                break;
            }
            html.append("<tr><td>").append(Html.escape(v.name())).append("</td><td>").append(Html.escape(v.language()))
                    .append("</td><td>").append(Html.escape(v.gender())).append("</td><td><code>")
                    .append(Html.escape(v.id())).append("</code></td><td>")
                    .append(player(v.previewAudioUrl(), budget, linked)).append("</td></tr>");
            lines.add(v.id() + "  " + describe(v));
        }
        html.append("</tbody></table>");
        if (linked[0]) {
            html.append(LinkNote.html("audio"));
        }
        String count = lines.size() + (lines.size() == 1 ? " voice" : " voices")
                + (shown > lines.size() ? " (first " + VideoTable.MAX_ROWS + " shown)" : "");
        return Html.of(html.toString(), count + ":\n" + String.join("\n", lines));
    }

    /** An audio element playing a copy when the budget allows, else the link (and {@code linked[0]} turns true). */
    private static String player(String url, InlineMedia.Budget budget, boolean[] linked) {
        String link = Urls.attribute(url);
        if (link == null) {
            return "<i>" + (url == null ? "no sample" : "unsupported audio URL") + "</i>";
        }
        String copy = InlineMedia.media(url, budget);
        if (copy == null && InlineMedia.fetchable(url)) {
            linked[0] = true;
        }
        String src = copy != null ? Urls.attribute(copy) : link;
        return "<audio controls preload=\"none\"" + (copy == null ? " onerror=\"" + LinkNote.ON_ERROR + "\"" : "")
                + " src=\"" + src + "\"><a href=\"" + link + "\">listen</a></audio>";
    }

    private static String describe(VoiceInfo voice) {
        StringJoiner parts = new StringJoiner(" · ");
        for (String part : new String[]{voice.name(), voice.language(), voice.gender()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return parts.length() == 0 ? voice.id() : parts.toString();
    }
}
