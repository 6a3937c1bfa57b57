package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** The JSON a client sees of a video: the {@code GET /v3/videos/{id}} object and the error of a failed one. */
final class VideoViews {
    /** Names each video of an answer with its render time: {@code <video_id>=95.0, …} in sandbox seconds. */
    static final String RENDER_HEADER = "X-Sandbox-Render-Seconds";

    private final Urls urls;

    VideoViews(Urls urls) {
        this.urls = urls;
    }

    /**
     * The {@link #RENDER_HEADER} value for these videos: how many sandbox seconds each takes from creation to its
     * final status, so a client can tell how long to wait from the first render on.
     */
    static String renderSeconds(java.util.List<VideoJob> videos) {
        java.util.StringJoiner out = new java.util.StringJoiner(", ");
        videos.forEach(v -> out.add(v.id() + "=" + v.renderSeconds()));
        return out.toString();
    }

    /** The GET /v3/videos/{id} view at {@code now}; media URLs are signed from now. */
    ObjectNode video(VideoJob v, Instant now) {
        ObjectNode o = Json.object();
        String status = v.status(now);
        Plan plan = v.plan();
        o.put("id", v.id());
        o.put("title", plan.title());
        o.put("status", status);
        o.putNull("folder_id");
        o.put("created_at", v.createdAt().getEpochSecond());
        boolean done = status.equals("completed");
        boolean over = done || status.equals("failed");
        if (over) {
            o.put("completed_at", v.finishAt().getEpochSecond());
        } else {
            o.putNull("completed_at");
        }
        o.put("video_url", done ? file(v, "video.mp4") : null);
        o.put("captioned_video_url", done && plan.burnCaptions() ? file(v, "captioned.mp4") : null);
        o.put("subtitle_url", done ? file(v, "subtitles.srt") : null);
        o.put("thumbnail_url", done ? file(v, "thumbnail.jpg") : null);
        o.put("gif_url", done ? file(v, "preview.gif") : null);
        if (done) {
            o.put("duration", plan.duration());
        } else {
            o.putNull("duration");
        }
        o.putNull("output_language");
        o.put("failure_code", status.equals("failed") ? v.failureCode() : null);
        o.put("failure_message", status.equals("failed") ? v.failureMessage() : null);
        o.put("video_page_url", urls.base() + "/_sandbox/videos/" + v.id());
        return o;
    }

    private String file(VideoJob v, String name) {
        return urls.signed(Urls.videoFile(v.id(), name));
    }

    /** {@code {"code","message"}} of a video that has failed by {@code now}, else JSON null. */
    static JsonNode error(VideoJob v, Instant now) {
        if (!v.status(now).equals("failed")) {
            return Json.F.nullNode();
        }
        ObjectNode e = Json.object();
        e.put("code", v.failureCode());
        e.put("message", v.failureMessage());
        return e;
    }
}
