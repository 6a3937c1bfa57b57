package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.internal.media.Cue;
import dev.heygenkit.sandbox.Catalog.Look;
import dev.heygenkit.sandbox.Plan.ShotPlan;
import dev.heygenkit.sandbox.Plan.Visual;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code type: cinematic_avatar}: 1 to 3 looks in a generated scene described by a prompt, 4 to 15 seconds long (or
 * picked by the model), with at most 3 video and 9 image references counting the looks.
 */
final class CinematicMode implements ModeRules {
    private final SpeakerRules speaker;
    private final AssetRules assets;
    private final Ids ids;

    CinematicMode(SpeakerRules speaker, AssetRules assets, Ids ids) {
        this.speaker = speaker;
        this.assets = assets;
        this.ids = ids;
    }

    @Override
    public Plan plan(JsonNode body, Scope at) {
        JsonNode lookIds = body.get("avatar_id");
        if (lookIds.size() < 1 || lookIds.size() > 3) {
            throw ApiError.invalid(at.param("avatar_id"), "cinematic_avatar takes 1 to 3 look ids in avatar_id, not " + lookIds.size());
        }
        List<Look> looks = new ArrayList<>();
        for (int i = 0; i < lookIds.size(); i++) {
            looks.add(speaker.look(lookIds.get(i).asText(), at.param("avatar_id[" + i + "]")));
        }
        String aspect = body.path("aspect_ratio").asText("16:9");
        if (!List.of("16:9", "9:16", "1:1").contains(aspect)) {
            throw ApiError.invalid(at.param("aspect_ratio"), "cinematic_avatar supports aspect_ratio 16:9, 9:16 or 1:1, not " + aspect);
        }
        double seconds = seconds(body, at);
        if (body.path("prompt").asText().isBlank()) {
            throw ApiError.invalid(at.param("prompt"), "prompt is empty; describe the scene to generate");
        }
        references(body, at, looks.size());
        String prompt = body.get("prompt").asText();
        List<Cue> cues = List.of(new Cue(0, seconds, prompt.length() > 80 ? prompt.substring(0, 77) + "..." : prompt));
        ShotPlan shot = new ShotPlan(0, seconds, "cinematic", looks.stream().map(Look::name).collect(Collectors.joining(" + ")),
                Visual.look(looks.get(0).id()), null, null, cues, null);
        return OutputRules.plan(body, "cinematic_avatar", OutputRules.size(aspect, null), List.of(shot), seconds, null);
    }

    /** The length: {@code duration} (4 to 15), or 6 to 13 s picked from the prompt with {@code auto_duration}, else 10. */
    private double seconds(JsonNode body, Scope at) {
        boolean auto = body.path("auto_duration").asBoolean(false);
        JsonNode d = body.get("duration");
        if (d == null || d.isNull()) {
            return auto ? 6 + Math.floor(ids.unit("auto", body.path("prompt").asText()) * 8) : 10;
        }
        if (auto) {
            throw ApiError.invalid(at.param("duration"), "omit duration when auto_duration is true (the model picks the length)");
        }
        if (d.asInt() < 4 || d.asInt() > 15) {
            throw ApiError.invalid(at.param("duration"), "duration " + d.asInt() + " is out of range; cinematic videos last 4 to 15 seconds");
        }
        return d.asInt();
    }

    private void references(JsonNode body, Scope at, int looks) {
        int videos = 0;
        int images = looks;
        JsonNode refs = body.get("references");
        if (refs != null && !refs.isNull()) {
            for (int i = 0; i < refs.size(); i++) {
                String kind = assets.check(refs.get(i), at.param("references[" + i + "]"), null);
                if (kind.equals("video")) {
                    videos++;
                } else if (kind.equals("image")) {
                    images++;
                }
            }
        }
        if (videos > 3) {
            throw ApiError.invalid(at.param("references"), "cinematic_avatar allows at most 3 video references, got " + videos);
        }
        if (images > 9) {
            throw ApiError.invalid(at.param("references"), "cinematic_avatar allows at most 9 images including the looks, got " + images);
        }
    }
}
