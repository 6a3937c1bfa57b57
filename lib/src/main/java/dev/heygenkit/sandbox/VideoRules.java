package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * The rules of POST /v3/videos that the schema cannot express (audio-source exclusivity, look-type and engine
 * rules, webm versus background, scene limits, unknown ids), applied to a schema-valid body with defaults filled.
 * A body that passes becomes a {@link Plan}; the first broken rule becomes a 400 with the JSON path in {@code param}.
 * Each create mode has its {@link ModeRules}; what modes share lives in {@link SpeakerRules}, {@link OutputRules}
 * and {@link AssetRules}.
 */
final class VideoRules {
    private final Map<String, ModeRules> modes;

    VideoRules(Catalog catalog, World world, Ids ids) {
        AssetRules assets = new AssetRules(world);
        SpeakerRules speaker = new SpeakerRules(catalog, assets, ids);
        OutputRules output = new OutputRules(assets);
        this.modes = Map.of(
                "avatar", new AvatarMode(speaker, output),
                "image", new ImageMode(speaker, assets, output),
                "cinematic_avatar", new CinematicMode(speaker, assets, ids),
                "studio", new StudioMode(speaker, assets, output, ids));
    }

    /** Checks a create body ({@code at} prefixes every param, e.g. {@code videos[3].}) and plans its render. */
    Plan plan(JsonNode body, String at) {
        String type = body.path("type").asText();
        ModeRules mode = modes.get(type);
        if (mode == null) {
            throw ApiError.invalid(at + "type", "type \"" + type + "\" is not a create mode; use avatar, image, cinematic_avatar or studio");
        }
        return mode.plan(body, Scope.body(at));
    }
}
