package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.EngineSettings;
import dev.heygenkit.api.VoiceSettings;

import java.util.List;
import java.util.Objects;

/**
 * A voice and how it speaks: speed, pitch, volume, accent and engine tuning. Immutable; every step returns a new
 * value, so one {@code var calm = Voice.id("…").speed(0.9)} can serve many videos.
 *
 * <pre>{@code Avatar.look(lookId).say("Hi").voice(Voice.id(voiceId).speed(1.1).pitch(-2))}</pre>
 */
public final class Voice {
    private final String id;
    private final Double speed;
    private final Double pitch;
    private final Double volume;
    private final String locale;
    private final String engine;
    private final String model;
    private final Double stability;
    private final Double similarity;
    private final Double style;
    private final Boolean speakerBoost;

    private Voice(String id, Double speed, Double pitch, Double volume, String locale, String engine, String model,
                  Double stability, Double similarity, Double style, Boolean speakerBoost) {
        this.id = id;
        this.speed = speed;
        this.pitch = pitch;
        this.volume = volume;
        this.locale = locale;
        this.engine = engine;
        this.model = model;
        this.stability = stability;
        this.similarity = similarity;
        this.style = style;
        this.speakerBoost = speakerBoost;
    }

    /** The voice with this id (from {@code client.voices().list()}). */
    public static Voice id(String voiceId) {
        return new Voice(Objects.requireNonNull(voiceId, "voice id"), null, null, null, null, null, null, null, null,
                null, null);
    }

