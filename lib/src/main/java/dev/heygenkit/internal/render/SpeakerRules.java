package dev.heygenkit.internal.render;

import dev.heygenkit.ProblemCodes;
import dev.heygenkit.api.Engine;
import dev.heygenkit.api.Expressiveness;

/**
 * Preflight of one presenter wherever it appears (see {@link SpeakerSlot}): exactly one audio source, a speakable
 * script, a voice when there is no default, and the engine, motion and expressiveness combinations the API accepts.
 * Voice settings are {@link VoiceRules}' concern.
 */
final class SpeakerRules {
    /** Scripts longer than this (spoken characters) draw a warning about plan limits. */
    static final int SCRIPT_WARN_CHARS = 500;
    /** Scripts longer than this (spoken characters) fail preflight. */
    static final int SCRIPT_MAX_CHARS = 5000;
    private static final String PLAN_LIMITS = "plan limits are roughly 500 characters (Free), 1,500 (Creator), 3,000 "
            + "(Team) and 5,000 (Enterprise)";

    private final Findings f;
    private final AssetRules assets;
    private final VoiceRules voices;

    SpeakerRules(Findings findings, AssetRules assets) {
        this.f = findings;
        this.assets = assets;
        this.voices = new VoiceRules(findings);
    }

    void check(SpeakerSlot s) {
        String at = s.at();
        if (s.photo() != null) {
            assets.asset(s.photo(), at + "image", "photo", AssetRules.Expect.PHOTO, s.prefix());
        }
        audio(s);
        if (s.script() != null) {
            script(s, at + "script");
        }
        if (s.speaker().audio() != null) {
            assets.flat(s.speaker().audio(), at + "audio_url", at + "audio_asset_id", "audio", AssetRules.Expect.AUDIO,
                    s.prefix());
        }
        voice(s);
        voices.check(s, at + "voice_settings");
        if (s.motionPrompt() != null && s.motionPrompt().isBlank()) {
            f.error(ProblemCodes.MOTION_PROMPT_EMPTY, at + "motion_prompt", s.say("the motion prompt is empty; describe the "
                    + "motion, e.g. .motion(\"nods and smiles\"), or leave it out"));
        }
        if (s.expressiveness() != null && !Expressiveness.ALL.contains(s.expressiveness())) {
            f.error(ProblemCodes.EXPRESSIVENESS_INVALID, at + "expressiveness", s.say("expressiveness \"" + s.expressiveness()
                    + "\" is not one of high, medium, low; use e.g. .expressiveness(\"medium\")"));
        }
        engine(s);
    }

    private void audio(SpeakerSlot s) {
        int sources = s.audioSources();
        String at = s.at();
        if (s.silent() && sources > 0) {
            f.error(ProblemCodes.SCENE_HOLD_AND_AUDIO, at + "duration", s.say("a still is either held for a duration (silent) "
                    + "or narrated, not both; drop .hold(...) or the narration"));
        } else if (sources == 0 && !s.silent()) {
            boolean still = s.lookId() == null && s.photo() == null;
            f.error(ProblemCodes.AUDIO_MISSING, at + "script", s.say(still
                    ? "the still has neither a duration nor narration; add .hold(Duration.ofSeconds(5)) or .say(\"…\")"
                    : "nothing to say; add .say(\"…\") or an audio track with .audio(URI) or .audio(Path)"));
        } else if (sources > 1) {
            String field = s.speaker().audio().urlValue() != null ? "audio_url" : "audio_asset_id";
            f.error(ProblemCodes.AUDIO_CONFLICT, at + field, s.say("only one audio source is allowed but script and " + field
                    + " are set; keep either .say(...) or one .audio(...)"));
        }
    }

