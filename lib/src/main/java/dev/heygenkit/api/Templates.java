package dev.heygenkit.api;

import dev.heygenkit.internal.http.ApiRequest;
import dev.heygenkit.internal.http.HttpTransport;

import java.util.Objects;

/**
 * The {@code /v3/templates} group: list your HeyGen templates, read one's variables and scenes, and generate a video
 * from it with the variables filled in.
 *
 * <pre>{@code VideoInfo v = client.templates().generate(
 *         TemplateVideoRequest.of("tpl_welcome", TemplateVariable.text("first_name", "Ana")));}</pre>
 */
public final class Templates {
    private final HttpTransport transport;

    /** Binds the group to a transport. */
    Templates(HttpTransport transport) {
        this.transport = transport;
    }

    /** Your templates, paging lazily (server page size 10). */
    public Page<TemplateSummary> list() {
        return list(TemplateQuery.of());
    }

    /** Your templates, starting and paging as the query says. */
    public Page<TemplateSummary> list(TemplateQuery query) {
        ApiRequest r = ApiRequest.get("/v3/templates")
                .query("limit", Resources.limit(query.limit(), 100))
                .query("token", query.token());
        return Resources.page(transport, r, TemplateSummary.class);
    }

    /** One template with its scenes and variables. */
    public TemplateInfo get(String templateId) {
        return Resources.data(transport, ApiRequest.get(path(templateId)), TemplateInfo.class);
    }

    /** Generates a video from the request's own template id; see {@link #generate(String, TemplateVideoRequest, String)}. */
    public VideoInfo generate(TemplateVideoRequest request) {
        Objects.requireNonNull(request, "request");
        return generate(request.templateId(), request, null);
    }

    /** Generates a video; retries reuse one generated {@code Idempotency-Key}, so at most one video is billed. */
    public VideoInfo generate(String templateId, TemplateVideoRequest request) {
        return generate(templateId, request, null);
    }

    /**
     * Generates a video with the caller's {@code Idempotency-Key} (null to generate one): the same key within 24 h
     * replays the first answer instead of creating a second video. The answer is the new video, usually {@code pending}.
     */
    public VideoInfo generate(String templateId, TemplateVideoRequest request, String idempotencyKey) {
        Objects.requireNonNull(request, "request");
        String path = path(templateId);
        if (request.templateId() != null && !request.templateId().equals(templateId)) {
            throw new IllegalArgumentException("the request is for template " + request.templateId() + " but generate was called with "
                    + templateId + "; pass the same id, or leave the request's templateId unset");
        }
        return Resources.data(transport, ApiRequest.post(path, request).idempotencyKey(idempotencyKey), VideoInfo.class);
    }

    private static String path(String templateId) {
        return "/v3/templates/" + Resources.id(templateId, "template id");
    }

    /**
     * Paging for {@link #list(TemplateQuery)}; each method returns a new query.
     *
     * @param limit page size, 1 to 100 (server default 10)
     * @param token cursor of the page to start at
     */
    public record TemplateQuery(Integer limit, String token) {
        /** The first page at the server's page size. */
        public static TemplateQuery of() {
            return new TemplateQuery(null, null);
        }

        /** Page size. */
        public TemplateQuery limit(int value) {
            return new TemplateQuery(value, token);
        }

        /** Start at this cursor. */
        public TemplateQuery token(String value) {
            return new TemplateQuery(limit, value);
        }
    }
}
