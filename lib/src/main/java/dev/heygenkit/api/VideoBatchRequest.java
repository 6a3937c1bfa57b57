package dev.heygenkit.api;

import java.util.List;
import java.util.Objects;

/**
 * A {@code POST /v3/videos/batches} body: up to 100 create bodies rendered as one batch; each method returns a copy.
 *
 * <pre>{@code client.videos().createBatch(VideoBatchRequest.of(List.of(first, second)).title("Week 12"))}</pre>
 *
 * @param videos      1 to 100 create bodies, any mode
 * @param title       a title for the batch, or null
 * @param callbackUrl called once when every item is finished, or null
 */
public record VideoBatchRequest(List<CreateVideoRequest> videos, String title, String callbackUrl) {
    /** The most items one batch may hold. */
    public static final int MAX_VIDEOS = 100;

    /** Checks the item count (1 to 100) and copies the list. */
    public VideoBatchRequest {
        Objects.requireNonNull(videos, "videos");
        if (videos.isEmpty() || videos.size() > MAX_VIDEOS) {
            throw new IllegalArgumentException("a video batch holds 1 to " + MAX_VIDEOS + " videos, got " + videos.size()
                    + "; split it into several batches");
        }
        for (int i = 0; i < videos.size(); i++) {
            if (videos.get(i) == null) {
                throw new IllegalArgumentException("video " + i + " of the batch is null; pass a create body for every item");
            }
        }
        videos = List.copyOf(videos);
    }

    /** A batch of these create bodies. */
    public static VideoBatchRequest of(List<? extends CreateVideoRequest> videos) {
        return new VideoBatchRequest(List.copyOf(videos), null, null);
    }

    /** A copy with this title. */
    public VideoBatchRequest title(String value) {
        return new VideoBatchRequest(videos, value, callbackUrl);
    }

    /** A copy that calls this URL once when every item is finished. */
    public VideoBatchRequest callbackUrl(String value) {
        return new VideoBatchRequest(videos, title, value);
    }
}
