package dev.heygenkit.notebook;

import dev.heygenkit.Video;
import dev.heygenkit.api.VideoInfo;

import java.util.Objects;

/**
 * An HTML5 {@code <video>} player: the video's URL, its thumbnail as poster and a download link as fallback. Immutable;
 * every step returns a new player. Notebooks show it as a player, everything else as {@code Video: <title> <url>}.
 *
 * <p>Its markup outlives the kernel: {@link #html()} copies the poster into the page, and the video itself when it is
 * no larger than {@link Notebook#inlineLimit()}, so a saved notebook or its HTML export still plays after the sandbox
 * is gone or the presigned link has expired. A larger video keeps its link, under a note to re-run the cell when it no
 * longer plays.
 *
 * <pre>{@code VideoPlayer.of(info).width(480)}</pre>
 */
public final class VideoPlayer {
    /** The width used unless {@link #width(int)} says otherwise, in CSS pixels. */
    public static final int DEFAULT_WIDTH = 640;

    private final String url;
    private final String poster;
    private final String title;
    private final int width;

    private VideoPlayer(String url, String poster, String title, int width) {
        this.url = url;
        this.poster = poster;
        this.title = title;
        this.width = width;
    }

    /** A player for a video URL (MP4 or WebM). */
    public static VideoPlayer of(String url) {
        return new VideoPlayer(Objects.requireNonNull(url, "url"), null, null, DEFAULT_WIDTH);
    }

    /** A player for a completed video: its URL, its thumbnail as poster and its title (or id) as caption. */
    public static VideoPlayer of(VideoInfo video) {
        if (video.videoUrl() == null) {
            throw new IllegalArgumentException("video " + video.id() + " has no URL yet (status " + video.status()
                    + "); wait until it is completed, then fetch it again");
        }
        String title = video.title() != null && !video.title().isBlank() ? video.title() : video.id();
        return new VideoPlayer(video.videoUrl(), video.thumbnailUrl(), title, DEFAULT_WIDTH);
    }

    /** A player for a video the DSL rendered: its URL, its thumbnail as poster and its title (or id) as caption. */
    public static VideoPlayer of(Video video) {
        return of(video.info());
    }

    /** The same player with a still shown before playback. */
    public VideoPlayer poster(String posterUrl) {
        return new VideoPlayer(url, posterUrl, title, width);
    }

    /** The same player with a caption under it. */
    public VideoPlayer title(String text) {
        return new VideoPlayer(url, poster, text, width);
    }

    /** The same player at another width in CSS pixels (height follows the video). */
    public VideoPlayer width(int pixels) {
        if (pixels < 16 || pixels > 4096) {
            throw new IllegalArgumentException("width must be 16..4096 pixels, got " + pixels);
        }
        return new VideoPlayer(url, poster, title, pixels);
    }

    /** The video URL. */
    public String url() {
        return url;
    }

    /**
     * The markup with the text fallback: the poster copied in (scaled to the player's width), and the video too when
     * it fits {@link Notebook#inlineLimit()}; otherwise the link, with a note to re-run the cell once it has expired.
     */
    public Html html() {
        String link = Urls.attribute(url);
        String copy = link == null ? null : InlineMedia.media(url, InlineMedia.budget());
        String src = copy != null ? Urls.attribute(copy) : link;
        String still = poster == null ? null : InlineMedia.picture(poster, width);
        String posterAttr = Urls.attribute(still != null ? still : poster);
        StringBuilder html = new StringBuilder("<figure class=\"heygen-video\" style=\"margin:0\">");
        if (src == null) {
            html.append("<i>unsupported video URL</i>");
        } else {
            html.append("<video controls preload=\"metadata\" width=\"").append(width).append('"');
            if (posterAttr != null) {
                html.append(" poster=\"").append(posterAttr).append('"');
            }
            if (copy == null) {
                html.append(" onerror=\"").append(LinkNote.ON_ERROR).append('"');
            }
            html.append(" src=\"").append(src).append("\">")
                    .append("<a href=\"").append(link).append("\">Download the video</a></video>");
        }
        if (title != null && !title.isBlank()) {
            html.append("<figcaption>").append(Html.escape(title)).append("</figcaption>");
        }
        if (src != null && copy == null && InlineMedia.fetchable(url)) {
            html.append(LinkNote.html("video"));
        }
        html.append("</figure>");
        return Html.of(html.toString(), toString());
    }

    /** {@code Video: <title> <url>}. */
    @Override
    public String toString() {
        return "Video: " + (title == null || title.isBlank() ? "" : title + " ") + url;
    }
}
