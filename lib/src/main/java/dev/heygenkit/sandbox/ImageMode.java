package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.sandbox.Plan.ShotPlan;

import java.util.List;

/** {@code type: image}: a still picture animated with Avatar IV; a script needs an explicit voice. */
final class ImageMode implements ModeRules {
    private final SpeakerRules speaker;
    private final AssetRules assets;
    private final OutputRules output;

    ImageMode(SpeakerRules speaker, AssetRules assets, OutputRules output) {
        this.speaker = speaker;
        this.assets = assets;
        this.output = output;
    }

    @Override
    public Plan plan(JsonNode body, Scope at) {
        speaker.voiceRequiredForImage(body, at);
        JsonNode image = body.get("image");
        assets.check(image, at.param("image"), "image");
        output.transparency(body, at);
        OutputRules.Backdrop backdrop = output.background(body, at);
        output.callback(body, at);
        output.watermark(body, at);
        int[] size = OutputRules.size(OutputRules.aspect(body), assets.orientation(image));
        SpeakerRules.Narration said = speaker.narrate(body, null, at, 0);
        ShotPlan shot = new ShotPlan(0, said.end(), "photo", "photo", AssetRules.visual(image), backdrop.visual(), backdrop.hex(),
                said.cues(), said.voiceId());
        return OutputRules.plan(body, "image", size, List.of(shot), said.end(), said.tooLong());
    }
}
