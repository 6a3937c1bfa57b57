package dev.heygenkit.notebook;

import dev.heygenkit.api.SpeechAudio;
import dev.heygenkit.api.VoiceInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * HTML5 {@code <audio>} players for voice samples and speech previews.
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
        String src = Urls.attribute(url);
        StringBuilder html = new StringBuilder("<div class=\"heygen-audio\">");
        if (caption != null && !caption.isBlank()) {
            html.append("<div>").append(Html.escape(caption)).append("</div>");
        }
        html.append(player(src, url));
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
        int shown = 0;
        for (VoiceInfo v : voices) {
            if (shown++ == VideoTable.MAX_ROWS) {
                html.append("<tr><td colspan=\"5\"><i>first ").append(VideoTable.MAX_ROWS).append(" shown</i></td></tr>");
                break;
            }
            html.append("<tr><td>").append(Html.escape(v.name())).append("</td><td>").append(Html.escape(v.language()))
                    .append("</td><td>").append(Html.escape(v.gender())).append("</td><td><code>")
                    .append(Html.escape(v.id())).append("</code></td><td>")
                    .append(player(Urls.attribute(v.previewAudioUrl()), v.previewAudioUrl())).append("</td></tr>");
            lines.add(v.id() + "  " + describe(v));
        }
        html.append("</tbody></table>");
        return Html.of(html.toString(), String.join("\n", lines));
    }

    private static String player(String src, String url) {
        if (src == null) {
            return "<i>" + (url == null ? "no sample" : "unsupported audio URL") + "</i>";
        }
        return "<audio controls preload=\"none\" src=\"" + src + "\"><a href=\"" + src + "\">listen</a></audio>";
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
