package dev.heygenkit.internal.render;

import java.time.Duration;

/**
 * How long a render is expected to take and what that rests on: the server's own word (the sandbox advertises its
 * clock), this account's recent renders in the journal, the caller's, or a rule of thumb. All but the rule of thumb are
 * shown to people; every kind sets the polling cap.
 *
 * @param time    expected time from creation to the final status, or null when nothing is known
 * @param basis   where it comes from
 * @param samples how many journaled renders it was learnt from (0 unless {@link Basis#HISTORY})
 */
public record Estimate(Duration time, Basis basis, int samples) {
    /** Nothing known: no expectation, polling on the plain schedule. */
    public static final Estimate NONE = new Estimate(null, Basis.GUESS, 0);

    /** Where an estimate comes from. */
    public enum Basis {
        /** The server said how long this video takes (the sandbox does). */
        SERVER,
        /** The caller said, passing a {@code Duration} of its own. */
        GIVEN,
        /** Learnt from this account's recent renders of the same kind in the render journal. */
        HISTORY,
        /** A rule of thumb from the video's length: a fallback, too rough to show. */
        GUESS
    }

    /** An estimate the caller vouches for, e.g. from an explicit {@code Duration} argument. */
    public static Estimate given(Duration time) {
        return time == null ? NONE : new Estimate(time, Basis.GIVEN, 0);
    }

    /** What is left of it after {@code elapsed} has passed (never below zero), on the same basis. */
    public Estimate after(Duration elapsed) {
        if (time == null || elapsed == null || elapsed.compareTo(Duration.ZERO) <= 0) {
            return this;
        }
        Duration left = time.minus(elapsed);
        return new Estimate(left.isNegative() ? Duration.ZERO : left, basis, samples);
    }

    /** Whether it means something to a person: known and not a rule of thumb. */
    public boolean meaningful() {
        return time != null && basis != Basis.GUESS;
    }

    /** The time when it is {@link #meaningful()}, else null: what progress lines and job summaries show. */
    public Duration shown() {
        return meaningful() ? time : null;
    }
}
