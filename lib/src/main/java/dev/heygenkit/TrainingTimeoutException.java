package dev.heygenkit;

import java.time.Duration;

/**
 * Waiting for a new look or a voice clone ran past its deadline. Nothing was created twice: it keeps training on the
 * server, so check it later with {@code client.looks().get(id)} or {@code client.voices().get(id)}.
 */
public class TrainingTimeoutException extends HeyGenException {
    private final String what;
    private final String id;
    private final String lastStatus;
    private final transient Duration waited;

    /** Creates the error for {@code what} ({@code look}, {@code voice}) {@code id}, still {@code lastStatus}. */
    public TrainingTimeoutException(String what, String id, String lastStatus, Duration waited) {
        super("timeout", capitalized(what) + " " + id + " is still " + lastStatus + " after waiting "
                        + RenderTimeoutException.human(waited) + "; it keeps training and was not created again.",
                "Wait longer with a longer deadline, or check it later with client." + (what.equals("voice") ? "voices" : "looks")
                        + "().get(\"" + id + "\").");
        this.what = what;
        this.id = id;
        this.lastStatus = lastStatus;
        this.waited = waited;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** What was waited for: {@code look} or {@code voice}. */
    public String what() {
        return what;
    }

    /** The id of the look or voice that is still training. */
    public String id() {
        return id;
    }

    /** The last status seen, e.g. {@code processing}. */
    public String lastStatus() {
        return lastStatus;
    }

    /** How long the wait lasted. */
    public Duration waited() {
        return waited;
    }
}
