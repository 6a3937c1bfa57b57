package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The avatar engine: {@code avatar_v}, {@code avatar_iv} (the API's default) or {@code avatar_iii}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Engine.AvatarV.class, name = "avatar_v"),
        @JsonSubTypes.Type(value = Engine.AvatarIV.class, name = "avatar_iv"),
        @JsonSubTypes.Type(value = Engine.AvatarIII.class, name = "avatar_iii")})
public sealed interface Engine permits Engine.AvatarV, Engine.AvatarIV, Engine.AvatarIII {

    /**
     * Avatar V.
     *
     * @param referenceLookId an {@code instant_avatar} look of the same group, or null to let the API choose
     */
    record AvatarV(String referenceLookId) implements Engine {
    }

    /** Avatar IV, the default. */
    record AvatarIV() implements Engine {
    }

    /** Avatar III (Digital Twin or Photo Avatar). */
    record AvatarIII() implements Engine {
    }

    /** The wire name, e.g. {@code avatar_v}, as listed in a look's {@code supported_api_engines}. */
    default String type() {
        if (this instanceof AvatarV) {
            return "avatar_v";
        }
        return this instanceof AvatarIV ? "avatar_iv" : "avatar_iii";
    }

    /** Avatar V without a reference look. */
    static Engine avatarV() {
        return new AvatarV(null);
    }

    /** Avatar IV. */
    static Engine avatarIV() {
        return new AvatarIV();
    }

    /** Avatar III. */
    static Engine avatarIII() {
        return new AvatarIII();
    }

    /** The engine for a wire name ({@code avatar_v}, {@code avatar_iv}, {@code avatar_iii}), or an error naming it. */
    static Engine of(String type) {
        return switch (type == null ? "" : type.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "avatar_v", "v", "5" -> avatarV();
            case "avatar_iv", "iv", "4" -> avatarIV();
            case "avatar_iii", "iii", "3" -> avatarIII();
            default -> throw new IllegalArgumentException("engine \"" + type + "\" is not one of avatar_v, avatar_iv, avatar_iii");
        };
    }
}
