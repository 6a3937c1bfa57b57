package dev.heygenkit.cli;

import dev.heygenkit.internal.http.Json;
import dev.heygenkit.internal.render.Journal;
import dev.heygenkit.JournalEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code heygen history}: the render journal, newest last; no key or network needed. */
@Command(name = "history", footer = {"", "Examples:", "  heygen history", "  heygen history --limit 0 --json"}, description = "List renders recorded in the local journal (~/.heygen/renders.jsonl), newest last.")
final class HistoryCommand extends Base {
    @Option(names = "--limit", paramLabel = "N", description = "Only the newest N entries (default 20; 0 for all).")
    int limit = 20;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new Durations.UsageException("--limit " + limit + " must be 0 (all) or more; use e.g. --limit 20");
        }
        Journal journal = Journal.at(Journal.defaultFile(io().env()));
        List<JournalEntry> all = journal.entries();
        List<JournalEntry> shown = limit > 0 && all.size() > limit ? all.subList(all.size() - limit, all.size()) : all;
        if (json()) {
            // JournalEntry holds Instants, which the kit's mapper has no module for: write the fields by hand.
            var arr = Json.array();
            for (JournalEntry e : shown) {
                arr.addObject().put("time", String.valueOf(e.time())).put("video_id", e.videoId()).put("status", e.status().wire())
                        .put("detail", e.detail()).put("title", e.title()).put("summary", e.summary()).put("base", e.base())
                        .put("fingerprint", e.fingerprint()).put("updated", String.valueOf(e.updated()));
            }
            printJson(arr);
            return Main.OK;
        }
        Table t = new Table("SUBMITTED", "VIDEO ID", "STATUS", "TITLE / SPEC", "API");
        shown.forEach(e -> t.row(e.time(), e.videoId(), e.status().wire() + (e.detail() == null ? "" : " (" + e.detail() + ")"),
                e.title() != null ? e.title() : e.summary(), e.base()));
        t.print(io().out());
        note(shown.size() + " of " + all.size() + " renders in " + journal.file());
        return Main.OK;
    }
}
