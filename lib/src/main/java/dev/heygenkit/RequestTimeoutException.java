package dev.heygenkit;

/**
 * No answer arrived within the operation's timeout. For a create call the request may still have been accepted;
 * the hint says how to check before trying again.
 */
public class RequestTimeoutException extends TransportException {
    /** Creates the timeout error. */
    public RequestTimeoutException(String message, String hint, Throwable cause) {
        super("timeout", message, hint, cause);
    }
}
