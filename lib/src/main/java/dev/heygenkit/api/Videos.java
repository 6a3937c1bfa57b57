package dev.heygenkit.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.internal.Internals;
import dev.heygenkit.internal.http.ApiRequest;
import dev.heygenkit.internal.http.ApiResponse;
import dev.heygenkit.internal.http.HttpTransport;
import dev.heygenkit.internal.http.Json;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code /v3/videos} group: create in any of the four modes, get, list, delete, bulk statuses and batches.
 *
 * <pre>{@code VideoCreated v = client.videos().create(AvatarVideoRequest.builder().avatarId("anna").script("Hi").build());}</pre>
 */
public final class Videos {
    /** The most ids {@link #statuses(Collection, Collection)} takes per kind. */
    public static final int MAX_STATUS_IDS = 100;

    static {
        // HeyGen builds the groups through Internals; this class is the one it initializes to get the factory.
        Internals.register(new GroupFactory());
    }

    private final HttpTransport transport;

    Videos(HttpTransport transport) {
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
     * The statuses of up to 100 videos in one call; unknown or foreign ids come back as {@code not_found}.
     *
     * <pre>{@code client.videos().statuses(List.of("v1", "v2")).forEach(s -> System.out.println(s.status()));}</pre>
     */
    public List<VideoStatusItem> statuses(Collection<String> videoIds) {
        return statuses(videoIds, List.of());
    }

    /**
     * The statuses of up to 100 videos and of the items of up to 100 batches; either collection may be empty, not
     * both. Ids are checked before any request is sent.
     */
    public List<VideoStatusItem> statuses(Collection<String> videoIds, Collection<String> batchIds) {
        String videos = idList(videoIds, "video ids");
        String batches = idList(batchIds, "batch ids");
        if (videos == null && batches == null) {
            throw new IllegalArgumentException("statuses needs at least one video id or batch id");
        }
        ApiRequest r = ApiRequest.get("/v3/videos/statuses").query("video_ids", videos).query("batch_ids", batches);
        ApiResponse response = transport.send(r);
        JsonNode items = Resources.data(response, r);
        if (!items.isArray()) {
            throw Resources.unexpected(response, r, "a data member that is not a list");
        }
        return Json.readList(items, VideoStatusItem.class);
    }

    private static String idList(Collection<String> ids, String what) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        if (ids.size() > MAX_STATUS_IDS) {
            throw new IllegalArgumentException("statuses takes at most " + MAX_STATUS_IDS + " " + what + ", got " + ids.size()
                    + "; ask in chunks of " + MAX_STATUS_IDS);
        }
        StringBuilder sb = new StringBuilder();
        for (String id : ids) {
            if (id == null || id.isBlank() || id.contains(",")) {
                throw new IllegalArgumentException("\"" + id + "\" is not usable among the " + what
                        + "; pass ids as the API returned them (not blank, no commas)");
            }
            sb.append(sb.length() == 0 ? "" : ",").append(id.trim());
        }
        return sb.toString();
    }

    /**
     * Submits up to 100 create bodies as one batch (HTTP 202); the videos are created asynchronously. Retries reuse
     * one generated {@code Idempotency-Key}.
     *
     * <pre>{@code String id = client.videos().createBatch(VideoBatchRequest.of(bodies)).batchId();}</pre>
     */
    public VideoBatchCreated createBatch(VideoBatchRequest request) {
        return createBatch(request, null);
    }

    /** Submits a batch with the caller's {@code Idempotency-Key} (null to generate one). */
    public VideoBatchCreated createBatch(VideoBatchRequest request, String idempotencyKey) {
        Objects.requireNonNull(request, "request");
        ApiResponse response = transport.send(ApiRequest.post("/v3/videos/batches", request).idempotencyKey(idempotencyKey));
        // The spec publishes no body for this 202, so an empty or id-less answer is tolerated.
        JsonNode data = response.body().length == 0 ? null : response.json().path("data");
        JsonNode id = data == null ? null : data.get("batch_id");
        return new VideoBatchCreated(id == null || id.isNull() ? null : id.asText());
    }

    /** A batch's progress with its items paged lazily (server page size, 100). */
    public VideoBatch getBatch(String batchId) {
        return getBatch(batchId, null);
    }

    /** A batch's progress, fetching {@code itemsPerPage} items (1 to 100) per request. */
    public VideoBatch getBatch(String batchId, Integer itemsPerPage) {
        ApiRequest r = ApiRequest.get("/v3/videos/batches/" + Resources.id(batchId, "batch id"))
                .query("limit", Resources.limit(itemsPerPage, 100));
        return batch(r);
    }

    private VideoBatch batch(ApiRequest request) {
        JsonNode data = Resources.data(transport.send(request), request);
        BatchHead head = Json.read(data, BatchHead.class);
        // The batch detail keeps its cursor inside data, next to the items.
        Page<VideoBatchItem> items = Resources.page(data.path("items"), data, VideoBatchItem.class,
                token -> batch(request.query("token", token)).items());
        return new VideoBatch(head.batchId(), head.title(), head.createdAt(), head.status(), head.totalItems(),
                head.countsByStatus(), items);
    }

    private record BatchHead(String batchId, String title, Long createdAt, VideoStatus status, Integer totalItems,
                             Map<String, Integer> countsByStatus) {
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
