package dev.heygenkit.api;

/**
 * A {@code POST /v3/avatars/{group_id}/consent} body: the consent of the person a digital twin is trained from. A
 * recorded consent video lets training start at once; without one the answer carries a URL the person opens to agree.
 *
 * <pre>{@code client.avatars().consent(groupId, AvatarConsentRequest.video(AssetInput.asset(consentClip)))}</pre>
 *
 * @param consentText  the statement the person agrees to, or null
 * @param consentVideo a recording of the person reading the consent statement, or null
 * @param rerouteUrl   where the consent page sends the person afterwards, or null
 */
public record AvatarConsentRequest(String consentText, AssetInput consentVideo, String rerouteUrl) {
    /** Consent given in a recorded video. */
    public static AvatarConsentRequest video(AssetInput video) {
        return new AvatarConsentRequest(null, java.util.Objects.requireNonNull(video, "consent video"), null);
    }

    /** Consent to be given on HeyGen's consent page, with the statement shown there. */
    public static AvatarConsentRequest text(String statement) {
        return new AvatarConsentRequest(statement, null, null);
    }

    /** A copy whose consent page sends the person on to {@code url}. */
    public AvatarConsentRequest rerouteUrl(String url) {
        return new AvatarConsentRequest(consentText, consentVideo, url);
    }
}
