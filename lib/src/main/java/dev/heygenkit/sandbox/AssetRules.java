package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.sandbox.Plan.Visual;

import java.util.Base64;
import java.util.Locale;

/**
 * Rules of AssetInput values ({@code url}, {@code asset_id} or {@code base64}) and uploaded assets named by id: they
 * exist, are uploaded and are the kind of media the field needs. Also turns an input into the picture a storyboard shows.
 */
final class AssetRules {
    private final World world;

    AssetRules(World world) {
        this.world = world;
    }

    /** Checks an AssetInput and returns the kind of media it points at (image, video, audio or unknown). */
    String check(JsonNode input, String param, String wantKind) {
        String type = input.path("type").asText();
        switch (type) {
            case "url" -> {
                String url = input.get("url").asText();
                Checks.httpUrl(url, param + ".url");
                String kind = kindOfName(url);
                if (wantKind != null && !kind.equals("unknown") && !kind.equals(wantKind)) {
                    throw ApiError.invalid(param + ".url", "url " + url + " looks like " + kind + ", but an " + wantKind + " is needed here");
                }
                return kind.equals("unknown") && wantKind != null ? wantKind : kind;
            }
            case "asset_id" -> {
                return asset(input.get("asset_id").asText(), param + ".asset_id", wantKind).kind();
            }
            default -> {
                return base64(input, param, wantKind);
            }
        }
    }

    private static String base64(JsonNode input, String param, String wantKind) {
        String media = input.get("media_type").asText();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(input.get("data").asText().replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw ApiError.invalid(param + ".data", "data is not valid base64; encode the file with standard base64");
        }
        String sniffed = Sniff.mime(bytes);
        String kind = Sniff.kind(media);
        if (wantKind != null && !kind.equals(wantKind)) {
            throw ApiError.invalid(param + ".media_type", "media_type " + media + " is not an " + wantKind + "; send an " + wantKind + " here");
        }
        if (sniffed != null && !Sniff.kind(sniffed).equals(kind)) {
            throw ApiError.invalid(param + ".media_type", "media_type says " + media + " but the data is " + sniffed + "; fix media_type");
        }
        if (wantKind != null && wantKind.equals("image") && sniffed != null && !sniffed.equals("image/png") && !sniffed.equals("image/jpeg")) {
            throw ApiError.invalid(param + ".media_type", "images must be PNG or JPEG, not " + sniffed);
        }
        return kind;
    }

    /** An uploaded, completed asset of {@code wantKind} (any kind when null). */
    Asset asset(String id, String param, String wantKind) {
        Asset a = world.liveAsset(id);
        if (a == null) {
            throw ApiError.invalid(param, "asset " + id + " not found; upload it with POST /v3/assets and pass the asset_id it returns");
        }
        if (!a.usable()) {
            throw ApiError.invalid(param, "asset " + id + " is not uploaded yet; PUT its bytes to the upload_url and call POST /v3/assets/" + id + "/complete");
        }
        if (wantKind != null && !a.kind().equals(wantKind)) {
            throw ApiError.invalid(param, "asset " + id + " is " + a.mime() + ", but an " + wantKind + " is needed here");
        }
        return a;
    }

    /** The shape of an uploaded PNG image ({@code landscape}, {@code portrait}, {@code square}), or null when unknown. */
    String orientation(JsonNode image) {
        if (image != null && image.path("type").asText().equals("asset_id")) {
            Asset a = world.assets().get(image.get("asset_id").asText());
            int[] wh = a == null ? null : pngSize(a.bytes());
            if (wh != null) {
                return wh[0] > wh[1] ? "landscape" : wh[0] < wh[1] ? "portrait" : "square";
            }
        }
        return null;
    }

    private static int[] pngSize(byte[] b) {
        if (b == null || b.length < 24 || !"image/png".equals(Sniff.mime(b))) {
            return null;
        }
        int w = (b[16] & 0xFF) << 24 | (b[17] & 0xFF) << 16 | (b[18] & 0xFF) << 8 | (b[19] & 0xFF);
        int h = (b[20] & 0xFF) << 24 | (b[21] & 0xFF) << 16 | (b[22] & 0xFF) << 8 | (b[23] & 0xFF);
        return new int[] {w, h};
    }

    /** The picture a storyboard shows for an AssetInput (drawn only when media is generated). */
    static Visual visual(JsonNode asset) {
        if (asset == null || asset.isNull()) {
            return null;
        }
        return switch (asset.path("type").asText()) {
            case "asset_id" -> Visual.asset(asset.get("asset_id").asText());
            case "base64" -> {
                byte[] bytes = Base64.getDecoder().decode(asset.get("data").asText().replaceAll("\\s", ""));
                String mime = Sniff.mime(bytes);
                yield "image/png".equals(mime) || "image/jpeg".equals(mime) ? Visual.inline(bytes) : Visual.generated("b64:" + bytes.length);
            }
            default -> Visual.generated(asset.path("url").asText());
        };
    }

    private static String kindOfName(String url) {
        String path = url.toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
        if (path.matches(".*\\.(png|jpe?g|gif|webp)$")) {
            return "image";
        }
        if (path.matches(".*\\.(mp4|mov|webm|m4v)$")) {
            return "video";
        }
        if (path.matches(".*\\.(mp3|wav|m4a|aac|ogg)$")) {
            return "audio";
        }
        return "unknown";
    }
}
