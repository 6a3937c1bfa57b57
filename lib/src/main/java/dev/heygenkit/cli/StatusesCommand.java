package dev.heygenkit.cli;

import dev.heygenkit.api.VideoStatusItem;
import dev.heygenkit.api.Videos;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code heygen statuses ID…}: the statuses of many videos (and of batches' items) in bulk calls of up to 100 ids,
 * instead of one {@code get} per video.
 */
@Command(name = "statuses", description = "Show the statuses of many videos or batch items at once (100 per call).",
        footer = {"", "Examples:",
                "  heygen statuses 7f3a... 91bc... 0d2e...",
                "  heygen statuses --batch b_123 --json",
                "  cut -d, -f2 results/manifest.csv | tail -n +2 | xargs heygen statuses"},
        sortOptions = false)
final class StatusesCommand extends Base {
    @Parameters(paramLabel = "VIDEO_ID", arity = "0..*", description = "Video ids.")
    List<String> ids = new ArrayList<>();

    @Option(names = "--batch", paramLabel = "BATCH_ID", description = "A batch id (from a batch run's batch.jsonl); repeatable.")
    List<String> batches = new ArrayList<>();

    @Override
    public Integer call() {
        if (ids.isEmpty() && batches.isEmpty()) {
            throw new Durations.UsageException("statuses needs video ids or --batch BATCH_ID; e.g. heygen statuses VIDEO_ID");
        }
        List<VideoStatusItem> all = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += Videos.MAX_STATUS_IDS) {
            all.addAll(client().videos().statuses(ids.subList(i, Math.min(ids.size(), i + Videos.MAX_STATUS_IDS)), List.of()));
        }
        for (String batch : batches) {
            all.addAll(client().videos().statuses(List.of(), List.of(batch)));
        }
        if (json()) {
            printJson(all);
        } else {
            Table t = new Table("VIDEO_ID", "STATUS", "BATCH_ID", "ITEM", "ERROR");
            for (VideoStatusItem s : all) {
                t.row(s.videoId(), String.valueOf(s.status()), s.batchId(), s.itemIndex() == null ? null : s.itemIndex().toString(),
                        s.error() == null ? null : s.error().path("code").asText(s.error().toString()));
            }
            t.print(io().out());
        }
        boolean failed = all.stream().anyMatch(s -> s.status() != null && s.status().isFailed());
        return failed ? Main.FAILED : Main.OK;
    }
}
