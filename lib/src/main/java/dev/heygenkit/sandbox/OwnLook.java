package dev.heygenkit.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * A look created through {@code POST /v3/avatars}: it is {@code pending_consent} (digital twins before consent), then
 * {@code processing} until {@code readyAt} on the sandbox clock, then {@code completed} or {@code failed}. A photo
 * look keeps the photo's bytes, which become its preview.
 *
 * @param id          the look id
 * @param seq         creation order
 * @param groupId     its group
 * @param name        display name
 * @param avatarType  {@code photo_avatar} or {@code digital_twin}
 * @param kind        how it was made: {@code photo}, {@code prompt} or {@code digital_twin}
 * @param gender      {@code male}, {@code female} or null
 * @param width       native width in pixels
 * @param height      native height in pixels
 * @param photo       the PNG or JPEG it was made from, or null
 * @param readyAt     when training ends, or null while consent is pending
 * @param status      {@code pending_consent}, {@code processing}, {@code completed} or {@code failed}
 * @param failure     why it failed, or null
 */
record OwnLook(String id, long seq, String groupId, String name, String avatarType, String kind, String gender, int width,
               int height, byte[] photo, Instant readyAt, String status, Catalog.Failure failure) {
    /** Engines a created look renders with: Avatar IV and III, like HeyGen's new photo avatars and twins. */
    static final List<String> ENGINES = List.of("avatar_iv", "avatar_iii");

    String orientation() {
        return width > height ? "landscape" : width < height ? "portrait" : "square";
    }

    OwnLook renamed(String newName) {
        return new OwnLook(id, seq, groupId, newName, avatarType, kind, gender, width, height, photo, readyAt, status, failure);
    }

    /** A copy training from now until {@code until}. */
    OwnLook training(Instant until) {
        return new OwnLook(id, seq, groupId, name, avatarType, kind, gender, width, height, photo, until, "processing", null);
    }

    /** A copy in its final state: completed, or failed with {@code why}. */
    OwnLook settled(Catalog.Failure why) {
        return new OwnLook(id, seq, groupId, name, avatarType, kind, gender, width, height, photo, readyAt,
                why == null ? "completed" : "failed", why);
    }
}
