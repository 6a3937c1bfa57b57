package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.EngineSettings;
import dev.heygenkit.api.VoiceSettings;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A voice and how it speaks: speed, pitch, volume, accent and engine tuning. Immutable; every step returns a new
 * value, so one {@code var calm = Voice.id("…").speed(0.9)} can serve many videos.
 *
 * <pre>{@code Avatar.look(lookId).say("Hi").voice(Voice.id(voiceId).speed(1.1).pitch(-2))}</pre>
 */
public final class Voice {
    /**
     * Every field of a voice: the id, the engine-independent settings (kept in the API's own record) and the engine
     * tuning, which becomes {@link EngineSettings} once an engine is chosen.
     */
    private record State(String id, VoiceSettings settings, String engine, String model, Double stability,
                         Double similarity, Double style, Boolean speakerBoost) {
        Builder toBuilder() {
            Builder b = new Builder();
            b.id = id;
            b.settings = settings;
            b.engine = engine;
            b.model = model;
            b.stability = stability;
            b.similarity = similarity;
            b.style = style;
            b.speakerBoost = speakerBoost;
            return b;
        }
    }

    /** A copy of {@link State} being changed by one step. */
    private static final class Builder {
        String id;
        VoiceSettings settings = VoiceSettings.DEFAULT;
        String engine;
        String model;
        Double stability;
        Double similarity;
        Double style;
        Boolean speakerBoost;

        State build() {
            return new State(id, settings, engine, model, stability, similarity, style, speakerBoost);
        }
    }

    private final State s;

    private Voice(State s) {
        this.s = s;
    }

    private Voice with(Consumer<Builder> change) {
        Builder b = s.toBuilder();
        change.accept(b);
        return new Voice(b.build());
    }

    private Voice settings(UnaryOperator<VoiceSettings.Builder> change) {
        return with(b -> b.settings = change.apply(b.settings.toBuilder()).build());
    }

    /** The voice with this id (from {@code client.voices().list()}). */
    public static Voice id(String voiceId) {
        Builder b = new Builder();
        b.id = Objects.requireNonNull(voiceId, "voice id");
        return new Voice(b.build());
    }

    /** The look's own default voice, for tuning it without naming it: {@code Voice.lookDefault().speed(1.1)}. */
    public static Voice lookDefault() {
        return new Voice(new Builder().build());
    }

    /** Speaking rate, 0.5 to 1.5 (1 is normal). */
    public Voice speed(double value) {
        return settings(b -> b.speed(value));
    }

    /** Pitch shift in semitones, -50 to 50 (0 is normal). */
    public Voice pitch(double semitones) {
        return settings(b -> b.pitch(semitones));
    }

    /** Loudness, 0 (silent) to 1 (normal). */
    public Voice volume(double value) {
        return settings(b -> b.volume(value));
    }

    /** Accent of a multilingual voice as a BCP-47 tag, e.g. {@code en-US}. */
    public Voice locale(String tag) {
        return settings(b -> b.locale(Objects.requireNonNull(tag, "locale")));
    }

    /** ElevenLabs tuning with the voice's default model; must match the voice's engine. */
    public Voice elevenLabs() {
        return elevenLabs(null);
    }

    /** ElevenLabs tuning with a model: {@code eleven_multilingual_v2}, {@code eleven_turbo_v2_5}, {@code eleven_flash_v2_5} or {@code eleven_v3}. */
    public Voice elevenLabs(String model) {
        return with(b -> {
            b.engine = "elevenlabs";
            b.model = model;
        });
    }

    /** Fish tuning with a model: {@code s1} (default) or {@code s2-pro}; must match the voice's engine. */
    public Voice fish(String model) {
        return with(b -> {
            b.engine = "fish";
            b.model = model;
        });
    }

    /** Forces Starfish routing (no tunables). */
    public Voice starfish() {
        return with(b -> {
            b.engine = "starfish";
            b.model = null;
        });
    }

    /** Engine stability, 0 to 1 (ElevenLabs or Fish). */
    public Voice stability(double value) {
        return with(b -> b.stability = value);
    }

