package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Locale;
import java.util.Objects;

/**
 * The avatar engine: {@code avatar_v}, {@code avatar_iv} (the API's default) or {@code avatar_iii}. Open: an engine
 * the kit does not know yet is {@link Other} (preflight reports it; {@code ignore("engine_invalid")} sends it anyway).
 */
public sealed interface Engine permits Engine.AvatarV, Engine.AvatarIV, Engine.AvatarIII, Engine.Other {

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

    /**
     * An engine this version of the kit does not know, sent verbatim.
     *
     * @param type its wire name
     */
    record Other(String type) implements Engine {
        /** Rejects null. */
        public Other {
            Objects.requireNonNull(type, "engine");
        }
    }

    /** The wire name, e.g. {@code avatar_v}, as listed in a look's {@code supported_api_engines}. */
    @JsonProperty("type")
    default String type() {
        if (this instanceof AvatarV) {
            return "avatar_v";
        }
        return this instanceof AvatarIV ? "avatar_iv" : "avatar_iii";
    }

    /** Whether this is one of the engines the kit knows. */
    default boolean isKnown() {
        return !(this instanceof Other);
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

    /**
     * The engine for a name: {@code avatar_v}, {@code avatar_iv}, {@code avatar_iii} (also {@code v}, {@code iv},
     * {@code 4}, …); any other name is kept as {@link Other}.
     */
    static Engine of(String type) {
        Objects.requireNonNull(type, "engine");
        return switch (type.trim().toLowerCase(Locale.ROOT)) {
            case "avatar_v", "v", "5" -> avatarV();
            case "avatar_iv", "iv", "4" -> avatarIV();
            case "avatar_iii", "iii", "3" -> avatarIII();
            default -> new Other(type);
        };
    }
}
