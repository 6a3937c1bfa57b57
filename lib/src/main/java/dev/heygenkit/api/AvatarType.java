package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Objects;

/**
 * The kind of a look, which decides the engines and options it accepts. Open: unknown values are kept.
 *
 * @param value the wire value, e.g. {@code photo_avatar}
 */
public record AvatarType(@JsonValue String value) {
    /** A stock studio-recorded avatar. */
    public static final AvatarType STUDIO_AVATAR = new AvatarType("studio_avatar");
    /** A video-trained custom avatar. */
    public static final AvatarType DIGITAL_TWIN = new AvatarType("digital_twin");
    /** A photo-based avatar. */
    public static final AvatarType PHOTO_AVATAR = new AvatarType("photo_avatar");

    /** Normalises the value to lower case. */
    public AvatarType {
        value = Objects.requireNonNull(value, "avatar type").trim().toLowerCase(Locale.ROOT);
    }

    /** The type for a wire value. */
    @JsonCreator
    public static AvatarType of(String value) {
        return new AvatarType(value);
    }

    /** Photo avatars accept expressiveness and motion prompts on Avatar IV. */
    public boolean isPhoto() {
        return equals(PHOTO_AVATAR);
    }

    /** Studio avatars and digital twins are video avatars. */
    public boolean isVideo() {
        return equals(STUDIO_AVATAR) || equals(DIGITAL_TWIN);
    }

    @Override
    public String toString() {
        return value;
    }
}
