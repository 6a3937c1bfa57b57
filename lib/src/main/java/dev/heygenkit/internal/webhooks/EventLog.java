package dev.heygenkit.internal.webhooks;

import dev.heygenkit.HeyGenException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The events file: append-only JSON lines, each forced to disk before the delivery is answered, written by one
 * receiver at a time (a file lock), readable by its owner only when the receiver creates it. Readers take complete lines only, so a line still being written, or torn by a
 * crash, is never half-read.
 */
public final class EventLog implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private long size;

    private EventLog(Path file, FileChannel channel, FileLock lock, long size) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.size = size;
    }

    /**
     * Opens the file for appending (creating it and its folders), holding its lock until {@link #close()}. A torn last
     * line left by a crash is closed with a newline, so it stays an isolated unreadable line and the next event starts
     * on a fresh one; its delivery was never answered 200, so the sender delivers it again.
     */
    public static EventLog open(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        FileChannel ch = null;
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
            boolean created = !Files.exists(abs);
            ch = FileChannel.open(abs, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            if (created) {
                restrict(abs);
            }
            // One byte far past the data: receivers still exclude each other, and where locks are mandatory (Windows)
            // readers such as the batch runner can still read the lines.
            FileLock lock = ch.tryLock(Long.MAX_VALUE - 1, 1, false);
            if (lock == null) {
                throw inUse(abs, null);
            }
            EventLog log = new EventLog(abs, ch, lock, ch.size());
            if (log.size > 0 && byteAt(ch, log.size - 1) != '\n') {
                log.write(new byte[]{'\n'});
            }
            return log;
        } catch (OverlappingFileLockException e) {
            closeQuietly(ch);
            throw inUse(abs, e);
        } catch (IOException e) {
            closeQuietly(ch);
            throw new HeyGenException("events_file_unwritable", "Cannot open the events file " + abs + ": " + e.getMessage(),
                    "Pass a writable path, e.g. --out events.jsonl.", e);
        } catch (RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** Appends one line and forces it to disk before returning. */
    public synchronized void append(EventLine line) throws IOException {
        write(line.toBytes());
    }

    /** Releases the lock and closes the file. */
    @Override
    public synchronized void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(channel);
    }

    private void write(byte[] bytes) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        long pos = size;
        while (buf.hasRemaining()) {
            pos += channel.write(buf, pos);
        }
        channel.force(false);
        size = pos;
    }

    /**
     * The complete lines after {@code fromOffset}: the events, how many lines were not events (skipped), and the
     * offset just past the last complete line, to pass next time. A missing file reads as empty.
     */
    public static Chunk read(Path file, long fromOffset) {
        if (fromOffset < 0) {
            throw new IllegalArgumentException("offset " + fromOffset + " is negative; pass 0 or an offset a previous read returned");
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (fromOffset > size || fromOffset > 0 && byteAt(ch, fromOffset - 1) != '\n') {
                throw new IllegalArgumentException("offset " + fromOffset + " is not at the start of a line of " + file
                        + " (" + size + " bytes); pass 0 or an offset a previous read returned");
            }
            if (size - fromOffset > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("the events file " + file + " has over 2 GB after offset " + fromOffset
                        + "; read it from a later offset");
            }
            ByteBuffer buf = ByteBuffer.allocate((int) (size - fromOffset));
            while (buf.hasRemaining() && ch.read(buf, fromOffset + buf.position()) > 0) {
                // reads until the snapshot size is filled; the file may grow meanwhile, the rest waits for next time
            }
            return lines(buf.array(), buf.position(), fromOffset);
        } catch (NoSuchFileException e) {
            if (fromOffset > 0) {
                throw new IllegalArgumentException("the events file " + file + " does not exist, so offset " + fromOffset
                        + " is not in it; pass 0", e);
            }
            return new Chunk(List.of(), 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the events file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Chunk lines(byte[] bytes, int length, long base) {
        List<EventLine> events = new ArrayList<>();
        int skipped = 0;
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (bytes[i] != '\n') {
                continue;
            }
            if (i > start) {
                EventLine e = EventLine.parse(java.util.Arrays.copyOfRange(bytes, start, i));
                if (e == null) {
                    skipped++;
                } else {
                    events.add(e);
                }
            }
            start = i + 1;
        }
        // Bytes after the last newline are a line still being written (or torn): left for the next read.
        return new Chunk(List.copyOf(events), base + start, skipped);
    }

    private static byte byteAt(FileChannel ch, long pos) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        ch.read(one, pos);
        return one.get(0);
    }

    private static HeyGenException inUse(Path file, Exception cause) {
        return new HeyGenException("events_file_in_use", "The events file " + file + " is in use by another receiver.",
                "Stop the other receiver, or pass another file.", cause);
    }

    /** Owner-only, as for the render journal: payloads carry video URLs that work without the API key. */
    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: the platform's defaults apply
        }
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
        }
    }

    /**
     * Lines read from the events file.
     *
     * @param events  the events, in file order
     * @param offset  the byte offset just past the last complete line
     * @param skipped complete lines that were not events (a line torn by a crash, then closed)
     */
    public record Chunk(List<EventLine> events, long offset, int skipped) {
    }
}
