package dev.heygenkit.internal.media;

import java.util.List;

/**
 * Everything needed to draw a sandbox render: frame size, shots in order and caption options.
 *
 * @param width         frame width in pixels (even)
 * @param height        frame height in pixels (even)
 * @param shots         shots in time order, covering 0..duration without gaps
 * @param burnCaptions  whether caption cues are drawn into the frames
 * @param title         video title, or null
 */
public record Storyboard(int width, int height, List<Shot> shots, boolean burnCaptions, String title) {
    /** Copies the shot list. */
    public Storyboard {
        if (width <= 0 || height <= 0 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("storyboard size " + width + "x" + height + " must be positive and even");
        }
        shots = List.copyOf(shots);
    }

    /** Total length in seconds (end of the last shot). */
    public double duration() {
        return shots.isEmpty() ? 0 : shots.get(shots.size() - 1).end();
    }

    /** Every caption cue of every shot, in order. */
    public List<Cue> cues() {
        return shots.stream().flatMap(s -> s.cues().stream()).toList();
    }
}
