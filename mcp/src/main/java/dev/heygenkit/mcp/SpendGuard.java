package dev.heygenkit.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.HeyGenException;

import java.util.HashMap;
import java.util.Map;

/**
 * Caps how many new videos one server session may create ({@code --max-videos}); videos resumed from the render
 * journal cost nothing and do not count. It also remembers which request made which video, so that repeating a
 * request at the cap still answers with its video instead of a refusal.
 */
final class SpendGuard {
    /** The error code of a refused create. */
    static final String CODE = "spend_guard";
    /** The cap on HeyGen's API when {@code --max-videos} is not given. */
    static final int DEFAULT_REAL_API = 3;

    private final Integer max;
    private final Map<String, String> videoByRequest = new HashMap<>();
    private int created;

    /** A guard allowing {@code max} new videos, or any number when null. */
    SpendGuard(Integer max) {
        this.max = max;
    }

    /** Whether another new video may be created. */
    synchronized boolean allowsAnother() {
        return max == null || created < max;
    }

    /** The video an identical earlier request of this session made, or null. */
    synchronized String knownVideo(String request) {
        return videoByRequest.get(request);
    }

    /** Records a submit: counts it when a new video was created, and remembers which video the request has. */
    synchronized void record(String request, String videoId, boolean created) {
        if (created) {
            this.created++;
        }
        videoByRequest.put(request, videoId);
    }

    /** The cap in words, e.g. {@code at most 3} or {@code unlimited}. */
    String cap() {
        return max == null ? "unlimited" : "at most " + max;
    }

    /** The refusal for a create past the cap. */
    synchronized HeyGenException refusal() {
        return new HeyGenException(CODE, "create_avatar_video refused: this session already created " + created
                + (created == 1 ? " video" : " videos") + ", the limit set by --max-videos " + max,
                "Reuse a video you made (list_videos), or restart heygen-mcp with a higher --max-videos to spend more credit.");
    }

    /** The schema of {@link #describe}'s {@code session} object. */
    static Schema schema() {
        return Schema.open().integer("videos_created", "New videos this session created (resumed ones do not count).")
                .integer("max_videos", "The cap set by --max-videos; absent when unlimited.").require("videos_created");
    }

    /** Adds {@code {"videos_created": n, "max_videos": m}} (m absent when unlimited) to an answer. */
    synchronized ObjectNode describe(ObjectNode into) {
        ObjectNode s = into.putObject("session").put("videos_created", created);
        if (max != null) {
            s.put("max_videos", max);
        }
        return into;
    }
}
