package dev.heygenkit.mcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.NotFoundException;
import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.RenderJob;
import dev.heygenkit.RenderTimeoutException;
import dev.heygenkit.VideoSpec;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.internal.Internals;
import dev.heygenkit.internal.http.Json;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The tools that make and follow one video: a free preflight, the credit-safe create, a status read and a bounded
 * wait with progress notifications.
 */
final class VideoTools {
    /** The longest one {@code wait_for_video} call may block. */
    static final int MAX_WAIT_SECONDS = 600;
    /** Its default: under the shortest common client request timeout (the Java SDK's 20 s); the agent calls again. */
    static final int DEFAULT_WAIT_SECONDS = 15;

    private final Session s;
    private final VideoArgs specs;

    VideoTools(Session session) {
        this.s = session;
        this.specs = new VideoArgs(session.folder());
    }

    List<Tool> tools() {
        return List.of(check(), create(), get(), await());
    }

    /** The fields of one video in answers. */
    static Schema videoSchema() {
        return Schema.open().string("video_id", "The video id.")
                .string("status", "waiting, pending, processing, completed or failed.")
                .string("title", "Its title.").string("created_at", "When it was created (ISO 8601).")
                .number("duration_seconds", "Its length once completed.")
                .string("video_url", "The MP4 once completed (a presigned URL that expires).")
                .string("captioned_video_url", "The video with burned-in captions, when asked for.")
                .string("subtitles_url", "The SRT, when captions were asked for.")
                .string("thumbnail_url", "A still of the video.").string("page_url", "The video's page in HeyGen.")
                .string("failure_code", "Why it failed.").string("failure_message", "Why it failed, in words.")
                .require("video_id", "status");
    }

    /** Writes one video's fields. */
    static ObjectNode video(ObjectNode o, VideoInfo v) {
        o.put("video_id", v.id()).put("status", v.status() == null ? "unknown" : v.status().value());
        Replies.putIf(o, "title", v.title());
        Replies.putIf(o, "created_at", v.createdAt() == null ? null : Instant.ofEpochSecond(v.createdAt()));
        if (v.duration() != null) {
            o.put("duration_seconds", v.duration());
        }
        Replies.putIf(o, "video_url", v.videoUrl());
        Replies.putIf(o, "captioned_video_url", v.captionedVideoUrl());
        Replies.putIf(o, "subtitles_url", v.subtitleUrl());
        Replies.putIf(o, "thumbnail_url", v.thumbnailUrl());
        Replies.putIf(o, "page_url", v.videoPageUrl());
        Replies.putIf(o, "failure_code", v.failureCode());
        return Replies.putIf(o, "failure_message", v.failureMessage());
    }

    private Tool check() {
        Schema problem = Schema.open().string("severity", "error stops a create; warning does not.")
                .string("code", "Stable problem code.").string("param", "The request field concerned.")
                .string("message", "What is wrong and what to do.");
        Map<String, Object> out = Replies.schema().bool("ok", "True when create_avatar_video would be accepted.")
                .array("problems", "Every problem found, errors and warnings.", problem.map())
                .object("request_body", "The exact POST /v3/videos body create_avatar_video would send.", Schema.open())
                .string("spec", "The same video as heygen-kit DSL (Java).").require("ok", "problems", "request_body").map();
        return new Tool("check_avatar_video", "Check a video request", "Preflights a video request without creating "
                + "anything or spending credit: every problem (unknown look or voice, bad colour, script syntax, options "
                + "that do not fit) and the exact POST /v3/videos body. Takes the same arguments as create_avatar_video.",
                VideoArgs.schema(), out, Tool.Kind.READ, (a, call) -> {
            VideoSpec spec = specs.spec(a);
            List<Problem> problems = spec.check(s.client());
            ObjectNode body = s.replies().object().put("ok", problems.stream().noneMatch(Problem::isError));
            Replies.problems(body.putArray("problems"), problems);
            body.set("request_body", Json.parse(spec.toJson()));
            body.put("spec", spec.toString());
            return s.replies().ok(body);
        });
    }

    private Tool create() {
        Map<String, Object> out = Replies.schema().string("video_id", "The new (or resumed) video; follow it with "
                        + "wait_for_video or get_video.").string("status", "Its status now.")
                .bool("resumed", "True when no new video was made: this exact request made it before.")
                .number("estimate_seconds", "Rough render time.").strings("notes", "What the kit noticed on the way.")
                .object("session", "This session's spend guard.", SpendGuard.schema())
                .require("video_id", "status", "resumed", "session").map();
        return new Tool("create_avatar_video", "Create an avatar video", "Creates an avatar video and returns at once "
                + "with its video_id (render takes minutes: then call wait_for_video). Preflights first and spends "
                + "nothing when a problem is found. Idempotent: the same request again returns the same video instead of "
                + "paying twice (fresh: true forces a new one). New videos per session are capped by --max-videos.",
                VideoArgs.schema(), out, Tool.Kind.CREATE_IDEMPOTENT, this::submit);
    }

