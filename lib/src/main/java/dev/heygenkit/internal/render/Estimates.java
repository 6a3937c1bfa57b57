package dev.heygenkit.internal.render;

import dev.heygenkit.api.CinematicAvatarRequest;
import dev.heygenkit.api.TemplateVideoRequest;
import dev.heygenkit.api.VideoRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.ImageScene;
import dev.heygenkit.api.StudioScene;
import dev.heygenkit.api.StudioVideoRequest;

import java.time.Duration;

/**
 * Rough expectations for progress lines and the polling cap: speech runs at about 150 words a minute, and a render
 * takes about a minute plus ten times the video's length. They are guesses, never deadlines.
 */
public final class Estimates {
    private static final double WORDS_PER_SECOND = 150 / 60.0;
    private static final Duration CLIP_GUESS = Duration.ofSeconds(10);

    private Estimates() {
    }

    /** The expected length of the finished video, or null when audio files make it unknowable. */
    public static Duration videoLength(VideoRequest request) {
        if (request instanceof TemplateVideoRequest) {
            return null;
        }
        if (request instanceof CinematicAvatarRequest c) {
            return Duration.ofSeconds(c.duration() == null ? 10 : c.duration());
        }
        double seconds = 0;
        boolean known = false;
        for (SpeakerSlot s : SpeakerSlot.of(request)) {
            if (s.script() != null) {
                double speed = s.settings() == null || s.settings().speed() == null ? 1 : s.settings().speed();
                String spoken = Breaks.spoken(s.script());
                int words = spoken.isEmpty() ? 0 : spoken.split("\\s+").length;
                seconds += words / WORDS_PER_SECOND / Math.max(0.5, speed) + Breaks.pauseSeconds(s.script());
                known = true;
            }
        }
        if (request instanceof StudioVideoRequest st && st.scenes() != null) {
            for (StudioScene scene : st.scenes()) {
                if (scene instanceof ImageScene img && img.duration() != null) {
                    seconds += img.duration();
                    known = true;
                } else if (scene instanceof StudioScene.Clip) {
                    seconds += CLIP_GUESS.toSeconds();
                    known = true;
                }
            }
        }
        return known ? Duration.ofMillis(Math.round(seconds * 1000)) : null;
    }

    /** The expected render time, or null when the video's length is unknown. */
    public static Duration renderTime(VideoRequest request) {
        Duration length = videoLength(request);
        return length == null ? null : Duration.ofMinutes(1).plus(length.multipliedBy(10));
    }
}
