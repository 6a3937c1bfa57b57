package dev.heygenkit.internal.render;

import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarInput;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.Engine;
import dev.heygenkit.api.ImageInput;
import dev.heygenkit.api.ImageScene;
import dev.heygenkit.api.ImageVideoRequest;
import dev.heygenkit.api.StudioScene;
import dev.heygenkit.api.StudioVideoRequest;
import dev.heygenkit.api.VoiceSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * One voice in a request, whatever mode carries it: a look or photo that speaks, or a narrated still. Preflight runs
 * the same audio, voice and engine rules over each.
 *
 * @param at             the field prefix, e.g. {@code ""} or {@code scenes[1].input.}
 * @param label          how messages name it, e.g. {@code ""} or {@code scene 2}
 * @param lookId         the look, or null for photos and stills
 * @param photo          the photo for image mode and studio photo inputs, else null
 * @param script         text to speak, or null
 * @param voiceId        the voice, or null
 * @param audioUrl       audio URL, or null
 * @param audioAssetId   audio asset (or local-file placeholder), or null
 * @param settings       voice settings, or null
 * @param engine         avatar engine (looks only), or null
 * @param motionPrompt   motion prompt, or null
 * @param expressiveness expressiveness, or null
 * @param removeBackground remove background flag, or null
 * @param voiceRequired  whether a script needs an explicit voice (no default-voice fallback)
 * @param silent         whether no audio at all is fine (a still held for a duration)
 */
record Speaker(String at, String label, String lookId, AssetInput photo, String script, String voiceId, String audioUrl,
               String audioAssetId, VoiceSettings settings, Engine engine, String motionPrompt, String expressiveness,
               Boolean removeBackground, boolean voiceRequired, boolean silent) {

    /** Every speaker in a request, top level first, then scenes in order. */
    static List<Speaker> of(CreateVideoRequest request) {
        List<Speaker> out = new ArrayList<>();
        if (request instanceof AvatarVideoRequest r) {
            out.add(new Speaker("", "", r.avatarId(), null, r.script(), r.voiceId(), r.audioUrl(), r.audioAssetId(),
                    r.voiceSettings(), r.engine(), r.motionPrompt(), r.expressiveness(), r.removeBackground(), false, false));
        } else if (request instanceof ImageVideoRequest r) {
            out.add(new Speaker("", "", null, r.image(), r.script(), r.voiceId(), r.audioUrl(), r.audioAssetId(),
                    r.voiceSettings(), null, r.motionPrompt(), r.expressiveness(), r.removeBackground(), true, false));
        } else if (request instanceof StudioVideoRequest r && r.scenes() != null) {
            for (int i = 0; i < r.scenes().size(); i++) {
                StudioScene s = r.scenes().get(i);
                String label = "scene " + (i + 1);
                if (s instanceof StudioScene.AvatarVideo av && av.input() instanceof AvatarInput in) {
                    out.add(new Speaker("scenes[" + i + "].input.", label, in.avatarId(), null, in.script(), in.voiceId(),
                            in.audioUrl(), in.audioAssetId(), in.voiceSettings(), in.engine(), in.motionPrompt(),
                            in.expressiveness(), null, false, false));
                } else if (s instanceof StudioScene.AvatarVideo av && av.input() instanceof ImageInput in) {
                    out.add(new Speaker("scenes[" + i + "].input.", label, null, in.image(), in.script(), in.voiceId(),
                            in.audioUrl(), in.audioAssetId(), in.voiceSettings(), null, in.motionPrompt(),
                            in.expressiveness(), null, true, false));
                } else if (s instanceof ImageScene in) {
                    out.add(new Speaker("scenes[" + i + "].", label, null, null, in.script(), in.voiceId(), in.audioUrl(),
                            in.audioAssetId(), in.voiceSettings(), null, null, null, null, true, in.duration() != null));
                }
            }
        }
        return out;
    }

    /** Prefixes a message with the label, e.g. {@code scene 2: …}. */
    String say(String message) {
        return label.isEmpty() ? message : label + ": " + message;
    }

    /** Whether a script is the audio source. */
    boolean speaksScript() {
        return script != null;
    }

    /** How many audio sources are set. */
    int audioSources() {
        return (script != null ? 1 : 0) + (audioUrl != null ? 1 : 0) + (audioAssetId != null ? 1 : 0);
    }
}
