package dev.heygenkit.notebook;

import dev.heygenkit.BatchResult;
import dev.heygenkit.BatchRow;

/**
 * A batch run as an HTML table: a summary line, then each row with its status, a thumbnail and a link to its video,
 * or why it failed. At most {@link #MAX_ROWS} rows are shown; the manifest has them all.
 */
final class BatchTable {
    static final int MAX_ROWS = 100;

    private BatchTable() {
    }

    static Html of(BatchResult r) {
        StringBuilder html = new StringBuilder("<div class=\"heygen-batch\"><div><b>").append(r.rows().size())
                .append(" rows</b>: ").append(r.completed().size()).append(" completed, ").append(r.failed().size())
                .append(" failed, ").append(r.unfinished().size()).append(" unfinished")
                .append(r.timedOut() ? " (timed out: run again to resume)" : "").append(" · manifest <code>")
                .append(Html.escape(r.manifestCsv().toString())).append("</code></div>")
                .append("<table><thead><tr><th>row</th><th>status</th><th>video</th><th>thumbnail</th><th>values</th>"
                        + "</tr></thead><tbody>");
        java.util.List<BatchRow> shown = r.rows().subList(0, Math.min(MAX_ROWS, r.rows().size()));
        // Thumbnails are copied into the page (their URLs expire, and a sandbox's die with it).
        java.util.List<String> thumbs = InlineMedia.pictures(shown.stream().map(BatchRow::thumbnailUrl).toList(), 96);
        for (int i = 0; i < shown.size(); i++) {
            BatchRow row = shown.get(i);
            html.append("<tr><td>").append(row.row()).append("</td><td>").append(Html.escape(row.status()))
                    .append("</td><td>");
            if (row.videoUrl() != null) {
                html.append("<a href=\"").append(Html.escape(row.videoUrl())).append("\" target=\"_blank\">")
                        .append(Html.escape(row.videoId())).append("</a>");
            } else if (row.failureCode() != null) {
                html.append("<span title=\"").append(Html.escape(String.valueOf(row.failureMessage()))).append("\">")
                        .append(Html.escape(row.failureCode())).append("</span>");
            } else {
                html.append(row.videoId() == null ? "" : Html.escape(row.videoId()));
            }
            html.append("</td><td>");
            String thumb = thumbs.get(i) != null ? thumbs.get(i) : row.thumbnailUrl();
            if (thumb != null) {
                html.append("<img src=\"").append(Html.escape(thumb)).append("\" height=\"48\">");
            }
            html.append("</td><td>").append(Html.escape(String.join(", ", row.data().values()))).append("</td></tr>");
        }
        if (r.rows().size() > MAX_ROWS) {
            html.append("<tr><td colspan=\"5\">… ").append(r.rows().size() - MAX_ROWS).append(" more in the manifest</td></tr>");
        }
        return Html.of(html.append("</tbody></table></div>").toString(), r.toString());
    }
}
