package dev.heygenkit.notebook;

import dev.heygenkit.Video;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.internal.http.ServerClock;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTML table of videos: id, status, title, duration, creation time, thumbnail and link. Shows at most
 * {@link #MAX_ROWS} rows, so passing a lazily paging {@code Page} fetches no more than that.
 *
 * <pre>{@code VideoTable.of(client.videos().list())}</pre>
 */
public final class VideoTable {
    /** Rows shown at most. */
    public static final int MAX_ROWS = 100;
    /** Width of the thumbnails, in CSS pixels (copied at twice that for sharp screens). */
    static final int THUMB = 96;

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private VideoTable() {
    }

    /**
     * The table for these videos, in their order. Thumbnails are copied into the page so they outlive their links,
     * and times are shown as the local clock read them (a sandbox runs on a faster clock and says so).
     */
    public static Html of(Iterable<VideoInfo> videos) {
        StringBuilder html = new StringBuilder("<table class=\"heygen-videos\"><thead><tr><th>id</th><th>status</th>"
                + "<th>title</th><th>duration</th><th>created</th><th>thumbnail</th><th>video</th></tr></thead><tbody>");
        List<VideoInfo> shown = new ArrayList<>();
        boolean more = false;
        for (VideoInfo v : videos) {
            if (shown.size() == MAX_ROWS) {
                more = true;
                break;
            }
            shown.add(v);
        }
        List<String> thumbs = InlineMedia.pictures(shown.stream().map(VideoInfo::thumbnailUrl).toList(), THUMB * 2);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            VideoInfo v = shown.get(i);
            String status = v.status() == null ? "" : v.status().value();
            String duration = v.duration() == null ? "" : String.format(Locale.ROOT, "%.1f s", v.duration());
            String created = created(v);
            String thumb = Urls.attribute(thumbs.get(i) != null ? thumbs.get(i) : v.thumbnailUrl());
            String video = Urls.attribute(v.videoUrl());
            html.append("<tr><td><code>").append(Html.escape(v.id())).append("</code></td><td>")
                    .append(Html.escape(status)).append(v.failureCode() == null ? ""
                            : " <small>(" + Html.escape(v.failureCode()) + ")</small>")
                    .append("</td><td>").append(Html.escape(v.title())).append("</td><td>").append(duration)
                    .append("</td><td>").append(created).append("</td><td>")
                    .append(thumb == null ? "" : "<img src=\"" + thumb + "\" width=\"" + THUMB + "\" alt=\"\">")
                    .append("</td><td>").append(video == null ? "" : "<a href=\"" + video + "\">open</a>")
                    .append("</td></tr>");
            rows.add(new String[]{nz(v.id()), status, nz(v.title()), duration, created});
        }
        if (more) {
            html.append("<tr><td colspan=\"7\"><i>first ").append(MAX_ROWS).append(" shown</i></td></tr>");
        }
        html.append("</tbody></table>");
        return Html.of(html.toString(), text(rows, more));
    }

    /** The table for videos the DSL rendered, e.g. the results of a batch, in their order. */
    public static Html ofVideos(Iterable<Video> videos) {
        List<VideoInfo> infos = new ArrayList<>();
        for (Video video : videos) {
            if (infos.size() > MAX_ROWS) {
                break;
            }
            infos.add(video.info());
        }
        return of(infos);
    }

    /** When the video was created as the local clock read it; a sandbox's faster clock is converted back. */
    private static String created(VideoInfo v) {
        if (v.createdAt() == null) {
            return "";
        }
        Instant at = Instant.ofEpochSecond(v.createdAt());
        String url = v.videoUrl() != null ? v.videoUrl() : v.thumbnailUrl() != null ? v.thumbnailUrl() : v.videoPageUrl();
        ServerClock clock = ServerClock.forUrl(url);
        return CREATED.format(clock == null ? at : clock.toLocal(at));
    }

    private static String text(List<String[]> rows, boolean more) {
        String[] header = {"id", "status", "title", "duration", "created"};
        int[] widths = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            widths[i] = header[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        for (String[] row : rows) {
            line(out, row, widths);
        }
        if (more) {
            out.append("(first ").append(MAX_ROWS).append(" shown)\n");
        }
        return out.toString().stripTrailing();
    }

    private static void line(StringBuilder out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", cells[i]));
            if (i < cells.length - 1) {
                line.append("  ");
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
