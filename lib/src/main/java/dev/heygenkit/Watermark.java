package dev.heygenkit;

import java.net.URI;
import java.nio.file.Path;

/**
 * An image laid over the video (an Enterprise feature): where, how opaque, how large.
 *
 * <pre>{@code .watermark(Watermark.image(Path.of("logo.png")).at("top_right").opacity(0.8).scale(0.2))}</pre>
 */
public final class Watermark {
    private final Media image;
    private final Double opacity;
    private final Double scale;
    private final String position;
    private final Double offsetX;
    private final Double offsetY;

    private Watermark(Media image, Double opacity, Double scale, String position, Double offsetX, Double offsetY) {
        this.image = image;
        this.opacity = opacity;
        this.scale = scale;
        this.position = position;
        this.offsetX = offsetX;
        this.offsetY = offsetY;
    }

    /** A PNG or JPEG at a public URL. */
    public static Watermark image(URI url) {
        return new Watermark(Media.of(url), null, null, null, null, null);
    }

    /** A local PNG or JPEG, uploaded for you at submit time. */
    public static Watermark image(Path file) {
        return new Watermark(Media.of(file), null, null, null, null, null);
    }

    /** An image uploaded before, by asset id. */
    public static Watermark asset(String assetId) {
        return new Watermark(Media.asset(assetId), null, null, null, null, null);
    }

    /** Opacity, 0 to 1 (default 1). */
    public Watermark opacity(double value) {
        return new Watermark(image, value, scale, position, offsetX, offsetY);
    }

    /** Relative size (default 1). */
    public Watermark scale(double value) {
        return new Watermark(image, opacity, value, position, offsetX, offsetY);
    }

    /** Corner: {@code top_left}, {@code top_right}, {@code bottom_left} or {@code bottom_right} (default). */
    public Watermark at(String corner) {
        return new Watermark(image, opacity, scale, corner, offsetX, offsetY);
    }

    /** Offset from the corner as fractions of the frame's width and height (0.05 = 5 %, negative allowed). */
    public Watermark offset(double x, double y) {
        return new Watermark(image, opacity, scale, position, x, y);
    }

    dev.heygenkit.api.Watermark toApi() {
        dev.heygenkit.api.Watermark.Placement placement = position == null && offsetX == null ? null
                : new dev.heygenkit.api.Watermark.Placement(position, offsetX, offsetY);
        return new dev.heygenkit.api.Watermark(image.input(), opacity, scale, placement);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Watermark w && w.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** The DSL expression that recreates it. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(image.call("Watermark.image", "Watermark.asset"));
        if (opacity != null) {
            b.append(".opacity(").append(Dsl.num(opacity)).append(')');
        }
        if (scale != null) {
            b.append(".scale(").append(Dsl.num(scale)).append(')');
        }
        if (position != null) {
            b.append(".at(").append(Dsl.str(position)).append(')');
        }
        if (offsetX != null) {
            b.append(".offset(").append(Dsl.num(offsetX)).append(", ").append(Dsl.num(offsetY)).append(')');
        }
        return b.toString();
    }
}
