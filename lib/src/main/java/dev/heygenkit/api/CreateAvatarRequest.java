package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;
import java.util.Objects;

/**
 * A {@code POST /v3/avatars} body: a new avatar from a photo, a prompt, or a training video (a digital twin, which
 * trains only after the person in it has given consent, see {@link Avatars#consent}). Set {@code avatarGroupId} to add
 * the new look to one of your groups instead of starting a new one.
 *
 * <pre>{@code client.avatars().create(CreateAvatarRequest.photo("CEO", AssetInput.asset(assetId)))}</pre>
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = CreateAvatarRequest.Photo.class, name = "photo"),
        @JsonSubTypes.Type(value = CreateAvatarRequest.Prompt.class, name = "prompt"),
        @JsonSubTypes.Type(value = CreateAvatarRequest.DigitalTwin.class, name = "digital_twin")})
public sealed interface CreateAvatarRequest permits CreateAvatarRequest.Photo, CreateAvatarRequest.Prompt,
        CreateAvatarRequest.DigitalTwin {

    /** The avatar's display name. */
    String name();

    /** The group the new look joins, or null for a new group. */
    String avatarGroupId();

    /**
     * A photo avatar: one front-facing PNG or JPEG photo, ideally 512×512 or more.
     *
     * @param name          display name
     * @param file          the photo
     * @param avatarGroupId the group to add the look to, or null for a new group
     */
    record Photo(String name, AssetInput file, String avatarGroupId) implements CreateAvatarRequest {
        /** A copy that adds the look to this group. */
        public Photo inGroup(String groupId) {
            return new Photo(name, file, groupId);
        }
    }

    /**
     * A prompt avatar: a presenter generated from a description, optionally guided by reference pictures.
     *
     * @param name            display name
     * @param prompt          what the presenter looks like (HeyGen enforces 1,000 characters)
     * @param referenceImages pictures that guide the look, or null
     * @param avatarGroupId   the group to add the look to, or null for a new group
     * @param avatarId        a look to start from, or null
     */
    record Prompt(String name, String prompt, List<AssetInput> referenceImages, String avatarGroupId, String avatarId)
            implements CreateAvatarRequest {
        /** Copies the reference list. */
        public Prompt {
            referenceImages = referenceImages == null ? null : List.copyOf(referenceImages);
        }

        /** A copy that adds the look to this group. */
        public Prompt inGroup(String groupId) {
            return new Prompt(name, prompt, referenceImages, groupId, avatarId);
        }

        /** A copy guided by these reference pictures. */
        public Prompt references(List<AssetInput> images) {
            return new Prompt(name, prompt, images, avatarGroupId, avatarId);
        }
    }

    /**
     * A digital twin: trained from a video of a real person, after that person's consent.
     *
     * @param name          display name
     * @param file          the training video
     * @param avatarGroupId the group to add the look to, or null for a new group
     */
    record DigitalTwin(String name, AssetInput file, String avatarGroupId) implements CreateAvatarRequest {
        /** A copy that adds the look to this group. */
        public DigitalTwin inGroup(String groupId) {
            return new DigitalTwin(name, file, groupId);
        }
    }

    /** A photo avatar named {@code name}. */
    static Photo photo(String name, AssetInput photo) {
        return new Photo(name, Objects.requireNonNull(photo, "photo"), null);
    }

    /** A prompt avatar named {@code name}. */
    static Prompt prompt(String name, String prompt) {
        return new Prompt(name, Objects.requireNonNull(prompt, "prompt"), null, null, null);
    }

    /** A digital twin named {@code name}, trained from {@code video}. */
    static DigitalTwin digitalTwin(String name, AssetInput video) {
        return new DigitalTwin(name, Objects.requireNonNull(video, "video"), null);
    }

    /** The wire name of this kind: {@code photo}, {@code prompt} or {@code digital_twin}. */
    default String type() {
        return this instanceof Photo ? "photo" : this instanceof Prompt ? "prompt" : "digital_twin";
    }
}
