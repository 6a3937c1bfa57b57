package dev.heygenkit.api;

import dev.heygenkit.internal.http.ApiRequest;
import dev.heygenkit.internal.http.HttpTransport;

import java.util.Objects;

/**
 * The {@code /v3/avatars} group: avatar groups (characters), and your own avatars made from a photo, a prompt or a
 * training video. Their looks are in {@link Looks}. To create and wait in one call, use the DSL's {@code CustomAvatar}.
 *
 * <pre>{@code for (AvatarGroup g : client.avatars().list()) System.out.println(g.name() + ": " + g.looksCount());}</pre>
 */
public final class Avatars {
    private final HttpTransport transport;

    Avatars(HttpTransport transport) {
        this.transport = transport;
    }

    /** Every avatar group you can use, paging lazily. */
    public Page<AvatarGroup> list() {
        return list(null, null);
    }

    /**
     * Avatar groups, paging lazily.
     *
     * @param ownership {@code public}, {@code private} or null for both
     * @param limit     page size 1 to 50, or null for the server default
     */
    public Page<AvatarGroup> list(String ownership, Integer limit) {
        ApiRequest r = ApiRequest.get("/v3/avatars")
                .query("ownership", ownership)
                .query("limit", Resources.limit(limit, 50));
        return Resources.page(transport, r, AvatarGroup.class);
    }

    /** One avatar group. */
    public AvatarGroup get(String groupId) {
        return Resources.data(transport, ApiRequest.get("/v3/avatars/" + Resources.id(groupId, "avatar group id")), AvatarGroup.class);
    }

    /**
     * Creates an avatar (a new group, or a new look in {@code avatarGroupId}) and returns at once, the look usually
     * still {@code processing}; retries reuse one generated {@code Idempotency-Key}.
     */
    public AvatarCreated create(CreateAvatarRequest request) {
        return create(request, null);
    }

    /** Creates an avatar with the caller's {@code Idempotency-Key} (null to generate one). */
    public AvatarCreated create(CreateAvatarRequest request, String idempotencyKey) {
        Objects.requireNonNull(request, "request");
        if (request.name() == null || request.name().isBlank()) {
            throw new IllegalArgumentException("an avatar needs a name; pass one, e.g. \"CEO\"");
        }
        String dsl = "CustomAvatar, which uploads it for you";
        if (request instanceof CreateAvatarRequest.Photo p) {
            Resources.notLocal(p.file(), "photo", dsl);
        } else if (request instanceof CreateAvatarRequest.DigitalTwin t) {
            Resources.notLocal(t.file(), "training video", dsl);
        } else if (request instanceof CreateAvatarRequest.Prompt p && p.referenceImages() != null) {
            p.referenceImages().forEach(r -> Resources.notLocal(r, "reference image", dsl));
        }
        return Resources.data(transport, ApiRequest.post("/v3/avatars", request).idempotencyKey(idempotencyKey),
                AvatarCreated.class);
    }

    /**
     * Gives a digital twin its person's consent: a consent video starts training at once; otherwise the answer's
     * {@code url} is the page the person opens to agree.
     */
    public AvatarConsent consent(String groupId, AvatarConsentRequest request) {
        Objects.requireNonNull(request, "request");
        Resources.notLocal(request.consentVideo(), "consent video", "CustomAvatar.digitalTwin(...).consent(path)");
        return Resources.data(transport, ApiRequest.post("/v3/avatars/" + Resources.id(groupId, "avatar group id")
                + "/consent", request), AvatarConsent.class);
    }

    /** Deletes one of your avatar groups with all its looks, for good. */
    public AvatarDeleted delete(String groupId) {
        return Resources.data(transport, ApiRequest.delete("/v3/avatars/" + Resources.id(groupId, "avatar group id")),
                AvatarDeleted.class);
    }
}
