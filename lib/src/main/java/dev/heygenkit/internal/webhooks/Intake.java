package dev.heygenkit.internal.webhooks;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Where accepted events go: a repeat of an event already taken is dropped, anything new is appended to the events
 * file (when there is one) before it counts as taken. Keys of the events already in the file are loaded first, so a
 * restarted receiver still recognises repeats.
 */
public final class Intake {
    /** What became of an event. */
    public enum Outcome {
        /** New: written to the file. */
        RECORDED,
        /** Seen before: not written again. */
        DUPLICATE
    }

    private final EventLog log;
    private final int capacity;
    private final Set<String> seen = new LinkedHashSet<>();

    /** An intake writing to {@code log} (null: memory only) that remembers the last {@code capacity} event keys. */
    public Intake(EventLog log, int capacity) {
        this.log = log;
        this.capacity = capacity;
        if (log != null) {
            EventLog.read(log.file(), 0).events().forEach(e -> remember(e.dedupeKey()));
        }
    }

    /** Records the event unless it is a repeat; the line is on disk when this returns RECORDED. */
    public synchronized Outcome take(EventLine line) throws IOException {
        String key = line.dedupeKey();
        if (seen.contains(key)) {
            return Outcome.DUPLICATE;
        }
        if (log != null) {
            log.append(line);
        }
        remember(key);
        return Outcome.RECORDED;
    }

    private void remember(String key) {
        seen.add(key);
        if (seen.size() > capacity) {
            // Oldest first: repeats arrive within minutes to hours of the original, not after many thousand others.
            Iterator<String> oldest = seen.iterator();
            oldest.next();
            oldest.remove();
        }
    }
}
