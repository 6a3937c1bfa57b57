package dev.heygenkit.internal.media;

import java.util.List;

/**
 * One stretch of a storyboard: what the frame shows between two instants.
 *
 * @param start          seconds from the start of the video
 * @param end            seconds from the start of the video
 * @param kind           {@code avatar}, {@code photo}, {@code image}, {@code video} or {@code cinematic}
 * @param label          short text identifying the shot (look name, "slide 2", ...), drawn small on the frame
 * @param portraitPng    the speaking avatar's picture (look preview or uploaded photo), or null for none
 * @param backdropPng    a full-frame picture behind everything (background image, still-image scene), or null
 * @param backgroundHex  a solid background colour like {@code #0A84FF}, or null (then a neutral backdrop)
 * @param cues           caption lines shown during this shot, in video time
 */
public record Shot(double start, double end, String kind, String label, byte[] portraitPng, byte[] backdropPng,
                   String backgroundHex, List<Cue> cues) {
    /** Copies the cue list. */
    public Shot {
        if (end < start) {
            throw new IllegalArgumentException("shot ends (" + end + ") before it starts (" + start + ")");
        }
        cues = cues == null ? List.of() : List.copyOf(cues);
    }
}
