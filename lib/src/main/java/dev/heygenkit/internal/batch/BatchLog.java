package dev.heygenkit.internal.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.internal.http.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A batch run's journal in its output folder ({@code batch.jsonl}): append-only JSON lines, held open and locked for
 * the whole run so two runners never share a folder. A chunk's {@code submit} line is forced to disk before its create
 * call and its {@code created} line right after, so a crash at any moment leaves enough to resend with the same
 * idempotency key or to track what was created; status lines are forced once per polling round. Reading it back is
 * one pass, and a line torn by a crash is skipped.
 */
final class BatchLog implements AutoCloseable {
    static final String FILE = "batch.jsonl";
    static final int FORMAT = 1;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private BatchLog(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Opens (creating) the journal of an output folder and locks it against other runners. */
    static BatchLog open(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = ch.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                ch.close();
                throw new IllegalStateException("another batch run is using " + dir + " right now; wait for it to "
                        + "finish, or pass another output folder");
            }
            BatchLog log = new BatchLog(file, ch, lock);
            log.endTornLine();
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the batch journal " + file + ": " + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    /** A crash mid-write leaves a line without its newline; start the next line on a fresh one. */
    private void endTornLine() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        if (last.get(0) != '\n') {
            channel.write(ByteBuffer.wrap(new byte[]{'\n'}), size);
            channel.force(false);
        }
    }

    /**
     * Moves the journal aside (to {@code batch.jsonl.<time>.old}) and starts an empty one, for a run that cannot be
     * resumed by this client; returns where the old one went.
     */
    synchronized Path restart(java.time.Instant now) {
        Path old = file.resolveSibling(FILE + "." + now.toString().replace(':', '-') + ".old");
        try {
            Files.copy(file, old);
            channel.truncate(0);
            channel.force(true);
            return old;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set the batch journal " + file + " aside: " + e.getMessage(), e);
        }
    }

    /** Appends one event; {@code force} makes it durable before returning. */
    synchronized void append(ObjectNode line, boolean force) {
        line.put("v", FORMAT);
        byte[] bytes = (Json.write(line) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            long at = channel.size();
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                at += channel.write(buf, at);
            }
            if (force) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** Makes every appended line durable. */
    synchronized void force() {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync the batch journal " + file + ": " + e.getMessage(), e);
        }
    }

    static ObjectNode event(String name, Instant time) {
        ObjectNode n = Json.object();
        n.put("event", name);
        n.put("time", time.toString());
        return n;
    }

