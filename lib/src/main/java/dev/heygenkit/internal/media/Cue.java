package dev.heygenkit.internal.media;

/**
 * One timed piece of text: a caption line or a single word, in seconds from the start of the video.
 *
 * @param start seconds from the start of the video
 * @param end   seconds from the start of the video, not before {@code start}
 * @param text  what is said (or shown) in that span
 */
public record Cue(double start, double end, String text) {
    /** Checks the span. */
    public Cue {
        if (Double.isNaN(start) || Double.isNaN(end) || start < 0 || end < start) {
            throw new IllegalArgumentException("cue span " + start + ".." + end + " is not a forward span of seconds");
        }
        text = text == null ? "" : text;
    }

    /** Length of the span in seconds. */
    public double seconds() {
        return end - start;
    }
}
