package dev.heygenkit;

import dev.heygenkit.api.AssetInput;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An image laid over the video (an Enterprise feature): where, how opaque, how large. Immutable; every step returns a
 * new value.
 *
 * <pre>{@code .watermark(Watermark.image(Path.of("logo.png")).at("top_right").opacity(0.8).scale(0.2))}</pre>
 */
public final class Watermark {
    private final dev.heygenkit.api.Watermark value;

    private Watermark(dev.heygenkit.api.Watermark value) {
        this.value = value;
    }

    private static Watermark of(AssetInput image) {
        return new Watermark(new dev.heygenkit.api.Watermark(image, null, null, null));
    }

    /** A PNG or JPEG at a public URL. */
    public static Watermark image(URI url) {
        return of(AssetInput.url(Objects.requireNonNull(url, "url").toString()));
    }

    /** A local PNG or JPEG, uploaded for you at submit time. */
    public static Watermark image(Path file) {
        return of(AssetInput.file(file));
    }

    /** An image uploaded before, by asset id. */
    public static Watermark asset(String assetId) {
        return of(AssetInput.asset(Objects.requireNonNull(assetId, "asset id")));
    }

    /** Opacity, 0 (invisible) to 1 (opaque). */
    public Watermark opacity(double value) {
        return new Watermark(new dev.heygenkit.api.Watermark(this.value.image(), value, this.value.scale(),
                this.value.placement()));
    }

    /** Size relative to the frame, above 0 (e.g. 0.2). */
    public Watermark scale(double value) {
        return new Watermark(new dev.heygenkit.api.Watermark(this.value.image(), this.value.opacity(), value,
                this.value.placement()));
    }

    /** The corner: {@code top_left}, {@code top_right}, {@code bottom_left} or {@code bottom_right}. */
    public Watermark at(String corner) {
        var p = this.value.placement();
        return placement(new dev.heygenkit.api.Watermark.Placement(corner, p == null ? null : p.offsetX(),
                p == null ? null : p.offsetY()));
    }

    /** Offset from the corner as fractions of the frame, -1 to 1. */
    public Watermark offset(double x, double y) {
        var p = this.value.placement();
        return placement(new dev.heygenkit.api.Watermark.Placement(p == null ? null : p.position(), x, y));
    }

    private Watermark placement(dev.heygenkit.api.Watermark.Placement placement) {
        return new Watermark(new dev.heygenkit.api.Watermark(value.image(), value.opacity(), value.scale(), placement));
    }

    /** The watermark as the API model holds it. */
    dev.heygenkit.api.Watermark toApi() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Watermark w && w.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The DSL expression that recreates it. */
    @Override
    public String toString() {
        return expr(value);
    }

    /** The DSL expression for a watermark the API model holds. */
    static String expr(dev.heygenkit.api.Watermark w) {
        StringBuilder b = new StringBuilder(Dsl.media(w.image(), "Watermark.image", "Watermark.asset"));
        if (w.opacity() != null) {
            b.append(".opacity(").append(Dsl.num(w.opacity())).append(')');
        }
        if (w.scale() != null) {
            b.append(".scale(").append(Dsl.num(w.scale())).append(')');
        }
        if (w.placement() != null && w.placement().position() != null) {
            b.append(".at(").append(Dsl.str(w.placement().position())).append(')');
        }
        if (w.placement() != null && w.placement().offsetX() != null) {
            b.append(".offset(").append(Dsl.num(w.placement().offsetX())).append(", ")
                    .append(Dsl.num(w.placement().offsetY())).append(')');
        }
        return b.toString();
    }
}
