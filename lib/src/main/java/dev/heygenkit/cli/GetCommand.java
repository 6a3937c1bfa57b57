package dev.heygenkit.cli;

import dev.heygenkit.api.VideoInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code heygen get ID} (alias {@code status}): one video's status, URLs and failure, read once. */
@Command(name = "get", footer = {"", "Examples:", "  heygen get VIDEO_ID", "  heygen --json get VIDEO_ID"}, aliases = "status", description = "Show one video: status, duration, URLs, failure.")
final class GetCommand extends Base {
    @Parameters(paramLabel = "VIDEO_ID", description = "The video id (from render, list or history).")
    String id;

    @Override
    public Integer call() {
        VideoInfo v = client().videos().get(id);
        if (json()) {
            printJson(v);
            return Main.OK;
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("id", v.id());
        f.put("status", String.valueOf(v.status()));
        f.put("title", v.title());
        f.put("created", v.createdAt() == null ? null : Instant.ofEpochSecond(v.createdAt()).toString());
        f.put("duration", v.duration() == null ? null : String.format(Locale.ROOT, "%.1f s", v.duration()));
        f.put("url", v.videoUrl());
        f.put("captioned_url", v.captionedVideoUrl());
        f.put("subtitles_url", v.subtitleUrl());
        f.put("thumbnail_url", v.thumbnailUrl());
        f.put("gif_url", v.gifUrl());
        f.put("failure", v.failureCode() == null ? null : v.failureCode() + (v.failureMessage() == null ? "" : ": " + v.failureMessage()));
        printFields(f);
        return v.status() != null && v.status().isFailed() ? Main.FAILED : Main.OK;
    }
}
