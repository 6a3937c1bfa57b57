package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.sandbox.Plan.ShotPlan;
import dev.heygenkit.sandbox.Plan.Visual;

import java.util.List;
import java.util.Locale;

/**
 * Rules of the video as a whole, shared by the create modes: background and transparency, callback, watermark,
 * aspect ratio and frame size, and the {@link Plan} a checked body becomes.
 */
final class OutputRules {
    /** A whole-video background: a colour ({@code #RRGGBB}) or a picture, or neither. */
    record Backdrop(String hex, Visual visual) {
        static final Backdrop NONE = new Backdrop(null, null);
    }

    private final AssetRules assets;

    OutputRules(AssetRules assets) {
        this.assets = assets;
    }

    /** Whether the body asks for transparent webm output. */
    static boolean transparent(JsonNode body) {
        return body.path("output_format").asText("mp4").equals("webm");
    }

    /** A transparent video cannot have a background. */
    void transparency(JsonNode body, Scope at) {
        if (transparent(body) && Json.present(body, "background")) {
            throw ApiError.invalid(at.param("background"), "a webm (transparent) video cannot have a background; drop background or use output_format mp4");
        }
    }

    /** The {@code background} of an avatar or image video: a colour with {@code value}, or an image by url or asset_id. */
    Backdrop background(JsonNode body, Scope at) {
        JsonNode bg = body.get("background");
        if (bg == null || bg.isNull()) {
            return Backdrop.NONE;
        }
        if (bg.path("type").asText().equals("color")) {
            String value = Json.str(bg, "value");
            if (value == null) {
                throw ApiError.invalid(at.param("background.value"), "a color background needs value, a hex colour like #0A84FF");
            }
            Checks.hex(value, at.param("background.value"), false);
            if (Json.present(bg, "url") || Json.present(bg, "asset_id")) {
                throw ApiError.invalid(at.param("background"), "url and asset_id belong to image backgrounds; a color background takes only value");
            }
            return new Backdrop(normaliseHex(value), null);
        }
        boolean url = Json.present(bg, "url");
        boolean asset = Json.present(bg, "asset_id");
        if (url == asset) {
            throw ApiError.invalid(at.param("background"), "an image background needs exactly one of url or asset_id");
        }
        if (asset) {
            Asset a = assets.asset(Json.str(bg, "asset_id"), at.param("background.asset_id"), "image");
            return new Backdrop(null, Visual.asset(a.id()));
        }
        Checks.httpUrl(Json.str(bg, "url"), at.param("background.url"));
        return new Backdrop(null, Visual.generated("bg:" + Json.str(bg, "url")));
    }

    private static String normaliseHex(String v) {
        String h = v.toUpperCase(Locale.ROOT);
        if (h.length() == 4) {
            return "#" + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2) + h.charAt(3) + h.charAt(3);
        }
        return h;
    }

    /** A {@code callback_url} must be a receiver: https, or http on loopback. */
    void callback(JsonNode body, Scope at) {
        String url = Json.str(body, "callback_url");
        if (url != null) {
            Checks.receiverUrl(url, at.param("callback_url"));
        }
    }

    /** A watermark is an image with opacity 0..1 and a positive scale. */
    void watermark(JsonNode body, Scope at) {
        JsonNode w = body.get("watermark");
        if (w == null || w.isNull()) {
            return;
        }
        assets.check(w.get("image"), at.param("watermark.image"), "image");
        Checks.range(w.path("opacity").asDouble(1), 0, 1, at.param("watermark.opacity"), "watermark opacity");
        if (!(w.path("scale").asDouble(1) > 0)) {
            throw ApiError.invalid(at.param("watermark.scale"), "watermark scale must be positive, e.g. 0.2");
        }
    }

    /** The requested aspect ratio, 16:9 when absent or null. */
    static String aspect(JsonNode body) {
        return body.path("aspect_ratio").isNull() || !body.has("aspect_ratio") ? "16:9" : body.get("aspect_ratio").asText();
    }

    /** Storyboard frame size: small but with the requested shape ({@code auto} follows the speaker's orientation). */
    static int[] size(String aspect, String orientation) {
        String a = aspect;
        if (a.equals("auto")) {
            a = orientation == null ? "16:9" : switch (orientation) {
                case "portrait" -> "9:16";
                case "square" -> "1:1";
                default -> "16:9";
            };
        }
        return switch (a) {
            case "9:16" -> new int[] {360, 640};
            case "1:1" -> new int[] {480, 480};
            case "4:5" -> new int[] {384, 480};
            case "5:4" -> new int[] {480, 384};
            default -> new int[] {640, 360};
        };
    }

    /** The plan of a checked body; a too-long script makes the render fail with {@code script_too_long}. */
    static Plan plan(JsonNode body, String mode, int[] size, List<ShotPlan> shots, double duration, String tooLong) {
        JsonNode caption = body.get("caption");
        boolean captionRequested = caption != null && !caption.isNull();
        boolean burn = captionRequested && Json.present(caption, "style");
        return new Plan(mode, Json.str(body, "title"), size[0], size[1], Json.str(body, "resolution"), shots, Speech.round(duration),
                captionRequested, burn, body.path("output_format").asText("mp4"), Json.str(body, "callback_url"),
                Json.str(body, "callback_id"), tooLong == null ? null : "script_too_long", tooLong);
    }
}
