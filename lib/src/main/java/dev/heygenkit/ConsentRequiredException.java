package dev.heygenkit;

/**
 * A digital twin waits for consent: HeyGen trains an avatar of a real person only after that person agrees. Record
 * them reading HeyGen's consent statement and send it ({@code CustomAvatar.digitalTwin(video).consent(Path.of("consent.mp4"))},
 * or {@code client.avatars().consent(groupId, AvatarConsentRequest.video(...))}), or have them open
 * {@link #consentUrl()}; training starts then, and waiting again picks the look up.
 */
public class ConsentRequiredException extends HeyGenException {
    private final String groupId;
    private final String lookId;
    private final String consentUrl;

    /** Creates the error for the group and look that wait, with the consent page when one is known. */
    public ConsentRequiredException(String groupId, String lookId, String consentUrl) {
        super("consent_required", "Digital twin " + lookId + " (avatar group " + groupId + ") waits for the consent of the "
                        + "person in the video; nothing trains until it is given.",
                consentUrl != null ? "Have the person open " + consentUrl + " to agree, then wait for the look again."
                        : "Send a video of the person reading the consent statement with client.avatars().consent(\""
                        + groupId + "\", AvatarConsentRequest.video(...)), or ask for a consent page with "
                        + "AvatarConsentRequest.text(...) and have the person open its url.");
        this.groupId = groupId;
        this.lookId = lookId;
        this.consentUrl = consentUrl;
    }

    /** The avatar group that needs consent. */
    public String groupId() {
        return groupId;
    }

    /** The look that waits. */
    public String lookId() {
        return lookId;
    }

    /** The page where the person agrees, or null when none was requested. */
    public String consentUrl() {
        return consentUrl;
    }
}
