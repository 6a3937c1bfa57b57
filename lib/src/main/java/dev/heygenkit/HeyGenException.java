package dev.heygenkit;

/**
 * Base of every error the kit throws; unchecked, one line, never contains the API key.
 * {@link #code()} is a stable machine-readable code, {@link #hint()} says what to do next.
 */
public class HeyGenException extends RuntimeException {
    private final String code;
    private final String hint;

    /** Creates an error with a stable code, a one-line message and an optional hint. */
    public HeyGenException(String code, String message, String hint) {
        this(code, message, hint, null);
    }

    /** Creates an error with a stable code, a one-line message, an optional hint and a cause. */
    public HeyGenException(String code, String message, String hint, Throwable cause) {
        super(message, cause);
        this.code = code == null || code.isBlank() ? "error" : code;
        this.hint = hint;
    }

    /** The machine-readable error code, e.g. {@code invalid_parameter} or {@code missing_api_key}. */
    public String code() {
        return code;
    }

    /** What to do about it, or null when there is nothing more to say than the message. */
    public String hint() {
        return hint;
    }
}
