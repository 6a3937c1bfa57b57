package dev.heygenkit.internal.http;

import dev.heygenkit.DownloadException;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.ProgressListener;
import dev.heygenkit.TransportException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Saves presigned storage URLs to files: streamed to a temporary file beside the target and renamed into place
 * atomically, with progress, never with the API key. Video downloads add URL refreshing and retries on top.
 */
public final class FileDownload {
    private static final long PROGRESS_STEP = 1024 * 1024;

    private final HttpTransport transport;
    private final ProgressListener listener;

    /** Downloads through the transport's key-less storage client, reporting to {@code listener}. */
    public FileDownload(HttpTransport transport, ProgressListener listener) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Downloads one presigned URL that belongs to no video (a speech sample, a preview) the same way: temp file,
     * atomic rename, no API key. There is no fresh URL to ask for, so anything but 200 fails at once.
     */
    public Path save(String url, String label, Path file, boolean overwrite) {
        prepare(file, overwrite);
        int status = fetch(url, label, "", file, overwrite);
        if (status != 200) {
            throw new DownloadException("download_failed", "Downloading the " + label + " answered HTTP " + status + ".",
                    "Ask for a fresh URL and try again.", file, null);
        }
        return file;
    }

    /** Refuses an existing file unless {@code overwrite}, and creates the file's directory. */
    public void prepare(Path file, boolean overwrite) {
        refuseExisting(file, overwrite);
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new DownloadException("download_failed", "Cannot create directory " + dir + ": "
                    + e.getClass().getSimpleName() + ".", "Check the path and its permissions.", file, e);
        }
    }

    /**
     * Fetches one URL; a 200 body streams straight into a temporary file beside the target (no copy through the
     * heap) which is then moved into place. Returns the status; only 200 leaves a file behind.
     *
     * @param owner what the file belongs to, for messages, e.g. {@code " of video abc"}, or empty
     */
    public int fetch(String url, String label, String owner, Path file, boolean overwrite) {
        Path temp;
        try {
            temp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new DownloadException("download_failed", "Cannot write beside " + file + ": " + e.getClass().getSimpleName()
                    + ".", "Check the directory's permissions and free space.", file, e);
        }
        Counting counting = new Counting(label, file);
        try {
            HttpResponse<Path> response = transport.sendExternal(request(url), responseInfo -> responseInfo.statusCode() == 200
                    ? counting.start(responseInfo, into(temp, counting.started()))
                    : HttpResponse.BodySubscribers.replacing(null));
            if (response.statusCode() != 200) {
                return response.statusCode();
            }
            long bytes = counting.bytes();
            if (counting.total() >= 0 && bytes != counting.total()) {
                throw new DownloadException("download_interrupted", "Downloading the " + label + " to " + file
                        + " broke off after " + Bytes.human(bytes) + " of " + Bytes.human(counting.total())
                        + "; no partial file was left.", "Try again; the download starts over.", file, null);
            }
            listener.onEvent(new ProgressEvent.Downloading(label, file, bytes, counting.total()));
            refuseExisting(file, overwrite);
            publish(temp, file);
            listener.onEvent(new ProgressEvent.Downloaded(label, file, bytes));
            return 200;
        } catch (TransportException e) {
            if (counting.started()) {
                throw new DownloadException("download_interrupted", "Downloading the " + label + " to " + file
                        + " broke off after " + Bytes.human(counting.bytes()) + " (" + e.code() + "); "
                        + "no partial file was left.", "Try again; the download starts over.", file, e);
            }
            throw new DownloadException("download_failed", "Downloading the " + label + owner
                    + " to " + file + " failed before any data arrived (" + e.code() + "); no file was written.",
                    "Check the network and try again.", file, e);
        } catch (IOException e) {
            throw new DownloadException("download_failed", "Cannot move the downloaded " + label + " to " + file
                    + ": " + e.getClass().getSimpleName() + ".", "Check the directory's permissions.", file, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // best effort: the temp name starts with a dot and ends in .part
            }
        }
    }

    /**
     * The temporary file as a body's destination. The first 200 writes into the empty file as created, without
     * {@code O_TRUNC}: ext4 takes truncate-then-rewrite for a file replacement and starts writing the whole file back
     * when it is closed, which costs about a fifth of a large download. A retried 200 truncates what the broken
     * attempt left.
     */
    private static HttpResponse.BodySubscriber<Path> into(Path temp, boolean retried) {
        return retried
                ? HttpResponse.BodySubscribers.ofFile(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)
                : HttpResponse.BodySubscribers.ofFile(temp, StandardOpenOption.WRITE);
    }

    /**
     * Counts the bytes of a body on their way into the file and reports progress every megabyte. Progress events of
     * the body come from the HTTP client's thread.
     */
    private final class Counting {
        private final String label;
        private final Path file;
        private final AtomicLong bytes = new AtomicLong();
        private volatile long total = -1;
        private volatile boolean started;

        Counting(String label, Path file) {
            this.label = label;
            this.file = file;
        }

        HttpResponse.BodySubscriber<Path> start(HttpResponse.ResponseInfo info, HttpResponse.BodySubscriber<Path> into) {
            bytes.set(0);
            total = info.headers().firstValueAsLong("content-length").orElse(-1);
            started = true;
            listener.onEvent(new ProgressEvent.Downloading(label, file, 0, total));
            return new HttpResponse.BodySubscriber<>() {
                private long reported;

                @Override
                public java.util.concurrent.CompletionStage<Path> getBody() {
                    return into.getBody();
                }

                @Override
                public void onSubscribe(java.util.concurrent.Flow.Subscription subscription) {
                    into.onSubscribe(subscription);
                }

                @Override
                public void onNext(java.util.List<java.nio.ByteBuffer> item) {
                    long n = 0;
                    for (java.nio.ByteBuffer b : item) {
                        n += b.remaining();
                    }
                    long now = bytes.addAndGet(n);
                    if (now - reported >= PROGRESS_STEP) {
                        reported = now;
                        listener.onEvent(new ProgressEvent.Downloading(label, file, now, total));
                    }
                    into.onNext(item);
                }

                @Override
                public void onError(Throwable throwable) {
                    into.onError(throwable);
                }

                @Override
                public void onComplete() {
                    into.onComplete();
                }
            };
        }

        long bytes() {
            return bytes.get();
        }

        long total() {
            return total;
        }

        boolean started() {
            return started;
        }
    }

    private void refuseExisting(Path file, boolean overwrite) {
        if (!overwrite && Files.exists(file)) {
            throw new DownloadException("download_exists", file + " already exists; nothing was downloaded.",
                    "Pass Overwrite.YES to replace it, or choose another path.", file, null);
        }
    }

    private HttpRequest request(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new HeyGenException("download_failed", "The API returned a download URL that is not a URL.",
                    "Report this to HeyGen support.", e);
        }
        return HttpRequest.newBuilder(uri).timeout(transport.config().transferTimeout())
                .header("User-Agent", transport.config().userAgent()).GET().build();
    }

    /** Moves a finished temporary file over its target atomically, readable like any file the user saves. */
    public static void publish(Path temp, Path file) throws IOException {
        // Temp files are created owner-only; a finished video should read like any other file the user saves.
        try {
            Files.setPosixFilePermissions(temp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and other non-POSIX file systems keep their defaults
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
