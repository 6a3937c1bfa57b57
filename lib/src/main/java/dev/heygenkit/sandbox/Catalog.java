package dev.heygenkit.sandbox;

import java.util.List;

/**
 * The avatar groups, looks and voices the sandbox knows. {@link Fixtures} is the built-in one; rules and endpoints
 * ask this interface, so looks and voices created through the API can join the same lookups.
 */
interface Catalog {
    /** Why a private group, look or voice failed. */
    record Failure(String code, String message) {
    }

    /** An avatar group; {@code consentStatus} is null when no consent is needed. */
    record Group(String id, String name, String gender, String defaultVoiceId, boolean isPrivate, String status, long createdAt,
                 String consentStatus, Failure error) {
    }

    /** An avatar look with the engines it renders on. */
    record Look(String id, String name, String groupId, String avatarType, String gender, String defaultVoiceId,
                List<String> engines, List<String> tags, String orientation, Integer width, Integer height,
                boolean matting, String status, boolean isPrivate, Failure error) {
        boolean isPhoto() {
            return avatarType.equals("photo_avatar");
        }

        boolean ready() {
            return status == null || status.equals("completed");
        }
    }

    /** A voice with the speech engines it runs on; {@code createdAt} (Unix seconds) is null for fixtures. */
    record Voice(String id, String name, String language, String gender, boolean supportPause, boolean supportLocale,
                 List<String> engines, String type, String status, Long createdAt, String failureMessage) {
        boolean isPrivate() {
            return type.equals("private");
        }

        boolean ready() {
            return status == null || status.equals("complete");
        }
    }

    /** Every group, in listing order. */
    List<Group> groups();

    /** Every look, in listing order. */
    List<Look> looks();

    /** Every voice, in listing order. */
    List<Voice> voices();

    /** The group with this id, or null. */
    Group group(String id);

    /** The look with this id, or null. */
    Look look(String id);

    /** The voice with this id, or null. */
    Voice voice(String id);

    /** The looks of a group, in listing order. */
    default List<Look> looksOf(String groupId) {
        return looks().stream().filter(l -> l.groupId().equals(groupId)).toList();
    }

    /** The look a group is best shown by: its first ready look, or null. */
    default Look cover(Group g) {
        return looksOf(g.id()).stream().filter(Look::ready).findFirst().orElse(null);
    }
}
