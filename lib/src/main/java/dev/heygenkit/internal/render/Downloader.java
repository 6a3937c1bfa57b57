package dev.heygenkit.internal.render;

import dev.heygenkit.DownloadException;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.ProgressListener;
import dev.heygenkit.Sleeper;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.internal.http.FileDownload;
import dev.heygenkit.internal.http.HttpTransport;
import dev.heygenkit.internal.http.SafeNames;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
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

    private final FileDownload files;
    private final Sleeper sleeper;
    private final ProgressListener listener;

    /** A downloader using the transport's key-less storage client. */
    public Downloader(HttpTransport transport, Sleeper sleeper, ProgressListener listener) {
        this.files = new FileDownload(transport, listener);
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
        Path file = Files.isDirectory(target) ? SafeNames.inside(target, artifact.fileName(info.id(), url)) : target;
        files.prepare(file, overwrite);
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
                int status = files.fetch(url, artifact.label(), " of video " + info.id(), file, overwrite);
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
