package dev.heygenkit;

import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.internal.render.Artifact;
import dev.heygenkit.internal.render.Downloader;
import dev.heygenkit.internal.render.RenderContext;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A rendered (or rendering) video and the client it came from, so its files can be downloaded. Prints as a compact
 * summary: {@code Video[id=abc, status=completed, 42.1s]}.
 *
 * <pre>{@code v.download(Path.of("out.mp4"));}</pre>
 */
public final class Video {
    private final HeyGen client;
    private final VideoInfo info;

    Video(HeyGen client, VideoInfo info) {
        this.client = Objects.requireNonNull(client, "client");
        this.info = Objects.requireNonNull(info, "info");
    }

    /** Reads a video by id, e.g. one listed by {@link HeyGen#history()}. */
    public static Video of(HeyGen client, String videoId) {
        return new Video(client, client.videos().get(videoId));
    }

    /** The video id. */
    public String id() {
        return info.id();
    }

    /** Its status when last read. */
    public VideoStatus status() {
        return info.status();
    }

    /** The presigned download URL (expires; {@link #download(Path)} refreshes it), or null. */
    public String url() {
        return info.videoUrl();
    }

    /** The URL of the video with burned-in captions, or null. */
    public String captionedUrl() {
        return info.captionedVideoUrl();
    }

    /** The URL of the SRT subtitles, or null. */
    public String subtitlesUrl() {
        return info.subtitleUrl();
    }

    /** The URL of a still, or null. */
    public String thumbnailUrl() {
        return info.thumbnailUrl();
    }

    /** The URL of an animated preview, or null. */
    public String gifUrl() {
        return info.gifUrl();
    }

    /** The video's length, or null when unknown. */
    public Duration duration() {
        return info.duration() == null ? null : Duration.ofMillis(Math.round(info.duration() * 1000));
    }

    /** The dashboard title, or null. */
    public String title() {
        return info.title();
    }

    /** Why it failed, e.g. {@code script_too_long}, or null. */
    public String failureCode() {
        return info.failureCode();
    }

    /** The API's failure message, or null. */
    public String failureMessage() {
        return info.failureMessage();
    }

    /** The video's page in the HeyGen app, or null. */
    public String pageUrl() {
        return info.videoPageUrl();
    }

    /** Everything the API said about the video when last read. */
    public VideoInfo info() {
        return info;
    }

    /** The video read again (status, fresh URLs). */
    public Video refresh() {
        return new Video(client, client.videos().get(id()));
    }

    /** Downloads the video to a file (or into a directory as {@code <id>.mp4}); refuses to overwrite. */
    public Path download(Path target) {
        return download(target, Overwrite.NO);
    }

    /** Downloads the video, replacing an existing file when told to. */
    public Path download(Path target, Overwrite overwrite) {
        return fetch(Artifact.VIDEO, target, overwrite);
    }

    /** Downloads the video with burned-in captions (render with {@code .burnedCaptions()}). */
    public Path downloadCaptioned(Path target) {
        return downloadCaptioned(target, Overwrite.NO);
    }

    /** Downloads the captioned video, replacing an existing file when told to. */
    public Path downloadCaptioned(Path target, Overwrite overwrite) {
        return fetch(Artifact.CAPTIONED_VIDEO, target, overwrite);
    }

    /** Downloads the SRT subtitles (render with {@code .captions()}). */
    public Path downloadSubtitles(Path target) {
        return downloadSubtitles(target, Overwrite.NO);
    }

    /** Downloads the SRT subtitles, replacing an existing file when told to. */
    public Path downloadSubtitles(Path target, Overwrite overwrite) {
        return fetch(Artifact.SUBTITLES, target, overwrite);
    }

    /** Downloads the thumbnail. */
    public Path downloadThumbnail(Path target) {
        return downloadThumbnail(target, Overwrite.NO);
    }

    /** Downloads the thumbnail, replacing an existing file when told to. */
    public Path downloadThumbnail(Path target, Overwrite overwrite) {
        return fetch(Artifact.THUMBNAIL, target, overwrite);
    }

    /** Downloads the animated GIF preview. */
    public Path downloadGif(Path target) {
        return downloadGif(target, Overwrite.NO);
    }

    /** Downloads the GIF preview, replacing an existing file when told to. */
    public Path downloadGif(Path target, Overwrite overwrite) {
        return fetch(Artifact.GIF, target, overwrite);
    }

    private Path fetch(Artifact artifact, Path target, Overwrite overwrite) {
        Objects.requireNonNull(target, "target");
        RenderContext ctx = client.renderContext();
        return new Downloader(ctx.transport(), ctx.sleeper(), ctx.listener(null))
                .download(info, () -> client.videos().get(id()), artifact, target, overwrite == Overwrite.YES);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Video v && v.info.equals(info);
    }

    @Override
    public int hashCode() {
        return info.hashCode();
    }

    /** A compact summary, e.g. {@code Video[id=abc, status=completed, 42.1s]}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Video[id=").append(id()).append(", status=").append(status());
        if (info.duration() != null) {
            b.append(", ").append(String.format(Locale.ROOT, "%.1fs", info.duration()));
        }
        if (info.failureCode() != null) {
            b.append(", failure=").append(info.failureCode());
        }
        return b.append(']').toString();
    }
}
