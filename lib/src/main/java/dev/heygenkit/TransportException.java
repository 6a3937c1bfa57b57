package dev.heygenkit;

/** The request never got an HTTP answer: connection refused or reset, DNS, TLS, or an unreadable reply. */
public class TransportException extends HeyGenException {
    /** Creates the error with a code such as {@code network_error}. */
    public TransportException(String code, String message, String hint, Throwable cause) {
        super(code, message, hint, cause);
    }
}
