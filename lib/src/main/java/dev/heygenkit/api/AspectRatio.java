package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Objects;

/**
 * The frame shape of a video. Open: a value the kit does not know yet is kept verbatim (preflight reports it, and
 * {@code ignore("aspect_ratio_invalid")} sends it anyway).
 *
 * @param value the wire value, e.g. {@code 16:9}
 */
public record AspectRatio(@JsonValue String value) {
    /** Landscape, the default. */
    public static final AspectRatio LANDSCAPE = new AspectRatio("16:9");
    /** Portrait, for phones and stories. */
    public static final AspectRatio PORTRAIT = new AspectRatio("9:16");
    /** Square. */
    public static final AspectRatio SQUARE = new AspectRatio("1:1");
    /** Upright 4:5, common in feeds. */
    public static final AspectRatio FEED_PORTRAIT = new AspectRatio("4:5");
    /** Wide 5:4. */
    public static final AspectRatio FEED_LANDSCAPE = new AspectRatio("5:4");
    /** The avatar's own shape. */
    public static final AspectRatio AUTO = new AspectRatio("auto");
    /** Values the avatar, image and studio modes take. */
    public static final List<AspectRatio> VIDEO = List.of(LANDSCAPE, PORTRAIT, FEED_PORTRAIT, FEED_LANDSCAPE, SQUARE, AUTO);
    /** Values the cinematic mode takes. */
    public static final List<AspectRatio> CINEMATIC = List.of(LANDSCAPE, PORTRAIT, SQUARE);

    /** Rejects null. */
    public AspectRatio {
        Objects.requireNonNull(value, "aspect ratio");
    }

    /** The ratio for a wire value, known or not, e.g. {@code AspectRatio.of("9:16")}. */
    @JsonCreator
    public static AspectRatio of(String value) {
        return new AspectRatio(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
