package dev.heygenkit.api;

import dev.heygenkit.internal.http.ApiRequest;
import dev.heygenkit.internal.http.HttpTransport;

import java.util.Map;

/**
 * The {@code /v3/avatars/looks} group: the looks whose ids videos take as {@code avatar_id}; your own can be renamed
 * and deleted.
 *
 * <pre>{@code for (Look l : client.looks().list()) System.out.println(l.id() + " " + l.name());}</pre>
 */
public final class Looks {
    private final HttpTransport transport;

    Looks(HttpTransport transport) {
        this.transport = transport;
    }

    /** Every look you can use, paging lazily. */
    public Page<Look> list() {
        return list(LookQuery.of());
    }

    /** Looks matching the query, paging lazily. Gender and name are not server filters; filter the stream. */
    public Page<Look> list(LookQuery query) {
        ApiRequest r = ApiRequest.get("/v3/avatars/looks")
                .query("group_id", query.groupId())
                .query("avatar_type", query.avatarType())
                .query("ownership", query.ownership())
                .query("limit", Resources.limit(query.limit(), 50))
                .query("token", query.token());
        return Resources.page(transport, r, Look.class);
    }

    /** One look. */
    public Look get(String lookId) {
        return Resources.data(transport, ApiRequest.get("/v3/avatars/looks/" + Resources.id(lookId, "look id")), Look.class);
    }

    /** Renames one of your looks (photo avatars and digital twins; stock looks cannot be renamed) and returns it. */
    public Look rename(String lookId, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a look's new name is blank; pass the name to show");
        }
        return Resources.data(transport, ApiRequest.patch("/v3/avatars/looks/" + Resources.id(lookId, "look id"),
                Map.of("name", name)), Look.class);
    }

    /** Deletes one of your looks for good; deleting the last look of a group deletes the group too. */
    public AvatarDeleted delete(String lookId) {
        return Resources.data(transport, ApiRequest.delete("/v3/avatars/looks/" + Resources.id(lookId, "look id")),
                AvatarDeleted.class);
    }

    /**
     * Filters for {@link #list(LookQuery)}; each method returns a new query.
     *
     * @param groupId    only looks of this avatar group
     * @param avatarType {@code studio_avatar}, {@code digital_twin} or {@code photo_avatar}
     * @param ownership  {@code public} or {@code private}
     * @param limit      page size, 1 to 50
     * @param token      cursor to start at
     */
    public record LookQuery(String groupId, String avatarType, String ownership, Integer limit, String token) {
        /** No filters. */
        public static LookQuery of() {
            return new LookQuery(null, null, null, null, null);
        }

        /** Only this group. */
        public LookQuery groupId(String value) {
            return new LookQuery(value, avatarType, ownership, limit, token);
        }

        /** Only this avatar type. */
        public LookQuery avatarType(String value) {
            return new LookQuery(groupId, value, ownership, limit, token);
        }

        /** Only {@code public} or {@code private} looks. */
        public LookQuery ownership(String value) {
            return new LookQuery(groupId, avatarType, value, limit, token);
        }

        /** Page size. */
        public LookQuery limit(int value) {
            return new LookQuery(groupId, avatarType, ownership, value, token);
        }

        /** Start at this cursor. */
        public LookQuery token(String value) {
            return new LookQuery(groupId, avatarType, ownership, limit, value);
        }
    }
}
