package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.internal.media.Cue;
import dev.heygenkit.sandbox.Catalog.Look;
import dev.heygenkit.sandbox.Plan.ShotPlan;
import dev.heygenkit.sandbox.Plan.Visual;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code type: studio}: 1 to 50 scenes played one after another: an avatar or image speaker ({@code avatar_video}), a
 * still image that is silent for a duration or narrated, or a video clip. A new scene type is one more method here.
 */
final class StudioMode implements ModeRules {
    /** The shots so far, where the next one starts, the first speaker's orientation and the first too-long script. */
    private static final class Timeline {
        private final List<ShotPlan> shots = new ArrayList<>();
        private double end;
        private String orientation;
        private String tooLong;

        double end() {
            return end;
        }

        void add(ShotPlan shot) {
            shots.add(shot);
            end = shot.end();
        }

        List<ShotPlan> shots() {
            return shots;
        }

        String orientation() {
            return orientation;
        }

        String tooLong() {
            return tooLong;
        }

        void said(SpeakerRules.Narration n) {
            tooLong = tooLong == null ? n.tooLong() : tooLong;
        }

        void orientation(String o) {
            orientation = orientation == null ? o : orientation;
        }
    }

    private final SpeakerRules speaker;
    private final AssetRules assets;
    private final OutputRules output;
    private final Ids ids;

    StudioMode(SpeakerRules speaker, AssetRules assets, OutputRules output, Ids ids) {
        this.speaker = speaker;
        this.assets = assets;
        this.output = output;
        this.ids = ids;
    }

    @Override
    public Plan plan(JsonNode body, Scope at) {
        JsonNode scenes = body.get("scenes");
        if (scenes.size() < 1 || scenes.size() > 50) {
            throw ApiError.invalid(at.param("scenes"), "a studio video has 1 to 50 scenes, not " + scenes.size());
        }
        output.callback(body, at);
        output.watermark(body, at);
        String aspect = OutputRules.aspect(body);
        Timeline line = new Timeline();
        for (int i = 0; i < scenes.size(); i++) {
            JsonNode scene = scenes.get(i);
            Scope in = at.in("scenes[" + i + "].");
            switch (scene.path("type").asText()) {
                case "avatar_video" -> speakerScene(scene.get("input"), in.in("input."), line);
                case "image" -> stillScene(scene, in, i, line);
                case "video" -> clipScene(scene, in, i, line);
                default -> throw ApiError.invalid(in.param("type"), "scene type must be avatar_video, image or video");
            }
        }
        return OutputRules.plan(body, "studio", OutputRules.size(aspect, line.orientation()), line.shots(), line.end(), line.tooLong());
    }

    private void speakerScene(JsonNode input, Scope in, Timeline line) {
        if (!input.path("type").asText().equals("avatar")) {
            speaker.voiceRequiredForImage(input, in);
            assets.check(input.get("image"), in.param("image"), "image");
            SpeakerRules.Narration said = speaker.narrate(input, null, in, line.end());
            line.said(said);
            line.add(new ShotPlan(line.end(), said.end(), "photo", "photo", AssetRules.visual(input.get("image")), null, null,
                    said.cues(), said.voiceId()));
            return;
        }
        Look look = speaker.look(Json.str(input, "avatar_id"), in.param("avatar_id"));
        line.orientation(look.orientation());
        String engine = speaker.engine(input, look, in);
        speaker.avatarOptions(input, look, engine, in);
        String bgHex = null;
        JsonNode bg = input.get("background");
        if (bg != null && !bg.isNull()) {
            String c = Json.str(bg, "color");
            Checks.hex(c, in.param("background.color"), true);
            bgHex = c.toUpperCase(Locale.ROOT);
        }
        SpeakerRules.Narration said = speaker.narrate(input, look, in, line.end());
        line.said(said);
        line.add(new ShotPlan(line.end(), said.end(), "avatar", look.name(), Visual.look(look.id()), null, bgHex, said.cues(),
                said.voiceId()));
    }

    private void stillScene(JsonNode scene, Scope in, int i, Timeline line) {
        assets.check(scene.get("source"), in.param("source"), "image");
        int sources = SpeakerRules.audioSources(scene);
        boolean hasDuration = Json.present(scene, "duration");
        if (hasDuration && sources > 0) {
            throw ApiError.invalid(in.param("duration"), "a still-image scene is either silent (duration) or narrated (script, audio_url or audio_asset_id), not both");
        }
        double end;
        List<Cue> cues = List.of();
        if (hasDuration) {
            double d = scene.get("duration").asDouble();
            if (!(d > 0) || d > 300) {
                throw ApiError.invalid(in.param("duration"), "duration " + scene.get("duration").asText() + " is out of range; a still image shows for more than 0 and at most 300 seconds");
            }
            end = Speech.round(line.end() + d);
        } else {
            if (sources == 0) {
                throw ApiError.invalid(in.param("duration"), "a still-image scene needs duration (0 < seconds <= 300) or narration (script with voice_id, audio_url or audio_asset_id)");
            }
            speaker.voiceRequiredForImage(scene, in);
            SpeakerRules.Narration said = speaker.narrate(scene, null, in, line.end());
            line.said(said);
            end = said.end();
            cues = said.cues();
        }
        line.add(new ShotPlan(line.end(), end, "image", "slide " + (i + 1), null, AssetRules.visual(scene.get("source")), null, cues, null));
    }

    private void clipScene(JsonNode scene, Scope in, int i, Timeline line) {
        assets.check(scene.get("source"), in.param("source"), "video");
        JsonNode playback = scene.get("playback");
        if (playback != null && !playback.isNull() && playback.has("volume")) {
            Checks.range(playback.get("volume").asDouble(), 0, 1, in.param("playback.volume"), "playback volume");
        }
        double d = 4 + Math.floor(ids.unit("clip", scene.get("source").toString()) * 9);
        line.add(new ShotPlan(line.end(), Speech.round(line.end() + d), "video", "clip " + (i + 1), null,
                Visual.generated("clip:" + scene.get("source")), null, List.of(), null));
    }
}
