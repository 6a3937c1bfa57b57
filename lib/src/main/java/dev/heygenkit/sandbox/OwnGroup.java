package dev.heygenkit.sandbox;

import java.time.Instant;

/**
 * An avatar group created through {@code POST /v3/avatars}. Its status follows its looks ({@link OwnLook}); a digital
 * twin's group waits with {@code consentStatus} {@code pending} until consent arrives, then {@code approved}.
 *
 * @param id            the group id
 * @param seq           creation order
 * @param name          display name
 * @param kind          {@code photo}, {@code prompt} or {@code digital_twin}
 * @param gender        {@code male}, {@code female} or null
 * @param createdAt     when it was created
 * @param consentStatus null (no consent needed), {@code pending} or {@code approved}
 * @param rerouteUrl    where the consent page sends the person afterwards, or null
 */
record OwnGroup(String id, long seq, String name, String kind, String gender, Instant createdAt, String consentStatus,
                String rerouteUrl) {
    /** A copy whose consent is pending, with the page's follow-up URL. */
    OwnGroup consentPending(String reroute) {
        return new OwnGroup(id, seq, name, kind, gender, createdAt, "pending", reroute);
    }

    /** A copy whose consent was given. */
    OwnGroup consentApproved() {
        return new OwnGroup(id, seq, name, kind, gender, createdAt, "approved", rerouteUrl);
    }
}
