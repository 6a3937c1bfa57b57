package dev.heygenkit.internal.render;

import dev.heygenkit.JournalEntry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.internal.http.Env;
import dev.heygenkit.internal.http.Json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The render journal: an append-only JSON-lines file recording every submit before the create call (fingerprint,
 * idempotency key) and after it (video id), then the final status. Writes are fsync'd and serialised by a lock
 * within the JVM and a {@link FileLock} across processes; a torn last line (a crash mid-write) is skipped.
 *
 * <pre>{@code Journal.at(Journal.defaultFile(Env.system())).entries().forEach(System.out::println);}</pre>
 */
public final class Journal {
    /** The journal's file name inside the configuration directory. */
    public static final String FILE_NAME = "renders.jsonl";
    /** System property naming the journal file, overriding {@code HEYGEN_CONFIG_DIR}. */
    public static final String PROPERTY = "heygen.journal";
    /** Environment variable naming the configuration directory (default {@code ~/.heygen}). */
    public static final String CONFIG_DIR_ENV = "HEYGEN_CONFIG_DIR";
    /** Version written into every line. */
    public static final int FORMAT = 1;

    private static final Map<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path file;
    private final Clock clock;

    /** A journal kept in {@code file}, timestamped by {@code clock}. */
    public Journal(Path file, Clock clock) {
        this.file = file.toAbsolutePath().normalize();
        this.clock = clock == null ? Clock.systemUTC() : clock;
    }

    /** A journal kept in {@code file}, timestamped by the system clock. */
    public static Journal at(Path file) {
        return new Journal(file, Clock.systemUTC());
    }

