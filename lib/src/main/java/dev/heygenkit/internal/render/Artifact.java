package dev.heygenkit.internal.render;

import dev.heygenkit.api.VideoInfo;

/** The files a finished video offers, each behind its own presigned URL. */
public enum Artifact {
    /** The video itself ({@code video_url}). */
    VIDEO("video", "mp4"),
    /** The video with captions burned in ({@code captioned_video_url}); needs burned-in captions. */
    CAPTIONED_VIDEO("captioned video", "mp4"),
    /** The SRT subtitles ({@code subtitle_url}); needs captions. */
    SUBTITLES("subtitles", "srt"),
    /** A still ({@code thumbnail_url}). */
    THUMBNAIL("thumbnail", "jpg"),
    /** An animated preview ({@code gif_url}). */
    GIF("gif", "gif");

    private final String label;
    private final String extension;

    Artifact(String label, String extension) {
        this.label = label;
        this.extension = extension;
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

    /** The default file name for a video id, taking the extension from the URL's path when it has one. */
    public String fileName(String videoId, String url) {
        String ext = extension;
        if (url != null) {
            String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            int slash = path.lastIndexOf('/');
            int dot = path.lastIndexOf('.');
            if (dot > slash && path.length() - dot <= 5) {
                ext = path.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
            }
        }
        return videoId + (this == CAPTIONED_VIDEO ? ".captioned" : "") + "." + ext;
    }
}
