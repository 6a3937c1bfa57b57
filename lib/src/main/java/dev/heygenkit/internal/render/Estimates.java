package dev.heygenkit.internal.render;

import dev.heygenkit.api.CinematicAvatarRequest;
import dev.heygenkit.api.TemplateVideoRequest;
import dev.heygenkit.api.VideoRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.ImageScene;
import dev.heygenkit.api.StudioScene;
import dev.heygenkit.api.StudioVideoRequest;

import dev.heygenkit.HeyGenException;

import java.time.Duration;
import java.util.Optional;

/**
 * How long videos are and how long they take to render. A new video's render time comes from the server when it says
 * (the sandbox advertises each video's), else from this account's recent renders of the same mode in the journal
 * ({@link RenderHistory}), else from a rule of thumb: a minute plus ten times the video's length, with speech at about
 * 150 words a minute. They are expectations, never deadlines.
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

    /** The rule of thumb's render time, or null when the video's length is unknown. */
    public static Duration renderTime(VideoRequest request) {
        Duration length = videoLength(request);
        return length == null ? null : Duration.ofMillis(Math.round(guessSeconds(length.toMillis() / 1000.0) * 1000));
    }

    /** The rule of thumb in seconds for a video of {@code length} seconds: a minute plus ten times the length. */
    static double guessSeconds(double length) {
        return 60 + 10 * length;
    }

    /**
     * The expected render time of a video just created or resumed: what the server says about it, else what this
     * account's recent renders of the same mode took on this API, else the rule of thumb.
     */
    public static Estimate of(RenderContext ctx, VideoRequest request, String videoId) {
        Optional<Duration> told = ctx.transport().serverClock().renderTime(videoId);
        if (told.isPresent()) {
            return new Estimate(told.get(), Estimate.Basis.SERVER, 0);
        }
        Journal journal = ctx.journal();
        if (journal != null) {
            try {
                Estimate learnt = RenderHistory.estimate(journal.renderSamples(), ctx.base(), ctx.account(),
                        mode(request), videoLength(request));
                if (learnt != null) {
                    return learnt;
                }
            } catch (HeyGenException unreadable) {
                // An estimate is a courtesy: a journal that cannot be read now must not cost the render.
            }
        }
        Duration guess = renderTime(request);
        return guess == null ? Estimate.NONE : new Estimate(guess, Estimate.Basis.GUESS, 0);
    }

    /** The render mode journaled with a submit: avatar, image, studio, cinematic or template. */
    public static String mode(VideoRequest request) {
        if (request instanceof TemplateVideoRequest) {
            return "template";
        }
        if (request instanceof CinematicAvatarRequest) {
            return "cinematic";
        }
        return request instanceof CreateVideoRequest c ? c.type() : null;
    }
}