    /**
     * Where the journal lives by default: the {@code heygen.journal} system property, else
     * {@code $HEYGEN_CONFIG_DIR/renders.jsonl}, else {@code ~/.heygen/renders.jsonl}.
     */
    public static Path defaultFile(Env env) {
        String prop = env.property(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop.trim());
        }
        String dir = env.envNonBlank(CONFIG_DIR_ENV);
        return (dir != null ? Path.of(dir) : env.home().resolve(".heygen")).resolve(FILE_NAME);
    }

    /** The journal file. */
    public Path file() {
        return file;
    }

    /** Every render recorded, in submit order (oldest first), one entry per idempotency key. */
    public List<JournalEntry> entries() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return fold(parse(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Every completed render whose completion carries its render time, oldest first: what estimates learn from. */
    public List<RenderHistory.Sample> renderSamples() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return RenderHistory.samples(parse(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The newest entry for a spec fingerprint, if any. */
    public Optional<JournalEntry> latest(String fingerprint) {
        return latest(entries(), fingerprint);
    }

    static Optional<JournalEntry> latest(List<JournalEntry> entries, String fingerprint) {
        JournalEntry found = null;
        for (JournalEntry e : entries) {
            if (e.fingerprint() != null && e.fingerprint().equals(fingerprint)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * Runs {@code work} while holding both locks, so reading the entries and appending based on them is atomic
     * across threads and processes.
     */
    public <T> T update(Function<Tx, T> work) {
        ReentrantLock jvm = JVM_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
        jvm.lock();
        try {
            Files.createDirectories(file.getParent());
            boolean created = !Files.exists(file);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE); FileLock ignored = ch.lock()) {
                if (created) {
                    restrict(file);
                }
                return work.apply(new Tx(ch));
            }
        } catch (IOException e) {
            throw unreadable(e);
        } finally {
            jvm.unlock();
        }
    }

    /** Records a submit before the create call is sent. */
    public void submitted(String fingerprint, String key, String base, String summary, String title) {
        update(tx -> {
            tx.submitted(fingerprint, key, base, summary, title);
            return null;
        });
    }

    /** Records the video id the create call answered with. */
    public void created(String fingerprint, String key, String videoId, JournalEntry.Status status) {
        append(line("created", fingerprint, key).put("video_id", videoId).put("status", status.wire()));
    }

    /** Records a status worth remembering (final ones, or {@code gone}); detail is a failure code or null. */
    public void status(String fingerprint, String key, String videoId, JournalEntry.Status status, String detail) {
        ObjectNode n = line("status", fingerprint, key).put("video_id", videoId).put("status", status.wire());
        if (detail != null) {
            n.put("detail", detail);
        }
        append(n);
    }

    /**
     * Records a completed video with what estimates learn from: real seconds from creation to completion and the
     * video's length in seconds (either may be null when unknown).
     */
    public void completed(String fingerprint, String key, String videoId, Double renderSeconds, Double duration) {
        ObjectNode n = line("status", fingerprint, key).put("video_id", videoId)
                .put("status", JournalEntry.Status.COMPLETED.wire());
        if (renderSeconds != null) {
            n.put("render_seconds", Math.round(renderSeconds * 1000) / 1000.0);
        }
        if (duration != null) {
            n.put("duration", duration);
        }
        append(n);
    }

    /** Records that the API refused the create call, so the key is never reused. */
    public void rejected(String fingerprint, String key, String code) {
        append(line("rejected", fingerprint, key).put("detail", code));
    }

    private void append(ObjectNode line) {
        update(tx -> {
            tx.append(line);
            return null;
        });
    }

    private ObjectNode line(String event, String fingerprint, String key) {
        ObjectNode n = Json.object();
        n.put("v", FORMAT).put("event", event).put("time", clock.instant().toString())
                .put("fingerprint", fingerprint).put("key", key);
        return n;
    }

    /**
     * What a submit line keeps for render-time estimates.
     *
     * @param mode    avatar, image, studio, cinematic or template
     * @param length  the expected video length, or null
     * @param account the account's one-way name, or null
     */
    public record Facts(String mode, java.time.Duration length, String account) {
    }

    /** The journal as seen inside {@link #update}: its current entries and an fsync'd append. */
    public final class Tx {
        private final FileChannel channel;

        private Tx(FileChannel channel) {
            this.channel = channel;
        }

        /** Every entry, read under the lock. */
        public List<JournalEntry> entries() {
            try {
                ByteBuffer buf = ByteBuffer.allocate((int) channel.size());
                channel.read(buf, 0);
                return fold(parse(buf.array()));
            } catch (IOException e) {
                throw unreadable(e);
            }
        }

        /** The newest entry for a fingerprint, read under the lock. */
        public Optional<JournalEntry> latest(String fingerprint) {
            return Journal.latest(entries(), fingerprint);
        }

        /** Records a submit (see {@link Journal#submitted}). */
        public void submitted(String fingerprint, String key, String base, String summary, String title) {
            submitted(fingerprint, key, base, summary, title, null);
        }

        /** Records a submit with what render-time estimates group by (see {@link Facts}); facts may be null. */
        public void submitted(String fingerprint, String key, String base, String summary, String title, Facts facts) {
            ObjectNode n = line("submit", fingerprint, key).put("base", base).put("summary", summary);
            if (title != null) {
                n.put("title", title);
            }
            if (facts != null) {
                n.put("mode", facts.mode()).put("account", facts.account());
                if (facts.length() != null) {
                    n.put("length", facts.length().toMillis() / 1000.0);
                }
            }
            append(n);
        }

        /** Appends one line and forces it to disk. */
        public void append(ObjectNode line) {
            try {
                long size = channel.size();
                boolean torn = false;
                if (size > 0) {
                    ByteBuffer last = ByteBuffer.allocate(1);
                    channel.read(last, size - 1);
                    torn = last.get(0) != '\n';
                }
                // A crash mid-write leaves a line without its newline; start on a fresh line so it stays isolated.
                String text = (torn ? "\n" : "") + Json.write(line) + "\n";
                ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                long pos = size;
                while (buf.hasRemaining()) {
                    pos += channel.write(buf, pos);
                }
                channel.force(true);
            } catch (IOException e) {
                throw unreadable(e);
            }
        }
    }

    private static List<JsonNode> parse(byte[] bytes) {
        List<JsonNode> lines = new ArrayList<>();
        for (String text : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            String t = text.strip();
            if (t.isEmpty()) {
                continue;
            }
            try {
                JsonNode n = Json.readTree(t);
                if (n != null && n.isObject() && n.hasNonNull("key")) {
                    lines.add(n);
                }
            } catch (IOException torn) {
                // a line cut short by a crash: the write it belonged to never completed
            }
        }
        return lines;
    }

    private static List<JournalEntry> fold(List<JsonNode> lines) {
        Map<String, JournalEntry> byKey = new LinkedHashMap<>();
        for (JsonNode n : lines) {
            String key = n.path("key").asText();
            Instant time = instant(n.path("time").asText(null));
            JournalEntry e = byKey.get(key);
            String event = n.path("event").asText("");
            if (e == null) {
                e = new JournalEntry(time, text(n, "fingerprint"), key, text(n, "base"), text(n, "summary"),
                        text(n, "title"), null, JournalEntry.Status.SUBMITTED, null, time);
            }
            switch (event) {
                case "submit" -> e = new JournalEntry(e.time(), e.fingerprint(), key, or(text(n, "base"), e.base()),
                        or(text(n, "summary"), e.summary()), or(text(n, "title"), e.title()), e.videoId(),
                        e.videoId() == null ? JournalEntry.Status.SUBMITTED : e.status(), e.detail(), time);
                case "created", "status" -> e = new JournalEntry(e.time(), e.fingerprint(), key, e.base(), e.summary(),
                        e.title(), or(text(n, "video_id"), e.videoId()), n.hasNonNull("status") ? JournalEntry.Status.of(text(n, "status")) : e.status(),
                        text(n, "detail"), time);
                case "rejected" -> e = new JournalEntry(e.time(), e.fingerprint(), key, e.base(), e.summary(), e.title(),
                        e.videoId(), JournalEntry.Status.REJECTED, text(n, "detail"), time);
                default -> {
                    // unknown events from newer versions are kept out of the fold
                }
            }
            // Keyed in order of first appearance, which is submit order: the last entry per fingerprint is the newest.
            byKey.put(key, e);
        }
        return List.copyOf(byKey.values());
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }

    /** A field's text, or null when it is missing or null. */
    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** An ISO-8601 instant, or null when absent or unreadable. */
    static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the platform's defaults apply
        }
    }

    private HeyGenException unreadable(IOException e) {
        return new HeyGenException("journal_unavailable", "Cannot use the render journal " + file + ": "
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()) + ".",
                "Check the directory's permissions, or point HEYGEN_CONFIG_DIR or -Dheygen.journal elsewhere.", e);
    }

    @Override
    public String toString() {
        return "Journal[" + file + "]";
    }
}
