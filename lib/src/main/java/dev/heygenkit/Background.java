package dev.heygenkit;

import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.SceneBackground;
import dev.heygenkit.api.VideoBackground;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What is behind the avatar: a colour or an image. Immutable; equal when the backgrounds are equal.
 *
 * <pre>{@code Avatar.look(id).say("Hi").on(Background.color("#0A84FF"))}</pre>
 */
public final class Background {
    private final VideoBackground value;

    private Background(VideoBackground value) {
        this.value = value;
    }

    /** A solid colour as {@code #RRGGBB}. */
    public static Background color(String hex) {
        return new Background(VideoBackground.color(Objects.requireNonNull(hex, "colour")));
    }

    /** An image at a public URL. */
    public static Background image(URI url) {
        return new Background(VideoBackground.image(AssetInput.url(Objects.requireNonNull(url, "url").toString())));
    }

    /** A local PNG or JPEG, uploaded for you at submit time. */
    public static Background image(Path file) {
        return new Background(VideoBackground.image(AssetInput.file(file)));
    }

    /** An image uploaded before, by asset id. */
    public static Background asset(String assetId) {
        return new Background(VideoBackground.image(AssetInput.asset(Objects.requireNonNull(assetId, "asset id"))));
    }

    /** Whether this is a solid colour (the only kind studio scenes take). */
    public boolean isColor() {
        return value instanceof VideoBackground.Color;
    }

    /** The background as the avatar and image modes send it. */
    VideoBackground toVideo() {
        return value;
    }

    /** The background as a studio scene sends it, or null when it is not a colour. */
    SceneBackground toScene() {
        return value instanceof VideoBackground.Color c ? SceneBackground.color(c.value()) : null;
    }

    /** The DSL value for a background the API model holds. */
    static Background of(VideoBackground value) {
        return value == null ? null : new Background(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Background b && b.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The DSL expression that recreates it, e.g. {@code Background.color("#0A84FF")}. */
    @Override
    public String toString() {
        return value instanceof VideoBackground.Color c ? "Background.color(" + Dsl.str(c.value()) + ")"
                : Dsl.media(((VideoBackground.Image) value).image(), "Background.image", "Background.asset");
    }
}
