package dev.heygenkit;

import dev.heygenkit.api.AspectRatio;
import dev.heygenkit.api.Caption;
import dev.heygenkit.api.Resolution;
import dev.heygenkit.api.VideoOptions;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The whole-video steps {@link Avatar} and {@link Scenes} share: size, captions, title, callback and watermark, all
 * kept in one {@link VideoOptions} block. Each step returns a new value of the spec's own type.
 *
 * @param <S> the spec type
 */
public abstract sealed class VideoOptionSteps<S extends VideoOptionSteps<S>> extends VideoSpec permits Avatar, Scenes {
    VideoOptionSteps(boolean fresh, List<String> ignored) {
        super(fresh, ignored);
    }

    /** A copy with the options block changed. */
    abstract S options(UnaryOperator<VideoOptions.Builder> change);

    /** Frame shape, e.g. {@code AspectRatio.PORTRAIT}. */
    public S aspect(AspectRatio ratio) {
        Objects.requireNonNull(ratio, "aspect ratio");
        return options(b -> b.aspectRatio(ratio));
    }

    /** Frame shape: {@code 16:9} (default), {@code 9:16}, {@code 4:5}, {@code 5:4}, {@code 1:1} or {@code auto}. */
    public S aspect(String ratio) {
        return aspect(AspectRatio.of(ratio));
    }

    /** Output size, e.g. {@code Resolution.FULL_HD}. */
    public S resolution(Resolution resolution) {
        Objects.requireNonNull(resolution, "resolution");
        return options(b -> b.resolution(resolution));
    }

    /** {@code 720p}, {@code 1080p} or {@code 4k}. */
    public S resolution(String resolution) {
        return resolution(Resolution.of(resolution));
    }

    /** Asks for captions as a sidecar SRT ({@code v.downloadSubtitles(...)}). */
    public S captions() {
        return options(b -> b.caption(Caption.sidecar()));
    }

    /** Asks for captions burned into a second video ({@code v.downloadCaptioned(...)}), plus the SRT. */
    public S burnedCaptions() {
        return options(b -> b.caption(Caption.burnedIn()));
    }

    /** The title shown in the HeyGen dashboard. */
    public S title(String title) {
        Objects.requireNonNull(title, "title");
        return options(b -> b.title(title));
    }

    /** A URL the API calls once when the video is ready. */
    public S callback(String url) {
        Objects.requireNonNull(url, "callback url");
        return options(b -> b.callbackUrl(url));
    }

    /** Your id for this video, echoed in the callback. */
    public S callbackId(String id) {
        Objects.requireNonNull(id, "callback id");
        return options(b -> b.callbackId(id));
    }

    /** An image over the video (Enterprise). */
    public S watermark(Watermark watermark) {
        Objects.requireNonNull(watermark, "watermark");
        return options(b -> b.watermark(watermark.toApi()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public S fresh() {
        return (S) super.fresh();
    }

    @Override
    @SuppressWarnings("unchecked")
    public S ignore(String... codes) {
        return (S) super.ignore(codes);
    }
}
