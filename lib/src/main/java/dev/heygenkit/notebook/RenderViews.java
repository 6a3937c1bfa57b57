package dev.heygenkit.notebook;

import dev.heygenkit.HeyGen;
import dev.heygenkit.RenderJob;
import dev.heygenkit.Video;
import dev.heygenkit.api.VideoStatus;

import java.time.Duration;
import java.util.Locale;

/** How the DSL's render results show in a cell: a finished video as a player, anything else as one status line. */
final class RenderViews {
    static final String DONE = "✓";
    static final String FAILED = "✗";
    static final String RUNNING = "⏳";

    private RenderViews() {
    }

    /** A completed video as a player captioned with title, id, status and length; otherwise its status line. */
    static Html video(Video video) {
        String text = video + (video.url() == null ? "" : " " + video.url());
        VideoStatus status = video.status();
        if (video.url() != null && (status == null || !status.isFailed())) {
            StringBuilder caption = new StringBuilder();
            if (video.title() != null && !video.title().isBlank()) {
                caption.append(video.title()).append(" · ");
            }
            caption.append(video.id()).append(" · ").append(status);
            if (video.duration() != null) {
                caption.append(" · ").append(seconds(video.duration()));
            }
            return Html.of(VideoPlayer.of(video.info()).title(caption.toString()).html().html(), text);
        }
        StringBuilder html = new StringBuilder();
        if (status != null && status.isFailed()) {
            html.append(line(FAILED, "#b3261e")).append("video <code>").append(Html.escape(video.id()))
                    .append("</code> failed");
            if (video.failureCode() != null) {
                html.append(": <code>").append(Html.escape(video.failureCode())).append("</code>");
            }
            if (video.failureMessage() != null) {
                html.append(" — ").append(Html.escape(video.failureMessage()));
            }
        } else {
            html.append(line(RUNNING, null)).append("video <code>").append(Html.escape(video.id())).append("</code>: ")
                    .append(Html.escape(String.valueOf(status)))
                    .append(" — not finished when read; <code>.refresh()</code> reads it again");
        }
        return Html.of(html.append("</div>").toString(), text);
    }

    /** A submitted render as one line: id, status, whether it was resumed and the rough estimate. */
    static Html job(RenderJob job) {
        StringBuilder html = new StringBuilder(line(RUNNING, null)).append("video <code>")
                .append(Html.escape(job.id())).append("</code> ")
                .append(job.resumed() ? "resumed from the render journal" : "submitted")
                .append(" (").append(Html.escape(String.valueOf(job.status()))).append(')');
        if (job.estimate() != null) {
            html.append(", about ").append(clock(job.estimate())).append(" expected");
        }
        html.append(" — <code>.await()</code> waits for it</div>");
        return Html.of(html.toString(), job.toString());
    }

    /**
     * A client as one line that says what it talks to: the offline sandbox (free, no key, its videos gone with the
     * kernel) or an account's API (renders cost credits). The text is the client's own {@code toString()}.
     */
    static Html client(HeyGen client) {
        StringBuilder html = new StringBuilder("<div class=\"heygen-client\" style=\"font-family:monospace\">");
        String base = Html.escape(String.valueOf(client.baseUrl()));
        if (client.isSandbox() || client.toString().startsWith("HeyGen[sandbox ")) {
            html.append("HeyGen <b>offline sandbox</b> at <code>").append(base).append("</code>: free, no key,")
                    .append(" renders in seconds; its videos last as long as the kernel. Set <code>HEYGEN_API_KEY</code>")
                    .append(" (or <code>~/.heygen/credentials</code>) to use your account.");
        } else {
            html.append("HeyGen API at <code>").append(base).append("</code> with your key: renders use your")
                    .append(" account's credits.");
        }
        return Html.of(html.append("</div>").toString(), client.toString());
    }

    /** The opening tag of a status line with its symbol, optionally coloured. */
    static String line(String symbol, String colour) {
        return "<div class=\"heygen-status\" style=\"font-family:monospace" + (colour == null ? "" : ";color:" + colour)
                + "\">" + symbol + " ";
    }

    /** A wait in words: {@code 4 s}, {@code 1 min 12 s}. */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
    }

    /** A length with one decimal: {@code 2.8 s}. */
    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

}
