package dev.heygenkit.api;

/**
 * An image overlay (an Enterprise feature).
 *
 * @param image     PNG or JPEG
 * @param opacity   0..1, default 1
 * @param scale     relative size, default 1
 * @param placement corner and offsets, or null for bottom right
 */
public record Watermark(AssetInput image, Double opacity, Double scale, Placement placement) {
    /**
     * Where the watermark sits.
     *
     * @param position {@code top_left}, {@code top_right}, {@code bottom_left} or {@code bottom_right}
     * @param offsetX  fraction of frame width, negative allowed
     * @param offsetY  fraction of frame height, negative allowed
     */
    public record Placement(String position, Double offsetX, Double offsetY) {
    }
}