    /** Everything the journal says, folded in one pass. */
    State read() {
        State state = new State();
        try {
            byte[] all = Files.readAllBytes(file);
            int start = 0;
            for (int i = 0; i <= all.length; i++) {
                if (i == all.length || all[i] == '\n') {
                    if (i > start) {
                        JsonNode n = parse(all, start, i - start);
                        if (n != null) {
                            state.apply(n);
                        }
                    }
                    start = i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the batch journal " + file + ": " + e.getMessage(), e);
        }
        return state;
    }

    private static JsonNode parse(byte[] all, int from, int length) {
        try {
            JsonNode n = Json.readTree(java.util.Arrays.copyOfRange(all, from, from + length));
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            // a line torn by a crash: what it was about to record is redone by the resumed run
            return null;
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the batch journal " + file + ": " + e.getMessage(), e);
        }
    }

    /** A submitted group of rows: one batch call, or one template call for a single row. */
    static final class Chunk {
        final int index;
        final String key;
        final List<Integer> rows;
        final List<String> fingerprints;
        String batchId;
        String videoId;
        String rejectedCode;
        String rejectedMessage;

        Chunk(int index, String key, List<Integer> rows, List<String> fingerprints) {
            this.index = index;
            this.key = key;
            this.rows = List.copyOf(rows);
            this.fingerprints = List.copyOf(fingerprints);
        }

        boolean answered() {
            return batchId != null || videoId != null || rejectedCode != null;
        }
    }

    /** What is known of one row. */
    static final class RowRecord {
        final int row;
        int chunk = -1;
        String fingerprint;
        String videoId;
        String status;
        String videoUrl;
        String thumbnailUrl;
        Double duration;
        String failureCode;
        String failureMessage;
        String file;

        RowRecord(int row) {
            this.row = row;
        }

        boolean terminal() {
            return "completed".equals(status) || "failed".equals(status) || "rejected".equals(status);
        }
    }

    /** The folded journal. */
    static final class State {
        String runId;
        String spec;
        String base;
        final Map<Integer, Chunk> chunks = new TreeMap<>();
        final Map<Integer, RowRecord> rows = new LinkedHashMap<>();

        RowRecord row(int n) {
            return rows.computeIfAbsent(n, RowRecord::new);
        }

        int nextChunk() {
            return chunks.isEmpty() ? 0 : ((TreeMap<Integer, Chunk>) chunks).lastKey() + 1;
        }

        void apply(JsonNode n) {
            switch (n.path("event").asText("")) {
                case "run" -> {
                    if (runId == null) {
                        runId = text(n, "run");
                        spec = text(n, "spec");
                        base = text(n, "base");
                    }
                }
                case "submit" -> submit(n);
                case "created" -> created(n);
                case "rejected" -> rejected(n);
                case "video" -> row(n.path("row").asInt()).videoId = text(n, "video_id");
                case "status" -> status(n);
                case "file" -> row(n.path("row").asInt()).file = text(n, "file");
                default -> {
                    // lines from newer versions are ignored
                }
            }
        }

        private void submit(JsonNode n) {
            List<Integer> rows = new ArrayList<>();
            n.path("rows").forEach(r -> rows.add(r.asInt()));
            List<String> prints = new ArrayList<>();
            n.path("fingerprints").forEach(f -> prints.add(f.asText()));
            Chunk c = new Chunk(n.path("chunk").asInt(), text(n, "key"), rows, prints);
            chunks.put(c.index, c);
            for (int i = 0; i < rows.size(); i++) {
                RowRecord r = row(rows.get(i));
                r.chunk = c.index;
                r.fingerprint = i < prints.size() ? prints.get(i) : null;
            }
        }

        private void created(JsonNode n) {
            Chunk c = chunks.get(n.path("chunk").asInt());
            if (c == null) {
                return;
            }
            c.batchId = text(n, "batch_id");
            c.videoId = text(n, "video_id");
            if (c.videoId != null && c.rows.size() == 1) {
                row(c.rows.get(0)).videoId = c.videoId;
            }
        }

        private void rejected(JsonNode n) {
            Chunk c = chunks.get(n.path("chunk").asInt());
            if (c == null) {
                return;
            }
            c.rejectedCode = text(n, "code");
            c.rejectedMessage = text(n, "message");
            // With "row" only that item was refused; the chunk's other rows go out again in a later chunk.
            Integer only = n.hasNonNull("row") ? n.get("row").asInt() : null;
            for (int row : c.rows) {
                RowRecord r = row(row);
                if (only == null || only == row) {
                    r.status = "rejected";
                    r.failureCode = c.rejectedCode;
                    r.failureMessage = c.rejectedMessage;
                } else if (r.chunk == c.index) {
                    r.chunk = -1;
                }
            }
        }

        private void status(JsonNode n) {
            RowRecord r = row(n.path("row").asInt());
            r.status = text(n, "status");
            r.videoId = or(text(n, "video_id"), r.videoId);
            r.videoUrl = text(n, "video_url");
            r.thumbnailUrl = text(n, "thumbnail_url");
            r.duration = n.hasNonNull("duration") ? n.get("duration").asDouble() : null;
            r.failureCode = text(n, "failure_code");
            r.failureMessage = text(n, "failure_message");
        }

        private static String or(String a, String b) {
            return a != null ? a : b;
        }
    }

    static ArrayNode ints(List<Integer> values) {
        ArrayNode a = Json.array();
        values.forEach(a::add);
        return a;
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode a = Json.array();
        values.forEach(a::add);
        return a;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
