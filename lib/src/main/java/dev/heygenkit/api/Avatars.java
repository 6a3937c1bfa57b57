package dev.heygenkit.api;

import dev.heygenkit.internal.http.ApiRequest;
import dev.heygenkit.internal.http.HttpTransport;

/**
 * The {@code /v3/avatars} group: avatar groups (characters). Their looks are in {@link Looks}.
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
}
