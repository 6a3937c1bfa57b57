package dev.heygenkit.internal.render;

import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarInput;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.Engine;
import dev.heygenkit.api.Expressiveness;
import dev.heygenkit.api.ImageInput;
import dev.heygenkit.api.ImageScene;
import dev.heygenkit.api.ImageVideoRequest;
import dev.heygenkit.api.Speaker;
import dev.heygenkit.api.StudioScene;
import dev.heygenkit.api.StudioVideoRequest;
import dev.heygenkit.api.VideoRequest;
import dev.heygenkit.api.VoiceSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one {@link Speaker} block sits in a request, so preflight runs the same audio, voice and engine rules over a
 * look, a photo or a narrated still wherever it appears.
 *
 * @param at               the field prefix, e.g. {@code ""} or {@code scenes[1].input.}
 * @param label            how messages name it, e.g. {@code ""} or {@code scene 2}
 * @param lookId           the look, or null for photos and stills
 * @param photo            the photo for image mode and studio photo inputs, else null
 * @param speaker          what is said and how
 * @param removeBackground the remove-background flag of a whole-video presenter, or null
 * @param voiceRequired    whether a script needs an explicit voice (no default-voice fallback)
 * @param silent           whether no audio at all is fine (a still held for a duration)
 */
record SpeakerSlot(String at, String label, String lookId, AssetInput photo, Speaker speaker, Boolean removeBackground,
                   boolean voiceRequired, boolean silent) {

    /** Every presenter in a request, top level first, then scenes in order. */
    static List<SpeakerSlot> of(VideoRequest request) {
        List<SpeakerSlot> out = new ArrayList<>();
        if (request instanceof AvatarVideoRequest r) {
            out.add(new SpeakerSlot("", "", r.avatarId(), null, r.speaker(), r.framing().removeBackground(), false, false));
        } else if (request instanceof ImageVideoRequest r) {
            out.add(new SpeakerSlot("", "", null, r.image(), r.speaker(), r.framing().removeBackground(), true, false));
        } else if (request instanceof StudioVideoRequest r && r.scenes() != null) {
            for (int i = 0; i < r.scenes().size(); i++) {
                StudioScene s = r.scenes().get(i);
                String label = "scene " + (i + 1);
                String at = "scenes[" + i + "].";
                if (s instanceof StudioScene.AvatarVideo av && av.input() instanceof AvatarInput in) {
                    out.add(new SpeakerSlot(at + "input.", label, in.avatarId(), null, in.speaker(), null, false, false));
                } else if (s instanceof StudioScene.AvatarVideo av && av.input() instanceof ImageInput in) {
                    out.add(new SpeakerSlot(at + "input.", label, null, in.image(), in.speaker(), null, true, false));
                } else if (s instanceof ImageScene in) {
                    out.add(new SpeakerSlot(at, label, null, null, in.speaker(), null, true, in.duration() != null));
                }
            }
        }
        return out;
    }

    /** Prefixes a message with the label, e.g. {@code scene 2: …}. */
    String say(String message) {
        return label.isEmpty() ? message : label + ": " + message;
    }

    /** The label as a message prefix: {@code ""} or {@code "scene 2: "}. */
    String prefix() {
        return label.isEmpty() ? "" : label + ": ";
    }

    String script() {
        return speaker.script();
    }

    String voiceId() {
        return speaker.voiceId();
    }

    VoiceSettings settings() {
        return speaker.voiceSettings();
    }

    Engine engine() {
        return speaker.engine();
    }

    String motionPrompt() {
        return speaker.motionPrompt();
    }

    Expressiveness expressiveness() {
        return speaker.expressiveness();
    }

    /** Whether a script is the audio source. */
    boolean speaksScript() {
        return speaker.script() != null;
    }

    /** How many audio sources are set: the script and the recorded audio. */
    int audioSources() {
        return (speaker.script() != null ? 1 : 0) + (speaker.audio() != null ? 1 : 0);
    }
}
