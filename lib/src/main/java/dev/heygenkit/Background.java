package dev.heygenkit;

import dev.heygenkit.api.SceneBackground;
import dev.heygenkit.api.VideoBackground;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What is behind the avatar: a solid colour or a picture (public URL, local file uploaded at submit time, or an
 * asset id). Studio scenes take colours only.
 *
 * <pre>{@code Avatar.look(lookId).say("Hi").on(Background.color("#0A84FF"))}</pre>
 */
public final class Background {
    private final String color;
    private final Media image;

    private Background(String color, Media image) {
        this.color = color;
        this.image = image;
    }

    /** A solid colour as {@code #RRGGBB}. */
    public static Background color(String hex) {
        return new Background(Objects.requireNonNull(hex, "colour"), null);
    }

    /** A picture at a public URL. */
    public static Background image(URI url) {
        return new Background(null, Media.of(url));
    }

    /** A local picture (PNG or JPEG), uploaded for you at submit time. */
    public static Background image(Path file) {
        return new Background(null, Media.of(file));
    }

    /** A picture uploaded before, by asset id. */
    public static Background asset(String assetId) {
        return new Background(null, Media.asset(assetId));
    }

    /** Whether this is a colour (the only kind studio scenes take). */
    public boolean isColor() {
        return color != null;
    }

    VideoBackground toVideo() {
        if (color != null) {
            return VideoBackground.color(color);
        }
        return new VideoBackground.Image(image.urlText(), image.assetId());
    }

    SceneBackground toScene() {
        return color == null ? null : SceneBackground.color(color);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Background b && b.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** The DSL expression that recreates it, e.g. {@code Background.color("#0A84FF")}. */
    @Override
    public String toString() {
        return color != null ? "Background.color(" + Dsl.str(color) + ")" : image.call("Background.image", "Background.asset");
    }
}
