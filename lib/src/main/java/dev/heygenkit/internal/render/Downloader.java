package dev.heygenkit.internal.render;

import dev.heygenkit.ProgressEvent;
import dev.heygenkit.ProgressListener;

import dev.heygenkit.DownloadException;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.TransportException;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.internal.http.HttpTransport;
import dev.heygenkit.Sleeper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Downloads a video's files from their presigned storage URLs: streamed to a temporary file beside the target and
 * renamed into place atomically, with progress, never with the API key. An expired URL (403/404) is refreshed with a
 * fresh {@code GET} of the video, and a URL that lags right after completion is retried with backoff.
 */
public final class Downloader {
    /** Retries after the first attempt when storage answers 403/404 or the URL is not there yet. */
    public static final int RETRIES = 5;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final long PROGRESS_STEP = 1024 * 1024;

    private final HttpTransport transport;
    private final Sleeper sleeper;
    private final ProgressListener listener;

    /** A downloader using the transport's key-less storage client. */
    public Downloader(HttpTransport transport, Sleeper sleeper, ProgressListener listener) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Downloads one file of a video and returns where it was written.
     *
     * @param known     the video as last read (its URL is tried first)
     * @param refresh   reads the video again for fresh URLs
     * @param artifact  which file
     * @param target    the file to write, or an existing directory to write {@code <video_id>.<ext>} into
     * @param overwrite whether an existing target may be replaced
     * @throws DownloadException when the file cannot be written, is not available or the stream breaks
     */
    public Path download(VideoInfo known, Supplier<VideoInfo> refresh, Artifact artifact, Path target, boolean overwrite) {
        VideoInfo info = known;
        String url = artifact.url(info);
        Path file = Files.isDirectory(target) ? target.resolve(artifact.fileName(info.id(), url)) : target;
        prepare(file, overwrite);
        Duration backoff = FIRST_BACKOFF;
        String lastProblem = null;
        for (int attempt = 0; ; attempt++) {
            if (url == null) {
                info = refresh.get();
                url = artifact.url(info);
                if (url == null) {
                    unavailable(info, artifact, file, attempt);
                    lastProblem = "no URL yet";
                }
            }
            if (url != null) {
                int status = fetch(url, artifact.label(), " of video " + info.id(), file, overwrite);
                if (status == 200) {
                    return file;
                }
                if (status != 403 && status != 404) {
                    throw new DownloadException("download_failed", "Downloading the " + artifact.label() + " of video "
                            + info.id() + " failed: storage answered " + status + ".", "Try again later.", file, null);
                }
                lastProblem = "storage answered " + status;
                if (attempt >= RETRIES) {
                    break;
                }
                // 403/404 from storage: the presigned URL expired, or the file lags behind the status.
                String before = url;
                info = refresh.get();
                url = artifact.url(info);
                if (url != null && !url.equals(before)) {
                    continue;
                }
            } else if (attempt >= RETRIES) {
                break;
            }
            listener.onEvent(new ProgressEvent.Note(artifact.label() + " of video " + info.id() + " is not available yet ("
                    + lastProblem + "), retrying in " + backoff.toSeconds() + " s"));
            pause(backoff, file);
            backoff = backoff.multipliedBy(2);
        }
        throw new DownloadException("download_url_expired", "The " + artifact.label() + " of video " + info.id()
                + " could not be fetched after " + (RETRIES + 1) + " attempts (" + lastProblem + ").",
                "Try again in a minute; the download URL is refreshed on every attempt.", file, null);
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

    private void prepare(Path file, boolean overwrite) {
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
     */
    private int fetch(String url, String label, String owner, Path file, boolean overwrite) {
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
                    ? counting.start(responseInfo, HttpResponse.BodySubscribers.ofFile(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING))
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

    private static void unavailable(VideoInfo info, Artifact artifact, Path file, int attempt) {
        if (info.status() != null && info.status().isFailed()) {
            throw new DownloadException("video_failed", "Video " + info.id() + " failed"
                    + (info.failureCode() == null ? "" : " (" + info.failureCode() + ")") + "; there is no "
                    + artifact.label() + " to download.", "Fix the failure and render again.", file, null);
        }
        if (info.status() == null || !info.status().isCompleted()) {
            throw new DownloadException("video_not_ready", "Video " + info.id() + " is " + info.status()
                    + "; its " + artifact.label() + " is not there yet.", "Wait for it first: job.await().", file, null);
        }
        if (artifact == Artifact.SUBTITLES || artifact == Artifact.CAPTIONED_VIDEO) {
            throw new DownloadException("asset_not_available", "Video " + info.id() + " has no " + artifact.label()
                    + "; it was rendered without " + (artifact == Artifact.SUBTITLES ? "captions" : "burned-in captions") + ".",
                    "Render with " + (artifact == Artifact.SUBTITLES ? ".captions()" : ".burnedCaptions()")
                            + " to get it.", file, null);
        }
        if (attempt >= RETRIES) {
            throw new DownloadException("asset_not_available", "Video " + info.id() + " is completed but has no "
                    + artifact.label() + " URL.", "Try again later.", file, null);
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

    private void pause(Duration d, Path file) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadException("download_interrupted", "Downloading " + file + " was interrupted.",
                    "Try again.", file, e);
        }
    }
}
