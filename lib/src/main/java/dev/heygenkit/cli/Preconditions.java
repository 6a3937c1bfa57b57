package dev.heygenkit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * What a command checks on this machine before its first paid request: the output can be written and nothing is in
 * the way, durations make sense, the script file is a readable regular file of sane size. Each failure is a
 * {@link Durations.UsageException} (exit 2) with one line naming the value, and nothing has been sent.
 */
final class Preconditions {
    /** Scripts are at most 5000 characters; a file beyond this many bytes cannot be one, so it is refused unread. */
    static final long SCRIPT_FILE_MAX_BYTES = 1 << 20;
    private static final Duration POLL_MIN = Duration.ofMillis(10);
    private static final Duration POLL_MAX = Duration.ofMinutes(5);

    private Preconditions() {
    }

    /** A --timeout that is zero would give up before the first poll. */
    static void timeout(Duration timeout) {
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw new Durations.UsageException("--timeout " + timeout.toSeconds() + "s must be above 0; use e.g. --timeout 20m");
        }
    }

    /** A first poll interval between 10 ms and 5 minutes. */
    static void poll(Duration first) {
        if (first != null && (first.compareTo(POLL_MIN) < 0 || first.compareTo(POLL_MAX) > 0)) {
            throw new Durations.UsageException("--poll " + first.toMillis() + "ms is outside 10ms–5m; use e.g. --poll 2s");
        }
    }

    /**
     * The render target: a folder (ends with a separator or exists as one) must be creatable and writable; a file must
     * not exist unless {@code force}, and neither may the .srt/.captioned.mp4 written beside it. Creates missing folders.
     */
    static void output(Io io, String out, boolean force, boolean subtitles, boolean captioned) {
        if (out == null) {
            return;
        }
        Path target = io.path(out);
        boolean folder = out.endsWith("/") || out.endsWith(java.io.File.separator) || Files.isDirectory(target);
        if (folder) {
            writableFolder(target, "-o " + out);
            return;
        }
        Path parent = target.toAbsolutePath().getParent();
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
            throw new Durations.UsageException("-o " + out + ": " + parent + " is a file, not a folder; choose a path "
                    + "inside a folder");
        }
        writableFolder(parent, "the folder of -o " + out);
        notInTheWay(target, "-o " + out, force);
        String name = target.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (subtitles) {
            notInTheWay(target.resolveSibling(stem + ".srt"), "the subtitles file for -o " + out, force);
        }
        if (captioned) {
            notInTheWay(target.resolveSibling(stem + ".captioned.mp4"), "the captioned video for -o " + out, force);
        }
    }

    private static void notInTheWay(Path file, String what, boolean force) {
        if (Files.isDirectory(file)) {
            throw new Durations.UsageException(what + " (" + file + ") is a folder; choose a file name");
        }
        if (Files.exists(file) && !force) {
            throw new Durations.UsageException(what + " already exists (" + file + "); pass --force to overwrite it or "
                    + "choose another file");
        }
    }

    /** Creates the folder when missing and proves it takes a file, by writing and removing an empty one. */
    static void writableFolder(Path dir, String what) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".heygen-write-check", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new Durations.UsageException(what + ": cannot write into " + dir + " (" + reason(e) + "); choose a "
                    + "writable folder");
        }
    }

    /** The script in a file: must be a regular, readable UTF-8 file under {@link #SCRIPT_FILE_MAX_BYTES}. */
    static String scriptFile(Io io, String given) {
        Path file = io.path(given);
        if (!Files.exists(file)) {
            throw new Durations.UsageException("--script-file " + given + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new Durations.UsageException("--script-file " + given + " is not a regular file (a folder, pipe or "
                    + "device); pass a text file");
        }
        try {
            long size = Files.size(file);
            if (size > SCRIPT_FILE_MAX_BYTES) {
                throw new Durations.UsageException(String.format(Locale.ROOT, "--script-file %s is %.1f MB; a script is at "
                        + "most 5000 characters, so pass a shorter text file", given, size / 1048576.0));
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new Durations.UsageException("--script-file " + given + " cannot be read (" + reason(e) + "); pass a "
                    + "readable UTF-8 text file");
        }
    }

    /**
     * A file the command reads whole or streams (a scene list, a CSV): it must exist and be a regular file, not a
     * folder, pipe or device that would block or never end, and be at most {@code maxBytes} long.
     */
    static Path inputFile(Path file, String flag, long maxBytes) {
        if (!Files.exists(file)) {
            throw new Durations.UsageException(flag + " " + file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new Durations.UsageException(flag + " " + file + " is not a regular file (a folder, pipe or device); "
                    + "pass a file");
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new Durations.UsageException(String.format(Locale.ROOT, "%s %s is %.1f MB, over the %d MB this "
                        + "flag reads; pass a smaller file", flag, file, size / 1048576.0, maxBytes >> 20));
            }
        } catch (IOException e) {
            throw new Durations.UsageException(flag + " " + file + " cannot be read (" + reason(e) + ")");
        }
        return file;
    }

    /** Starts a server, turning "address already in use" into a one-line usage error that names the port. */
    static <T> T listening(java.util.function.Supplier<T> start, int port) {
        try {
            return start.get();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.net.BindException) {
                    throw new Durations.UsageException("--port " + port + " is already in use on 127.0.0.1; choose another "
                            + "port, or 0 for any free one");
                }
            }
            throw e;
        }
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "a part of the path does not exist";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "not UTF-8 text";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
