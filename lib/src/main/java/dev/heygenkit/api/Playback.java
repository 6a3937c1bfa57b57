package dev.heygenkit.api;

/**
 * Sound of a video clip scene.
 *
 * @param volume 0..1, default 1
 * @param mute   silence the clip (wins over volume)
 */
public record Playback(Double volume, Boolean mute) {
}
