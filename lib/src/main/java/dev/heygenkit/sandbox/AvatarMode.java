package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.sandbox.Catalog.Look;
import dev.heygenkit.sandbox.Plan.ShotPlan;
import dev.heygenkit.sandbox.Plan.Visual;

import java.util.List;

/** {@code type: avatar}: one look speaks over an optional background; transparency needs a look trained with matting. */
final class AvatarMode implements ModeRules {
    private final SpeakerRules speaker;
    private final OutputRules output;

    AvatarMode(SpeakerRules speaker, OutputRules output) {
        this.speaker = speaker;
        this.output = output;
    }

    @Override
    public Plan plan(JsonNode body, Scope at) {
        Look look = speaker.look(Json.str(body, "avatar_id"), at.param("avatar_id"));
        String engine = speaker.engine(body, look, at);
        speaker.avatarOptions(body, look, engine, at);
        output.transparency(body, at);
        if (OutputRules.transparent(body) && !look.matting()) {
            throw ApiError.invalid(at.param("output_format"), "look " + look.id() + " was not trained with matting, so it cannot render transparent webm; use mp4 or a look like anna");
        }
        if (body.path("remove_background").asBoolean(false) && !look.isPhoto() && !look.matting()) {
            throw ApiError.invalid(at.param("remove_background"), "look " + look.id() + " was not trained with matting, so remove_background is not available; drop it or use a look like anna");
        }
        OutputRules.Backdrop backdrop = output.background(body, at);
        output.callback(body, at);
        output.watermark(body, at);
        int[] size = OutputRules.size(OutputRules.aspect(body), look.orientation());
        SpeakerRules.Narration said = speaker.narrate(body, look, at, 0);
        ShotPlan shot = new ShotPlan(0, said.end(), "avatar", look.name(), Visual.look(look.id()), backdrop.visual(), backdrop.hex(),
                said.cues(), said.voiceId());
        return OutputRules.plan(body, "avatar", size, List.of(shot), said.end(), said.tooLong());
    }
}
