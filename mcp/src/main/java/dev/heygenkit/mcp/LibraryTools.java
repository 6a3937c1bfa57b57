package dev.heygenkit.mcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.Video;
import dev.heygenkit.api.Page;
import dev.heygenkit.api.VideoDeleted;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.Videos.VideoQuery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The tools over videos already made: list, delete, download into the allowed folder. */
final class LibraryTools {
    private final Session s;

    LibraryTools(Session session) {
        this.s = session;
    }

    List<Tool> tools() {
        return List.of(list(), delete(), download());
    }

    private Tool list() {
        Map<String, Object> in = Schema.object()
                .integer("limit", "At most this many videos, newest first (default 20).", 1, 100)
                .string("title", "Only videos whose title contains this text.")
                .string("token", "next_token of an earlier answer, for the next page.").map();
        Map<String, Object> out = Replies.schema().array("videos", "The videos, newest first.", VideoTools.videoSchema().map())
                .integer("count", "How many videos are listed.")
                .string("next_token", "Pass it as token for the next page; absent on the last page.")
                .require("videos", "count").map();
        return new Tool("list_videos", "List videos", "Lists your videos, newest first, with status and URLs; pages "
                + "with token.", in, out, Tool.Kind.READ, (a, call) -> {
            VideoQuery q = VideoQuery.of().limit(a.integer("limit", 20));
            q = a.has("title") ? q.title(a.string("title")) : q;
            q = a.has("token") ? q.token(a.string("token")) : q;
            Page<VideoInfo> page = s.client().videos().list(q);
            ObjectNode body = s.replies().object();
            ArrayNode arr = body.putArray("videos");
            page.items().forEach(v -> VideoTools.video(arr.addObject(), v));
            body.put("count", arr.size());
            if (page.hasMore()) {
                Replies.putIf(body, "next_token", page.nextToken());
            }
            return s.replies().ok(body);
        });
    }

    private Tool delete() {
        Map<String, Object> in = Schema.object().string("video_id", "The video to delete.").require("video_id").map();
        Map<String, Object> out = Replies.schema().string("video_id", "The video.").bool("deleted", "True when it is gone.")
                .require("video_id", "deleted").map();
        return new Tool("delete_video", "Delete a video", "Deletes a video from your HeyGen library for good.", in, out,
                Tool.Kind.DELETE, (a, call) -> {
            VideoDeleted d = s.client().videos().delete(a.required("video_id"));
            ObjectNode body = s.replies().object().put("video_id", d.id() == null ? a.string("video_id") : d.id())
                    .put("deleted", d.deleted() == null || d.deleted());
            return s.replies().ok(body);
        });
    }

    private Tool download() {
        Map<String, Object> in = Schema.object().string("video_id", "A completed video.")
                .string("path", "File or existing folder inside the allowed folder (default: <video_id>.mp4 there). "
                        + "An existing file is never replaced.")
                .bool("captioned", "The version with burned-in captions instead of the plain video.")
                .require("video_id").map();
        Map<String, Object> out = Replies.schema().string("video_id", "The video.").string("file", "The file written.")
                .integer("bytes", "Its size.").require("video_id", "file", "bytes").map();
        return new Tool("download_video", "Download a video", "Saves a completed video as MP4 inside the allowed folder "
                + "(set when the server started; default its working directory). Refuses paths outside it and "
                + "existing files.", in, out, Tool.Kind.CREATE, (a, call) -> {
            String id = a.required("video_id");
            Path target = a.has("path") ? s.folder().resolve(a.string("path"), "path") : s.folder().root();
            Video v = Video.of(s.client(), id);
            Path file = a.flag("captioned") ? v.downloadCaptioned(target) : v.download(target);
            ObjectNode body = s.replies().object().put("video_id", id).put("file", file.toString()).put("bytes", Files.size(file));
            return s.replies().ok(body);
        });
    }
}
