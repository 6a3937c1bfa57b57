package dev.heygenkit.kernel;

/** A line magic was unknown, malformed or failed; the message names the magic and what to do. */
public final class MagicException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a one-line message. */
    public MagicException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