    /** The look's own default voice, for tuning it without naming it: {@code Voice.lookDefault().speed(1.1)}. */
    public static Voice lookDefault() {
        return new Voice(null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Speaking rate, 0.5 to 1.5 (1 is normal). */
    public Voice speed(double value) {
        return new Voice(id, value, pitch, volume, locale, engine, model, stability, similarity, style, speakerBoost);
    }

    /** Pitch shift in semitones, -50 to 50 (0 is normal). */
    public Voice pitch(double semitones) {
        return new Voice(id, speed, semitones, volume, locale, engine, model, stability, similarity, style, speakerBoost);
    }

    /** Loudness, 0 (silent) to 1 (normal). */
    public Voice volume(double value) {
        return new Voice(id, speed, pitch, value, locale, engine, model, stability, similarity, style, speakerBoost);
    }

    /** Accent of a multilingual voice as a BCP-47 tag, e.g. {@code en-US}. */
    public Voice locale(String tag) {
        return new Voice(id, speed, pitch, volume, tag, engine, model, stability, similarity, style, speakerBoost);
    }

    /** ElevenLabs tuning with the voice's default model; must match the voice's engine. */
    public Voice elevenLabs() {
        return elevenLabs(null);
    }

    /** ElevenLabs tuning with a model: {@code eleven_multilingual_v2}, {@code eleven_turbo_v2_5}, {@code eleven_flash_v2_5} or {@code eleven_v3}. */
    public Voice elevenLabs(String model) {
        return new Voice(id, speed, pitch, volume, locale, "elevenlabs", model, stability, similarity, style, speakerBoost);
    }

    /** Fish tuning with a model: {@code s1} (default) or {@code s2-pro}; must match the voice's engine. */
    public Voice fish(String model) {
        return new Voice(id, speed, pitch, volume, locale, "fish", model, stability, similarity, style, speakerBoost);
    }

    /** Forces Starfish routing (no tunables). */
    public Voice starfish() {
        return new Voice(id, speed, pitch, volume, locale, "starfish", null, stability, similarity, style, speakerBoost);
    }

    /** Engine stability, 0 to 1 (ElevenLabs or Fish). */
    public Voice stability(double value) {
        return new Voice(id, speed, pitch, volume, locale, engine, model, value, similarity, style, speakerBoost);
    }

    /** Similarity to the original voice, 0 to 1 (ElevenLabs {@code similarity_boost} or Fish {@code similarity}). */
    public Voice similarity(double value) {
        return new Voice(id, speed, pitch, volume, locale, engine, model, stability, value, style, speakerBoost);
    }

    /** Style exaggeration, 0 to 1 (ElevenLabs). */
    public Voice style(double value) {
        return new Voice(id, speed, pitch, volume, locale, engine, model, stability, similarity, value, speakerBoost);
    }

    /** Speaker boost on or off (ElevenLabs). */
    public Voice speakerBoost(boolean on) {
        return new Voice(id, speed, pitch, volume, locale, engine, model, stability, similarity, style, on);
    }

    /** The voice id, or null for the look's default voice. */
    public String voiceId() {
        return id;
    }

    /** Whether anything besides the id is set. */
    boolean hasSettings() {
        return speed != null || pitch != null || volume != null || locale != null || engine != null
                || stability != null || similarity != null || style != null || speakerBoost != null;
    }

    /** The wire settings, or null when nothing is set. */
    VoiceSettings settings() {
        if (!hasSettings()) {
            return null;
        }
        EngineSettings es = null;
        if ("elevenlabs".equals(engine)) {
            es = new EngineSettings.ElevenLabs(model, stability, similarity, style, speakerBoost);
        } else if ("fish".equals(engine)) {
            es = new EngineSettings.Fish(model, stability, similarity);
        } else if ("starfish".equals(engine)) {
            es = new EngineSettings.Starfish();
        }
        return new VoiceSettings(speed, pitch, volume, locale, es);
    }

    /** Tunables that the chosen engine (or no engine) cannot carry. */
    void problems(String param, String label, List<Problem> out) {
        String at = param + ".engine_settings";
        if (engine == null && (stability != null || similarity != null || style != null || speakerBoost != null)) {
            out.add(Problem.error("voice_engine_missing", at, label + "stability, similarity, style and speaker boost "
                    + "tune a voice engine; add .elevenLabs() or .fish(\"s1\") before them"));
        } else if ("fish".equals(engine) && (style != null || speakerBoost != null)) {
            out.add(Problem.error("voice_engine_option", at, label + "style and speaker boost are ElevenLabs settings; "
                    + "Fish takes only stability and similarity"));
        } else if ("starfish".equals(engine) && (stability != null || similarity != null || style != null || speakerBoost != null)) {
            out.add(Problem.error("voice_engine_option", at, label + "Starfish has no tunables; drop stability, "
                    + "similarity, style and speaker boost"));
        }
    }

    /** The argument of {@code .voice(...)} that recreates this value: a plain id when nothing else is set. */
    String arg() {
        return hasSettings() || id == null ? toString() : Dsl.str(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Voice v && v.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    /** The DSL expression that recreates this voice, e.g. {@code Voice.id("v1").speed(1.1)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(id == null ? "Voice.lookDefault()" : "Voice.id(" + Dsl.str(id) + ")");
        if (speed != null) {
            b.append(".speed(").append(Dsl.num(speed)).append(')');
        }
        if (pitch != null) {
            b.append(".pitch(").append(Dsl.num(pitch)).append(')');
        }
        if (volume != null) {
            b.append(".volume(").append(Dsl.num(volume)).append(')');
        }
        if (locale != null) {
            b.append(".locale(").append(Dsl.str(locale)).append(')');
        }
        if ("elevenlabs".equals(engine)) {
            b.append(model == null ? ".elevenLabs()" : ".elevenLabs(" + Dsl.str(model) + ")");
        } else if ("fish".equals(engine)) {
            b.append(".fish(").append(Dsl.str(model)).append(')');
        } else if ("starfish".equals(engine)) {
            b.append(".starfish()");
        }
        if (stability != null) {
            b.append(".stability(").append(Dsl.num(stability)).append(')');
        }
        if (similarity != null) {
            b.append(".similarity(").append(Dsl.num(similarity)).append(')');
        }
        if (style != null) {
            b.append(".style(").append(Dsl.num(style)).append(')');
        }
        if (speakerBoost != null) {
            b.append(".speakerBoost(").append(speakerBoost).append(')');
        }
        return b.toString();
    }
}
