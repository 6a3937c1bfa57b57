package dev.heygenkit.cli;

import dev.heygenkit.internal.http.Json;
import dev.heygenkit.internal.render.Journal;
import dev.heygenkit.JournalEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/**
 * {@code heygen delete ID...}: deletes videos for good. Asks first at a terminal; without one it refuses unless
 * {@code --force}, so a script never deletes by accident.
 */
@Command(name = "delete", footer = {"", "Examples:", "  heygen delete VIDEO_ID", "  heygen delete VIDEO_ID OTHER_ID --force"}, description = "Delete videos permanently (asks first; --force to skip the question).")
final class DeleteCommand extends Base {
    @Parameters(arity = "1..*", paramLabel = "VIDEO_ID", description = "The videos to delete.")
    List<String> ids;

    @Option(names = {"-f", "--force"}, description = "Do not ask; required when not at a terminal.")
    boolean force;

    @Override
    public Integer call() {
        String what = ids.size() == 1 ? "video " + ids.get(0) : ids.size() + " videos";
        if (!Confirm.delete(io(), what, String.join(", ", ids), force)) {
            return Main.FAILED;
        }
        var results = Json.array();
        for (String id : ids) {
            client().videos().delete(id);
            forget(id);
            results.addObject().put("id", id).put("deleted", true);
            if (!json()) {
                io().out().println("deleted " + Escapes.line(id));
            }
        }
        if (json()) {
            printJson(ids.size() == 1 ? results.get(0) : results);
        }
        return Main.OK;
    }

    /** Marks the video gone in the journal, so re-running its spec renders anew instead of resuming a deleted video. */
    private void forget(String id) {
        Journal j = Journal.at(Journal.defaultFile(io().env()));
        for (JournalEntry e : j.entries()) {
            if (id.equals(e.videoId()) && e.status() != JournalEntry.Status.GONE) {
                j.status(e.fingerprint(), e.key(), id, JournalEntry.Status.GONE, null);
            }
        }
    }
}
