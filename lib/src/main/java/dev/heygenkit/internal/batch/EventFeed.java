package dev.heygenkit.internal.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.internal.http.Json;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * New webhook events from an events file that a receiver appends to (one JSON object per line), read from where the
 * last call stopped. A line still being written (no newline yet) is left for the next call.
 */
final class EventFeed {
    private final Path file;
    private long offset;

    EventFeed(Path file) {
        this.file = file;
    }

    List<JsonNode> poll() {
        List<JsonNode> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long size = in.length();
            if (size <= offset) {
                return out;
            }
            byte[] bytes = new byte[(int) Math.min(size - offset, 64L * 1024 * 1024)];
            in.seek(offset);
            in.readFully(bytes);
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    String line = new String(bytes, start, i - start, StandardCharsets.UTF_8).strip();
                    if (!line.isEmpty()) {
                        try {
                            out.add(Json.readTree(line));
                        } catch (IOException bad) {
                            // a line that is not JSON is skipped; the receiver writes whole lines
                        }
                    }
                    start = i + 1;
                }
            }
            offset += start;
        } catch (IOException e) {
            // the feed is a shortcut; polling still finds every result
        }
        return out;
    }
}
