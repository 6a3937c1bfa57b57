package dev.heygenkit.api;

/**
 * Caption output: a sidecar SRT ({@code subtitle_url}), plus burned-in captions ({@code captioned_video_url}) when a
 * style is set.
 *
 * @param fileFormat {@code srt}, the only format
 * @param style      {@code default} to burn captions in, null for the sidecar only
 */
public record Caption(String fileFormat, String style) {
    /** A sidecar SRT only. */
    public static Caption sidecar() {
        return new Caption("srt", null);
    }

    /** A sidecar SRT and a second video with captions burned in. */
    public static Caption burnedIn() {
        return new Caption("srt", "default");
    }
}
