package dev.heygenkit.api;

import dev.heygenkit.http.ApiRequest;
import dev.heygenkit.http.HttpTransport;

import java.util.Objects;

/**
 * The {@code /v3/videos} group: create in any of the four modes, get, list, delete.
 *
 * <pre>{@code VideoCreated v = client.videos().create(AvatarVideoRequest.builder().avatarId("anna").script("Hi").build());}</pre>
 */
public final class Videos {
    private final HttpTransport transport;

    /** Binds the group to a transport. */
    public Videos(HttpTransport transport) {
        this.transport = transport;
    }

    /** Creates a video; retries reuse one generated {@code Idempotency-Key}, so at most one video is billed. */
    public VideoCreated create(CreateVideoRequest request) {
        return create(request, null);
    }

    /**
     * Creates a video with the caller's {@code Idempotency-Key} (null to generate one): the same key within 24 h
     * replays the first answer instead of creating a second video.
     */
    public VideoCreated create(CreateVideoRequest request, String idempotencyKey) {
        Objects.requireNonNull(request, "request");
        return Resources.data(transport, ApiRequest.post("/v3/videos", request).idempotencyKey(idempotencyKey), VideoCreated.class);
    }

    /** Reads a video, with fresh presigned URLs when completed. */
    public VideoInfo get(String videoId) {
        return Resources.data(transport, ApiRequest.get("/v3/videos/" + Resources.id(videoId, "video id")), VideoInfo.class);
    }

    /** Lists your videos, newest first, paging lazily. */
    public Page<VideoInfo> list() {
        return list(VideoQuery.of());
    }

    /** Lists videos matching the query, paging lazily. */
    public Page<VideoInfo> list(VideoQuery query) {
        ApiRequest r = ApiRequest.get("/v3/videos")
                .query("limit", Resources.limit(query.limit(), 100))
                .query("token", query.token())
                .query("folder_id", query.folderId())
                .query("title", query.title());
        return Resources.page(transport, r, VideoInfo.class);
    }

    /** Deletes a video permanently. */
    public VideoDeleted delete(String videoId) {
        return Resources.data(transport, ApiRequest.delete("/v3/videos/" + Resources.id(videoId, "video id")), VideoDeleted.class);
    }

    /**
     * Filters for {@link #list(VideoQuery)}; each method returns a new query.
     *
     * @param limit    page size, 1 to 100 (server default 10)
     * @param token    cursor of the page to start at
     * @param folderId only this folder
     * @param title    title substring
     */
    public record VideoQuery(Integer limit, String token, String folderId, String title) {
        /** No filters. */
        public static VideoQuery of() {
            return new VideoQuery(null, null, null, null);
        }

        /** Page size. */
        public VideoQuery limit(int value) {
            return new VideoQuery(value, token, folderId, title);
        }

        /** Start at this cursor. */
        public VideoQuery token(String value) {
            return new VideoQuery(limit, value, folderId, title);
        }

        /** Only this folder. */
        public VideoQuery folderId(String value) {
            return new VideoQuery(limit, token, value, title);
        }

        /** Title substring. */
        public VideoQuery title(String value) {
            return new VideoQuery(limit, token, folderId, value);
        }
    }
}
