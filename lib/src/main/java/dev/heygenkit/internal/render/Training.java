package dev.heygenkit.internal.render;

import dev.heygenkit.HeyGenException;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.TrainingTimeoutException;
import dev.heygenkit.api.Look;
import dev.heygenkit.api.Looks;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.api.Voices;
import dev.heygenkit.internal.http.Bytes;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * What the {@link Waiter} polls while a new look or a voice clone trains. A look is ready when it is
 * {@code completed} and has its preview (HeyGen sets the preview last); waiting also ends at {@code failed} and at
 * {@code pending_consent}, which needs the person's consent before anything happens. Expected training times are
 * HeyGen's published ranges: 30–90 s for a photo, 1–3 min for a prompt; digital twins and clones are guesses.
 */
public final class Training {
    private static final Set<String> LOOK_FINAL = Set.of("completed", "failed", "pending_consent");
    private static final Set<String> VOICE_FINAL = Set.of("complete", "completed", "failed");

    private Training() {
    }

    /** The expected training time of a look made this way ({@code photo}, {@code prompt}, {@code digital_twin}). */
    public static Duration estimate(String kind) {
        return switch (kind) {
            case "prompt" -> Duration.ofMinutes(2);
            case "digital_twin" -> Duration.ofMinutes(10);
            default -> Duration.ofMinutes(1);
        };
    }

    /** The expected time to clone a voice. */
    public static Duration cloneEstimate() {
        return Duration.ofMinutes(1);
    }

    /** A new look; its status reads {@code processing} until its preview is set too. */
    public static Waiter.Target<Look> look(Looks looks, String lookId) {
        return new Subject<>("look", lookId, looks::get, Training::lookStatus, LOOK_FINAL, "client.looks().get");
    }

    /** A cloned voice, final at {@code complete} or {@code failed}. */
    public static Waiter.Target<VoiceInfo> voice(Voices voices, String voiceId) {
        return new Subject<>("voice", voiceId, voices::get,
                v -> v.status() == null ? "complete" : v.status().trim().toLowerCase(Locale.ROOT), VOICE_FINAL,
                "client.voices().get");
    }

    /** Public looks carry no status: they are ready. A completed look without its preview is not yet. */
    static String lookStatus(Look l) {
        String s = l.status() == null ? "completed" : l.status().trim().toLowerCase(Locale.ROOT);
        return s.equals("completed") && l.previewImageUrl() == null ? "processing" : s;
    }

    /** A look or a voice as the waiter sees it: changes are notes, polls and the end {@link ProgressEvent.Training}. */
    private record Subject<T>(String what, String id, Function<String, T> get, Function<T, String> status,
                              Set<String> finals, String getter) implements Waiter.Target<T> {
        @Override
        public T read() {
            return get.apply(id);
        }

        @Override
        public String status(T value) {
            return status.apply(value);
        }

        @Override
        public boolean isFinal(String s) {
            return finals.contains(s);
        }

        @Override
        public ProgressEvent changed(String from, String to, Duration elapsed) {
            return new ProgressEvent.Note(describe() + ": " + from + " -> " + to + " after " + Bytes.clock(elapsed));
        }

        @Override
        public ProgressEvent polled(String s, Duration elapsed, Duration estimate, Duration nextPoll) {
            return new ProgressEvent.Training(what, id, s, false, elapsed, estimate, nextPoll);
        }

        @Override
        public ProgressEvent finished(String s, Duration elapsed) {
            return new ProgressEvent.Training(what, id, s, true, elapsed, null, null);
        }

        @Override
        public RuntimeException timedOut(String s, Duration waited) {
            return new TrainingTimeoutException(what, id, s, waited);
        }

        @Override
        public RuntimeException interrupted(String s, Throwable cause) {
            return new HeyGenException("interrupted", "Waiting for " + describe() + " (last " + s + ") was interrupted.",
                    "It keeps training; check it with " + getter + "(\"" + id + "\").", cause);
        }

        @Override
        public String describe() {
            return what + " " + id;
        }
    }
}
