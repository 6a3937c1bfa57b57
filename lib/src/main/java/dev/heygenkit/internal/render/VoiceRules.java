package dev.heygenkit.internal.render;

import dev.heygenkit.ProblemCodes;
import dev.heygenkit.api.EngineSettings;
import dev.heygenkit.api.VoiceSettings;

import java.util.List;
import java.util.regex.Pattern;

/** Preflight of voice settings: ranges of speed, pitch and volume, the locale tag, and voice-engine tuning. */
final class VoiceRules {
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final List<String> ELEVEN_LABS_MODELS = List.of("eleven_multilingual_v2", "eleven_turbo_v2_5",
            "eleven_flash_v2_5", "eleven_v3");
    private static final List<String> FISH_MODELS = List.of("s1", "s2-pro");

    private final Findings f;

    VoiceRules(Findings findings) {
        this.f = findings;
    }

    void check(SpeakerSlot s, String param) {
        VoiceSettings v = s.settings();
        if (v == null) {
            return;
        }
        range(s, v.speed(), 0.5, 1.5, ProblemCodes.VOICE_SPEED_RANGE, param + ".speed", "speed", ".speed(1.2)");
        range(s, v.pitch(), -50, 50, ProblemCodes.VOICE_PITCH_RANGE, param + ".pitch", "pitch", ".pitch(-5)");
        range(s, v.volume(), 0, 1, ProblemCodes.VOICE_VOLUME_RANGE, param + ".volume", "volume", ".volume(0.8)");
        if (v.locale() != null && !LOCALE.matcher(v.locale()).matches()) {
            f.error(ProblemCodes.VOICE_LOCALE_INVALID, param + ".locale", s.say("locale \"" + v.locale() + "\" is not a BCP-47 "
                    + "tag; use e.g. .locale(\"en-US\")"));
        }
        String engine = param + ".engine_settings.";
        if (v.engineSettings() instanceof EngineSettings.ElevenLabs el) {
            model(s, el.model(), ELEVEN_LABS_MODELS, "ElevenLabs", engine);
            range(s, el.stability(), 0, 1, ProblemCodes.VOICE_ENGINE_RANGE, engine + "stability", "stability", ".stability(0.5)");
            range(s, el.similarityBoost(), 0, 1, ProblemCodes.VOICE_ENGINE_RANGE, engine + "similarity_boost", "similarity",
                    ".similarity(0.75)");
            range(s, el.style(), 0, 1, ProblemCodes.VOICE_ENGINE_RANGE, engine + "style", "style", ".style(0.3)");
        } else if (v.engineSettings() instanceof EngineSettings.Fish fish) {
            model(s, fish.model(), FISH_MODELS, "Fish", engine);
            range(s, fish.stability(), 0, 1, ProblemCodes.VOICE_ENGINE_RANGE, engine + "stability", "stability", ".stability(0.5)");
            range(s, fish.similarity(), 0, 1, ProblemCodes.VOICE_ENGINE_RANGE, engine + "similarity", "similarity",
                    ".similarity(0.75)");
        }
    }

    private void model(SpeakerSlot s, String model, List<String> models, String engine, String param) {
        if (model != null && !models.contains(model)) {
            f.error(ProblemCodes.VOICE_ENGINE_MODEL, param + "model", s.say(engine + " model \"" + model + "\" is not one of "
                    + String.join(", ", models)));
        }
    }

    private void range(SpeakerSlot s, Double v, double min, double max, String code, String param, String what,
                       String example) {
        if (v != null && !Findings.within(v, min, max)) {
            f.error(code, param, s.say("voice " + what + " " + Findings.num(v) + " is outside " + Findings.num(min)
                    + "–" + Findings.num(max) + "; use e.g. Voice.id(…)" + example));
        }
    }
}
