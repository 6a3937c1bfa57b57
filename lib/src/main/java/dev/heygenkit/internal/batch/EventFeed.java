package dev.heygenkit.internal.batch;

import dev.heygenkit.HeyGenException;
import dev.heygenkit.internal.webhooks.EventLine;
import dev.heygenkit.internal.webhooks.EventLog;

import java.nio.file.Path;
import java.util.List;

/**
 * New webhook events from the events file a receiver appends to ({@code heygen webhooks listen --out FILE}), read
 * from where the last call stopped. A line still being written is left for the next call.
 */
final class EventFeed {
    private final Path file;
    private long offset;

    EventFeed(Path file) {
        this.file = file;
    }

    List<EventLine> poll() {
        try {
            EventLog.Chunk chunk = EventLog.read(file, offset);
            offset = chunk.offset();
            return chunk.events();
        } catch (HeyGenException e) {
            // the feed is a shortcut; polling still finds every result
            return List.of();
        }
    }
}
