package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.ImageScene;
import dev.heygenkit.api.Playback;
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
        return new Still(Media.of(url), null, Script.EMPTY, null, null);
    }

    /** A local still picture (PNG or JPEG), uploaded for you at submit time. */
    static Still image(Path file) {
        return new Still(Media.of(file), null, Script.EMPTY, null, null);
    }

    /** A still picture uploaded before, by asset id. */
    static Still imageAsset(String assetId) {
        return new Still(Media.asset(assetId), null, Script.EMPTY, null, null);
    }

    /** A video clip at a public URL. */
    static Clip video(URI url) {
        return new Clip(Media.of(url), false, null);
    }

    /** A local video clip (MP4 or WebM), uploaded for you at submit time. */
    static Clip video(Path file) {
        return new Clip(Media.of(file), false, null);
    }

    /** A video clip uploaded before, by asset id. */
    static Clip videoAsset(String assetId) {
        return new Clip(Media.asset(assetId), false, null);
    }

    /**
     * A whole-frame still: silent for {@link #hold(Duration)}, or narrated with {@link #say(String)} or audio.
     * Immutable; every step returns a new value.
     */
    final class Still implements Scene {
        private final Media source;
        private final Duration hold;
        private final Script script;
        private final Media audio;
        private final Voice voice;

        private Still(Media source, Duration hold, Script script, Media audio, Voice voice) {
            this.source = source;
            this.hold = hold;
            this.script = script;
            this.audio = audio;
            this.voice = voice;
        }

        /** Shows the picture silently for this long (up to 5 minutes). */
        public Still hold(Duration duration) {
            return new Still(source, Objects.requireNonNull(duration, "duration"), script, audio, voice);
        }

        /** Narrates: appends text to what is said over the picture (needs a {@link #voice(String)}). */
        public Still say(String text) {
            return new Still(source, hold, script.say(text), audio, voice);
        }

        /** Appends a pause to the narration. */
        public Still pause(Duration duration) {
            return new Still(source, hold, script.pause(duration), audio, voice);
        }

        /** The narrating voice. */
        public Still voice(String voiceId) {
            return voice(Voice.id(voiceId));
        }

        /** The narrating voice with its settings. */
        public Still voice(Voice v) {
            return new Still(source, hold, script, audio, Objects.requireNonNull(v, "voice"));
        }

        /** Narrates with recorded audio at a public URL instead of a script. */
        public Still audio(URI url) {
            return new Still(source, hold, script, Media.of(url), voice);
        }

        /** Narrates with a local audio file (MP3 or WAV), uploaded for you at submit time. */
        public Still audio(Path file) {
            return new Still(source, hold, script, Media.of(file), voice);
        }

        /** Narrates with audio uploaded before, by asset id. */
        public Still audioAsset(String assetId) {
            return new Still(source, hold, script, Media.asset(assetId), voice);
        }

        StudioScene toScene(int index, List<Problem> out) {
            String label = "scene " + (index + 1) + ": ";
            script.problems("scenes[" + index + "].script", label, out);
            if (voice != null) {
                voice.problems("scenes[" + index + "].voice_settings", label, out);
            }
            return ImageScene.builder()
                    .source(source.input())
                    .duration(hold == null ? null : Dsl.secondsValue(hold))
                    .script(script.text())
                    .voiceId(voice == null ? null : voice.voiceId())
                    .voiceSettings(voice == null ? null : voice.settings())
                    .audioUrl(audio == null ? null : audio.urlText())
                    .audioAssetId(audio == null ? null : audio.assetId())
                    .build();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Still s && s.toString().equals(toString());
        }

        @Override
        public int hashCode() {
            return toString().hashCode();
        }

        /** The DSL expression that recreates it. */
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(source.call("Scene.image", "Scene.imageAsset"));
            if (hold != null) {
                b.append(".hold(").append(Dsl.duration(hold)).append(')');
            }
            b.append(script.expr());
            if (audio != null) {
                b.append(audio.call(".audio", ".audioAsset"));
            }
            if (voice != null) {
                b.append(".voice(").append(voice.arg()).append(')');
            }
            return b.toString();
        }
    }

    /** A video clip scene with its own sound, which can be muted or turned down. Immutable. */
    final class Clip implements Scene {
        private final Media source;
        private final boolean mute;
        private final Double volume;

        private Clip(Media source, boolean mute, Double volume) {
            this.source = source;
            this.mute = mute;
            this.volume = volume;
        }

        /** Silences the clip. */
        public Clip mute() {
            return new Clip(source, true, volume);
        }

        /** The clip's volume, 0 to 1 (default 1). */
        public Clip volume(double value) {
            return new Clip(source, mute, value);
        }

        StudioScene toScene() {
            Playback playback = !mute && volume == null ? null : new Playback(volume, mute ? Boolean.TRUE : null);
            return StudioScene.clip(source.input(), playback);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Clip c && c.toString().equals(toString());
        }

        @Override
        public int hashCode() {
            return toString().hashCode();
        }

        /** The DSL expression that recreates it. */
        @Override
        public String toString() {
            return source.call("Scene.video", "Scene.videoAsset") + (volume == null ? "" : ".volume(" + Dsl.num(volume) + ")")
                    + (mute ? ".mute()" : "");
        }
    }
}
