package dev.heygenkit.internal.render;

import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.internal.http.SafeNames;

import java.util.List;

/** The files a finished video offers, each behind its own presigned URL. */
public enum Artifact {
    /** The video itself ({@code video_url}). */
    VIDEO("video", "mp4", "webm"),
    /** The video with captions burned in ({@code captioned_video_url}); needs burned-in captions. */
    CAPTIONED_VIDEO("captioned video", "mp4", "webm"),
    /** The SRT subtitles ({@code subtitle_url}); needs captions. */
    SUBTITLES("subtitles", "srt"),
    /** A still ({@code thumbnail_url}). */
    THUMBNAIL("thumbnail", "jpg", "jpeg", "png", "webp"),
    /** An animated preview ({@code gif_url}). */
    GIF("gif", "gif");

    private final String label;
    private final List<String> extensions;

    Artifact(String label, String... extensions) {
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** How messages name it, e.g. {@code captioned video}. */
    public String label() {
        return label;
    }

    /** The URL of this file in a video, or null. */
    public String url(VideoInfo info) {
        return switch (this) {
            case VIDEO -> info.videoUrl();
            case CAPTIONED_VIDEO -> info.captionedVideoUrl();
            case SUBTITLES -> info.subtitleUrl();
            case THUMBNAIL -> info.thumbnailUrl();
            case GIF -> info.gifUrl();
        };
    }

    /**
     * The default file name for a video id: the id made safe (no folders, no leading dots) plus this kind's extension;
     * the URL may only choose among this kind's own extensions (png for a thumbnail), never introduce another.
     */
    public String fileName(String videoId, String url) {
        return SafeNames.component(videoId, "video") + (this == CAPTIONED_VIDEO ? ".captioned" : "") + "."
                + SafeNames.extension(url, extensions);
    }
}
