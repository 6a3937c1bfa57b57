package dev.heygenkit.api;

/**
 * A video as {@code GET /v3/videos/{video_id}} and the list return it. URLs are presigned and expire; fetch the
 * video again for fresh ones.
 *
 * @param id                the video id
 * @param status            pending, processing, completed, failed (or a newer value)
 * @param title             dashboard title
 * @param folderId          folder, or null
 * @param createdAt         Unix seconds
 * @param completedAt       Unix seconds, when completed
 * @param videoUrl          the MP4 (or WebM) download
 * @param captionedVideoUrl the video with burned-in captions, when asked for
 * @param subtitleUrl       the SRT, when captions were asked for
 * @param thumbnailUrl      a still
 * @param gifUrl            an animated preview
 * @param duration          seconds
 * @param outputLanguage    BCP-47, for translated videos
 * @param failureCode       why it failed, e.g. {@code script_too_long}
 * @param failureMessage    human-readable failure
 * @param videoPageUrl      the video in the HeyGen app
 */
public record VideoInfo(String id, VideoStatus status, String title, String folderId, Long createdAt, Long completedAt,
                        String videoUrl, String captionedVideoUrl, String subtitleUrl, String thumbnailUrl,
                        String gifUrl, Double duration, String outputLanguage, String failureCode,
                        String failureMessage, String videoPageUrl) {
    @Override
    public String toString() {
        return "VideoInfo[id=" + id + ", status=" + status + (duration == null ? "" : ", " + duration + "s")
                + (failureCode == null ? "" : ", failure=" + failureCode) + "]";
    }
}
