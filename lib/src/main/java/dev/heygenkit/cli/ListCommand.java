package dev.heygenkit.cli;

import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.Videos.VideoQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code heygen list}: the account's videos, newest first. */
@Command(name = "list", footer = {"", "Examples:", "  heygen list", "  heygen list --limit 50 --title \"Welcome\""}, description = "List your videos, newest first.")
final class ListCommand extends Base {
    @Option(names = "--limit", paramLabel = "N", description = "At most N videos (default 20).")
    int limit = 20;

    @Option(names = "--title", paramLabel = "TEXT", description = "Only videos whose title matches.")
    String title;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new Durations.UsageException("--limit " + limit + " must be 1 or more; use e.g. --limit 20");
        }
        VideoQuery q = VideoQuery.of().limit(Math.max(1, Math.min(limit, 100)));
        if (title != null) {
            q = q.title(title);
        }
        List<VideoInfo> videos = new ArrayList<>();
        for (VideoInfo v : client().videos().list(q)) {
            if (videos.size() >= limit) {
                break;
            }
            videos.add(v);
        }
        if (json()) {
            printJson(videos);
            return Main.OK;
        }
        Table t = new Table("ID", "STATUS", "TITLE", "CREATED", "DURATION");
        videos.forEach(v -> t.row(v.id(), v.status(), v.title(),
                v.createdAt() == null ? null : Instant.ofEpochSecond(v.createdAt()),
                v.duration() == null ? null : String.format(Locale.ROOT, "%.1f s", v.duration())));
        t.print(io().out());
        note(videos.size() + (videos.size() == 1 ? " video" : " videos"));
        return Main.OK;
    }
}
