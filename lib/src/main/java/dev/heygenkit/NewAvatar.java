package dev.heygenkit;

import dev.heygenkit.api.AvatarGroup;
import dev.heygenkit.api.Look;

import java.util.Objects;

/**
 * An avatar you made with {@link CustomAvatar}: its group and its new look, ready to speak once {@link #isReady()}.
 *
 * <pre>{@code NewAvatar me = CustomAvatar.fromPhoto(Path.of("me.jpg")).create(client);
 * me.avatar().say("Hi!").voice(voiceId).render(client);}</pre>
 *
 * @param group      the avatar group (character)
 * @param look       the new look; its id is what videos take
 * @param consentUrl the page where a digital twin's person agrees, or null
 */
public record NewAvatar(AvatarGroup group, Look look, String consentUrl) {
    /** Rejects a missing group or look. */
    public NewAvatar {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(look, "look");
    }

    /** The new look's id, for {@code Avatar.look(...)}. */
    public String lookId() {
        return look.id();
    }

    /** The group's id. */
    public String groupId() {
        return group.id();
    }

    /** Whether the look has finished training and can render. */
    public boolean isReady() {
        return look.isReady() && look.previewImageUrl() != null;
    }

    /** The new look as a speaker: {@code Avatar.look(lookId())}. */
    public Avatar avatar() {
        return Avatar.look(look.id());
    }

    /** {@code NewAvatar[look=<id> "CEO", group=<id>, completed]}. */
    @Override
    public String toString() {
        return "NewAvatar[look=" + look.id() + " " + Dsl.str(look.name()) + ", group=" + group.id() + ", "
                + (look.status() == null ? "ready" : look.status()) + (consentUrl == null ? "" : ", consent at " + consentUrl) + "]";
    }
}