    /** Similarity to the original voice, 0 to 1 (ElevenLabs {@code similarity_boost} or Fish {@code similarity}). */
    public Voice similarity(double value) {
        return with(b -> b.similarity = value);
    }

    /** Style exaggeration, 0 to 1 (ElevenLabs). */
    public Voice style(double value) {
        return with(b -> b.style = value);
    }

    /** Speaker boost on or off (ElevenLabs). */
    public Voice speakerBoost(boolean on) {
        return with(b -> b.speakerBoost = on);
    }

    /** The voice id, or null for the look's default voice. */
    public String voiceId() {
        return s.id;
    }

    private boolean tuned() {
        return s.stability != null || s.similarity != null || s.style != null || s.speakerBoost != null;
    }

    /** Whether anything besides the id is set. */
    boolean hasSettings() {
        return !s.settings.isEmpty() || s.engine != null || tuned();
    }

    /** The wire settings, or null when nothing is set. */
    VoiceSettings settings() {
        if (!hasSettings()) {
            return null;
        }
        EngineSettings es = switch (s.engine == null ? "" : s.engine) {
            case "elevenlabs" -> new EngineSettings.ElevenLabs(s.model, s.stability, s.similarity, s.style, s.speakerBoost);
            case "fish" -> new EngineSettings.Fish(s.model, s.stability, s.similarity);
            case "starfish" -> new EngineSettings.Starfish();
            default -> null;
        };
        return s.settings.toBuilder().engineSettings(es).build();
    }

    /** Tunables that the chosen engine (or no engine) cannot carry. */
    void problems(String param, String label, List<Problem> out) {
        String at = param + ".engine_settings";
        if (s.engine == null && tuned()) {
            out.add(Problem.error(ProblemCodes.VOICE_ENGINE_MISSING, at, label + "stability, similarity, style and "
                    + "speaker boost tune a voice engine; add .elevenLabs() or .fish(\"s1\") before them"));
        } else if ("fish".equals(s.engine) && (s.style != null || s.speakerBoost != null)) {
            out.add(Problem.error(ProblemCodes.VOICE_ENGINE_OPTION, at, label + "style and speaker boost are "
                    + "ElevenLabs settings; Fish takes only stability and similarity"));
        } else if ("starfish".equals(s.engine) && tuned()) {
            out.add(Problem.error(ProblemCodes.VOICE_ENGINE_OPTION, at, label + "Starfish has no tunables; drop "
                    + "stability, similarity, style and speaker boost"));
        }
    }

    /** The argument of {@code .voice(...)} that recreates this value: a plain id when nothing else is set. */
    String arg() {
        return hasSettings() || s.id == null ? toString() : Dsl.str(s.id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Voice v && v.s.equals(s);
    }

    @Override
    public int hashCode() {
        return s.hashCode();
    }

    /** The DSL expression that recreates this voice, e.g. {@code Voice.id("v1").speed(1.1)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(s.id == null ? "Voice.lookDefault()" : "Voice.id(" + Dsl.str(s.id) + ")");
        number(b, "speed", s.settings.speed());
        number(b, "pitch", s.settings.pitch());
        number(b, "volume", s.settings.volume());
        Dsl.step(b, "locale", s.settings.locale());
        if ("elevenlabs".equals(s.engine)) {
            b.append(s.model == null ? ".elevenLabs()" : ".elevenLabs(" + Dsl.str(s.model) + ")");
        } else if ("fish".equals(s.engine)) {
            b.append(".fish(").append(Dsl.str(s.model)).append(')');
        } else if ("starfish".equals(s.engine)) {
            b.append(".starfish()");
        }
        number(b, "stability", s.stability);
        number(b, "similarity", s.similarity);
        number(b, "style", s.style);
        if (s.speakerBoost != null) {
            b.append(".speakerBoost(").append(s.speakerBoost).append(')');
        }
        return b.toString();
    }

    private static void number(StringBuilder b, String name, Double value) {
        if (value != null) {
            b.append('.').append(name).append('(').append(Dsl.num(value)).append(')');
        }
    }
}
