package dev.heygenkit.internal.render;

import dev.heygenkit.ProblemCodes;
import dev.heygenkit.api.AspectRatio;
import dev.heygenkit.api.Caption;
import dev.heygenkit.api.Fit;
import dev.heygenkit.api.Framing;
import dev.heygenkit.api.Resolution;
import dev.heygenkit.api.VideoBackground;
import dev.heygenkit.api.VideoOptions;
import dev.heygenkit.api.Watermark;

import java.util.List;

/**
 * Preflight of what applies to the whole frame: aspect ratio, resolution, captions, callback and watermark
 * ({@link VideoOptions}), and for single-presenter videos fit, output format and background ({@link Framing}).
 */
final class FrameRules {
    private static final List<String> OUTPUT_FORMATS = List.of("mp4", "webm");
    private static final List<String> CORNERS = List.of("top_left", "top_right", "bottom_left", "bottom_right");

    private final Findings f;
    private final AssetRules assets;

    FrameRules(Findings findings, AssetRules assets) {
        this.f = findings;
        this.assets = assets;
    }

    void options(VideoOptions o) {
        f.oneOf(o.aspectRatio(), AspectRatio.VIDEO, AspectRatio::value, ProblemCodes.ASPECT_RATIO_INVALID, "aspect_ratio",
                "aspect ratio", ".aspect(\"16:9\")");
        f.oneOf(o.resolution(), Resolution.VIDEO, Resolution::value, ProblemCodes.RESOLUTION_INVALID, "resolution", "resolution",
                ".resolution(\"1080p\")");
        caption(o.caption());
        if (o.callbackUrl() != null && !Findings.httpUrl(o.callbackUrl())) {
            f.error(ProblemCodes.CALLBACK_URL_INVALID, "callback_url", "callback URL \"" + o.callbackUrl() + "\" is not an "
                    + "absolute http(s) URL; use a public https://… address the API can POST to");
        }
        watermark(o.watermark());
    }

    void framing(Framing fr) {
        f.oneOf(fr.fit(), Fit.ALL, Fit::value, ProblemCodes.FIT_INVALID, "fit", "fit", ".fit(\"cover\")");
        f.oneOf(fr.outputFormat(), OUTPUT_FORMATS, s -> s, ProblemCodes.OUTPUT_FORMAT_INVALID, "output_format", "output format",
                ".transparent() for webm");
        if ("webm".equals(fr.outputFormat()) && fr.background() != null) {
            f.error(ProblemCodes.WEBM_WITH_BACKGROUND, "background", "a transparent (webm) video cannot have a background; "
                    + "remove .on(...) or .transparent()");
        }
        if (fr.background() instanceof VideoBackground.Color c) {
            f.color(c.value(), "background.value", "");
        } else if (fr.background() instanceof VideoBackground.Image img) {
            if (img.image() == null) {
                f.error(ProblemCodes.BACKGROUND_IMAGE_INVALID, "background", "an image background needs exactly one of url and "
                        + "asset_id; use Background.image(URI) or Background.image(Path)");
            } else {
                assets.flat(img.image(), "background.url", "background.asset_id", "background image",
                        AssetRules.Expect.IMAGE, "");
            }
        }
    }

    private void caption(Caption caption) {
        if (caption == null) {
            return;
        }
        if (caption.fileFormat() != null && !caption.fileFormat().equals("srt")) {
            f.error(ProblemCodes.CAPTION_FORMAT_INVALID, "caption.file_format", "caption format \"" + caption.fileFormat()
                    + "\" is not supported; only srt is (use .captions())");
        }
        if (caption.style() != null && !caption.style().equals("default")) {
            f.error(ProblemCodes.CAPTION_STYLE_INVALID, "caption.style", "caption style \"" + caption.style()
                    + "\" is not supported; only default is (use .burnedCaptions())");
        }
    }

    private void watermark(Watermark w) {
        if (w == null) {
            return;
        }
        if (w.image() == null) {
            f.error(ProblemCodes.WATERMARK_IMAGE_MISSING, "watermark.image", "the watermark has no image; use Watermark.image(...)");
        } else {
            assets.asset(w.image(), "watermark.image", "watermark image", AssetRules.Expect.IMAGE, "");
        }
        if (w.opacity() != null && !Findings.within(w.opacity(), 0, 1)) {
            f.error(ProblemCodes.WATERMARK_OPACITY_RANGE, "watermark.opacity", "watermark opacity " + Findings.num(w.opacity())
                    + " is outside 0–1; use e.g. .opacity(0.8)");
        }
        if (w.scale() != null && !(w.scale() > 0 && Double.isFinite(w.scale()))) {
            f.error(ProblemCodes.WATERMARK_SCALE_RANGE, "watermark.scale", "watermark scale " + Findings.num(w.scale())
                    + " must be above 0; use e.g. .scale(0.2)");
        }
        if (w.placement() != null) {
            f.oneOf(w.placement().position(), CORNERS, s -> s, ProblemCodes.WATERMARK_POSITION_INVALID,
                    "watermark.placement.position", "watermark position", ".at(\"top_right\")");
            offset(w.placement().offsetX(), "watermark.placement.offset_x");
            offset(w.placement().offsetY(), "watermark.placement.offset_y");
        }
    }

    private void offset(Double v, String param) {
        if (v != null && !Findings.within(v, -1, 1)) {
            f.error(ProblemCodes.WATERMARK_OFFSET_RANGE, param, "watermark offset " + Findings.num(v) + " is a fraction of the "
                    + "frame and must be within -1–1; use e.g. .offset(0.05, 0.05)");
        }
    }
}