    private CallToolResult submit(Args a, Tool.Call call) {
        VideoSpec spec = specs.spec(a);
        boolean fresh = a.flag("fresh");
        String request = spec.toJson();
        Progress progress = new Progress(call, s);
        // One create at a time, so two calls cannot both pass the cap.
        synchronized (s.guard()) {
            if (!s.guard().allowsAnother()) {
                return atCap(fresh ? null : s.guard().knownVideo(request), progress);
            }
            RenderJob job = spec.submit(s.client(), progress);
            s.guard().record(request, job.id(), !job.resumed());
            ObjectNode body = s.replies().object().put("video_id", job.id()).put("status", job.status().value())
                    .put("resumed", job.resumed());
            if (job.estimate() != null) {
                body.put("estimate_seconds", job.estimate().toSeconds());
            }
            notes(body, progress);
            return s.replies().ok(s.guard().describe(body));
        }
    }

    /** At the cap, a repeated request still gets its video (it costs nothing); anything else is refused. */
    private CallToolResult atCap(String known, Progress progress) {
        if (known == null) {
            throw s.guard().refusal();
        }
        VideoInfo v;
        try {
            v = s.client().videos().get(known);
        } catch (NotFoundException gone) {
            throw s.guard().refusal();
        }
        if (v.status() != null && v.status().isFailed()) {
            throw s.guard().refusal();
        }
        ObjectNode body = s.replies().object().put("video_id", v.id())
                .put("status", v.status() == null ? "unknown" : v.status().value()).put("resumed", true);
        notes(body, progress).withArray("notes").add("this session made this exact request before: answering with its video");
        return s.replies().ok(s.guard().describe(body));
    }

    private static ObjectNode notes(ObjectNode body, Progress progress) {
        ArrayNode notes = body.putArray("notes");
        progress.notes().forEach(notes::add);
        return body;
    }

    private Tool get() {
        Map<String, Object> in = Schema.object().string("video_id", "The video id.").require("video_id").map();
        Map<String, Object> out = Replies.schema().object("video", "The video.", videoSchema()).require("video").map();
        return new Tool("get_video", "Get a video", "Reads one video once: status, video_url when completed, duration, "
                + "failure code and message when failed.", in, out, Tool.Kind.READ, (a, call) -> {
            ObjectNode body = s.replies().object();
            video(body.putObject("video"), s.client().videos().get(a.required("video_id")));
            return s.replies().ok(body);
        });
    }

    private Tool await() {
        Map<String, Object> in = Schema.object().string("video_id", "The video id.")
                .integer("timeout_seconds", "The longest this call blocks (default " + DEFAULT_WAIT_SECONDS + "; clients "
                        + "often give up on a request after 20 to 60 s, so wait in short calls).", 1, MAX_WAIT_SECONDS)
                .require("video_id").map();
        Map<String, Object> out = Replies.schema().object("video", "The video as last read.", videoSchema())
                .bool("done", "True when the video completed or failed; false when the timeout came first (call again).")
                .number("waited_seconds", "How long this call waited.").require("video", "done").map();
        return new Tool("wait_for_video", "Wait for a video", "Waits until a video completes or fails, up to "
                + "timeout_seconds, sending progress notifications, and returns its final state (or its state at the "
                + "timeout, with done false: call again). Never creates or resubmits anything.", in, out, Tool.Kind.READ,
                (a, call) -> {
            String id = a.required("video_id");
            Duration limit = Duration.ofSeconds(a.integer("timeout_seconds", DEFAULT_WAIT_SECONDS));
            long t0 = System.nanoTime();
            VideoInfo info;
            boolean done = true;
            try {
                info = Internals.render(s.client()).waiter().await(id, null, limit, null, new Progress(call, s));
            } catch (RenderTimeoutException timeout) {
                info = s.client().videos().get(id);
                done = info.status() != null && info.status().isTerminal();
            }
            ObjectNode body = s.replies().object();
            video(body.putObject("video"), info);
            body.put("done", done).put("waited_seconds", Math.round((System.nanoTime() - t0) / 1e8) / 10.0);
            return s.replies().ok(body);
        });
    }
}
