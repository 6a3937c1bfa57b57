package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.ImageScene;
import dev.heygenkit.api.Playback;
import dev.heygenkit.api.Speaker;
import dev.heygenkit.api.StudioScene;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One scene of a studio video ({@link Scenes}): a speaking {@link Avatar}, a still picture (silent for a while or
 * narrated) or a video clip.
 *
 * <pre>{@code Scenes.of(Avatar.look(a).say("Intro"), Scene.image(URI.create(url)).hold(Duration.ofSeconds(3)))}</pre>
 */
public sealed interface Scene permits Avatar, Scene.Still, Scene.Clip {

    /** A still picture at a public URL; then {@code hold(...)} it or narrate it with {@code say(...)}. */
    static Still image(URI url) {
        return Still.of(AssetInput.url(Objects.requireNonNull(url, "url").toString()));
    }

    /** A local still picture (PNG or JPEG), uploaded for you at submit time. */
    static Still image(Path file) {
        return Still.of(AssetInput.file(file));
    }

    /** A still picture uploaded before, by asset id. */
    static Still imageAsset(String assetId) {
        return Still.of(AssetInput.asset(Objects.requireNonNull(assetId, "asset id")));
    }

    /** A video clip at a public URL. */
    static Clip video(URI url) {
        return Clip.of(AssetInput.url(Objects.requireNonNull(url, "url").toString()));
    }

    /** A local video clip (MP4 or WebM), uploaded for you at submit time. */
    static Clip video(Path file) {
        return Clip.of(AssetInput.file(file));
    }

    /** A video clip uploaded before, by asset id. */
    static Clip videoAsset(String assetId) {
        return Clip.of(AssetInput.asset(Objects.requireNonNull(assetId, "asset id")));
    }

    /**
     * A whole-frame still: silent for {@link #hold(Duration)}, or narrated with {@link #say(String)} or audio.
     * Immutable; every step returns a new value.
     */
    final class Still implements Scene {
        /** Every field of a still. */
        private record State(AssetInput source, Duration hold, Script script, AssetInput audio, Voice voice) {
        }

        private final State s;

        private Still(State s) {
            this.s = s;
        }

        static Still of(AssetInput source) {
            return new Still(new State(source, null, Script.EMPTY, null, null));
        }

        /** Shows the picture silently for this long (up to 5 minutes). */
        public Still hold(Duration duration) {
            return new Still(new State(s.source, Objects.requireNonNull(duration, "duration"), s.script, s.audio, s.voice));
        }

        /** Narrates: appends text to what is said over the picture (needs a {@link #voice(String)}). */
        public Still say(String text) {
            return new Still(new State(s.source, s.hold, s.script.say(text), s.audio, s.voice));
        }

        /** Appends a pause to the narration. */
        public Still pause(Duration duration) {
            return new Still(new State(s.source, s.hold, s.script.pause(duration), s.audio, s.voice));
        }

        /** The narrating voice. */
        public Still voice(String voiceId) {
            return voice(Voice.id(voiceId));
        }

        /** The narrating voice with its settings. */
        public Still voice(Voice v) {
            return new Still(new State(s.source, s.hold, s.script, s.audio, Objects.requireNonNull(v, "voice")));
        }

        /** Narrates with recorded audio at a public URL instead of a script. */
        public Still audio(URI url) {
            return audio(AssetInput.url(Objects.requireNonNull(url, "url").toString()));
        }

        /** Narrates with a local audio file (MP3 or WAV), uploaded for you at submit time. */
        public Still audio(Path file) {
            return audio(AssetInput.file(file));
        }

        /** Narrates with audio uploaded before, by asset id. */
        public Still audioAsset(String assetId) {
            return audio(AssetInput.asset(Objects.requireNonNull(assetId, "asset id")));
        }

        private Still audio(AssetInput audio) {
            return new Still(new State(s.source, s.hold, s.script, audio, s.voice));
        }

        StudioScene toScene(int index, List<Problem> out) {
            String label = "scene " + (index + 1) + ": ";
            s.script.problems("scenes[" + index + "].script", label, out);
            if (s.voice != null) {
                s.voice.problems("scenes[" + index + "].voice_settings", label, out);
            }
            Speaker speaker = Speaker.builder()
                    .script(s.script.text())
                    .voiceId(s.voice == null ? null : s.voice.voiceId())
                    .voiceSettings(s.voice == null ? null : s.voice.settings())
                    .audio(s.audio)
                    .build();
            return new ImageScene(s.source, s.hold == null ? null : Dsl.secondsValue(s.hold), speaker);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Still other && other.s.equals(s);
        }

        @Override
        public int hashCode() {
            return s.hashCode();
        }

        /** The DSL expression that recreates it. */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(Dsl.media(s.source, "Scene.image", "Scene.imageAsset"));
            if (s.hold != null) {
                b.append(".hold(").append(Dsl.duration(s.hold)).append(')');
            }
            b.append(s.script.expr());
            if (s.audio != null) {
                b.append(Dsl.media(s.audio, ".audio", ".audioAsset"));
            }
            if (s.voice != null) {
                b.append(".voice(").append(s.voice.arg()).append(')');
            }
            return b.toString();
        }
    }

    /** A video clip scene with its own sound, which can be muted or turned down. Immutable. */
    final class Clip implements Scene {
        private final AssetInput source;
        private final Playback playback;

        private Clip(AssetInput source, Playback playback) {
            this.source = source;
            this.playback = playback;
        }

        static Clip of(AssetInput source) {
            return new Clip(source, null);
        }

        /** Silences the clip. */
        public Clip mute() {
            return new Clip(source, new Playback(playback == null ? null : playback.volume(), Boolean.TRUE));
        }

        /** The clip's volume, 0 to 1 (default 1). */
        public Clip volume(double value) {
            return new Clip(source, new Playback(value, playback == null ? null : playback.mute()));
        }

        StudioScene toScene() {
            return StudioScene.clip(source, playback);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Clip c && c.source.equals(source) && Objects.equals(c.playback, playback);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, playback);
        }

        /** The DSL expression that recreates it. */
        @Override
        public String toString() {
            return Dsl.media(source, "Scene.video", "Scene.videoAsset")
                    + (playback == null || playback.volume() == null ? "" : ".volume(" + Dsl.num(playback.volume()) + ")")
                    + (playback != null && Boolean.TRUE.equals(playback.mute()) ? ".mute()" : "");
        }
    }
}