    private void script(SpeakerSlot s, String param) {
        String script = s.script();
        if (script.isBlank()) {
            f.error(ProblemCodes.SCRIPT_EMPTY, param, s.say("the script is empty; say something with .say(\"…\")"));
            return;
        }
        String spoken = Breaks.spoken(script);
        if (spoken.isEmpty()) {
            f.error(ProblemCodes.SCRIPT_EMPTY, param, s.say("the script has only pauses; add words with .say(\"…\")"));
        }
        f.add(Breaks.check(s, param));
        int chars = spoken.length();
        if (chars > SCRIPT_MAX_CHARS) {
            f.error(ProblemCodes.SCRIPT_TOO_LONG, param, s.say("the script has " + chars + " characters, over "
                    + SCRIPT_MAX_CHARS + " (" + PLAN_LIMITS + "); split it into Scenes.of(...) with one part per scene"));
        } else if (chars > SCRIPT_WARN_CHARS) {
            f.warning(ProblemCodes.SCRIPT_LONG, param, s.say("the script has " + chars + " characters; " + PLAN_LIMITS
                    + ", so it may fail with script_too_long on smaller plans"));
        }
    }

    private void voice(SpeakerSlot s) {
        String at = s.at();
        if (s.voiceId() != null && s.voiceId().isBlank()) {
            f.error(ProblemCodes.VOICE_ID_MISSING, at + "voice_id", s.say("the voice id is empty; pass a voice id from "
                    + "client.voices().list(), or leave .voice(...) out to use the look's default voice"));
        } else if (s.speaksScript() && s.voiceId() == null && s.voiceRequired()) {
            f.error(ProblemCodes.VOICE_MISSING, at + "voice_id", s.say((s.photo() != null ? "a photo" : "a narrated still")
                    + " has no default voice; add .voice(\"<voice_id>\") (list them with client.voices().list())"));
        }
        if (!s.speaksScript() && s.audioSources() > 0) {
            if (s.voiceId() != null && !s.voiceId().isBlank()) {
                f.warning(ProblemCodes.VOICE_UNUSED, at + "voice_id", s.say("voice " + s.voiceId() + " is ignored because "
                        + "recorded audio is used; drop .voice(...)"));
            } else if (s.settings() != null && !s.settings().isEmpty()) {
                f.warning(ProblemCodes.VOICE_UNUSED, at + "voice_settings", s.say("voice settings are ignored because recorded "
                        + "audio is used; drop them"));
            }
        }
    }

    private void engine(SpeakerSlot s) {
        String at = s.at();
        Engine engine = s.engine();
        if (engine instanceof Engine.Other other) {
            f.error(ProblemCodes.ENGINE_INVALID, at + "engine", s.say("engine \"" + other.type() + "\" is not one of avatar_v, "
                    + "avatar_iv, avatar_iii; use e.g. .engine(\"avatar_v\")"));
        } else if (engine instanceof Engine.AvatarIII) {
            if (s.motionPrompt() != null) {
                f.error(ProblemCodes.MOTION_PROMPT_ENGINE, at + "motion_prompt", s.say("Avatar III does not take a motion "
                        + "prompt; drop .motion(...) or use .engine(\"avatar_v\")"));
            }
            if (s.expressiveness() != null) {
                f.error(ProblemCodes.EXPRESSIVENESS_ENGINE, at + "expressiveness", s.say("Avatar III does not take "
                        + "expressiveness; drop .expressiveness(...) or use the default engine (Avatar IV)"));
            }
        } else if (engine instanceof Engine.AvatarV v) {
            if (s.expressiveness() != null) {
                f.error(ProblemCodes.EXPRESSIVENESS_ENGINE, at + "expressiveness", s.say("expressiveness is rejected with "
                        + "Avatar V; drop .expressiveness(...) or the avatar_v engine"));
            }
            if (v.referenceLookId() != null && v.referenceLookId().isBlank()) {
                f.error(ProblemCodes.REFERENCE_LOOK_MISSING, at + "engine.reference_look_id", s.say("the reference look id is "
                        + "empty; pass an instant_avatar look of the same group or leave it out"));
            }
        }
    }
}
