package dev.heygenkit.mcp;

import dev.heygenkit.ApiException;
import dev.heygenkit.HeyGenException;

import java.util.Set;

/**
 * Hints in an agent's terms: where the kit's hint points at Java or the CLI ({@code client.videos().list()},
 * {@code heygen looks}), the agent is told which tool to call instead. Other hints stay the kit's own.
 */
final class Hints {
    private static final Set<String> VIDEO_TOOLS = Set.of("get_video", "wait_for_video", "delete_video", "download_video");

    private Hints() {
    }

    /** The hint for {@code e} raised by {@code tool}. */
    static String of(String tool, HeyGenException e) {
        int status = e instanceof ApiException a ? a.status() : 0;
        if (status == 401) {
            return "Check HEYGEN_API_KEY or ~/.heygen/credentials where heygen-mcp runs, or start it with --sandbox.";
        }
        if (status == 404 && VIDEO_TOOLS.contains(tool)) {
            return "Check video_id: list_videos shows your videos.";
        }
        if (status == 404 && tool.equals("get_avatar_look")) {
            return "Check look_id: list_avatar_looks shows the looks you can use.";
        }
        if (status == 404 && tool.equals("create_speech")) {
            return "Check voice_id: list_voices shows the voices (create_speech needs engine starfish).";
        }
        if (e.code().equals("video_not_ready")) {
            return "Call wait_for_video until it is completed, then download_video again.";
        }
        return e.hint();
    }
}
