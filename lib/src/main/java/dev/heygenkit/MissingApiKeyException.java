package dev.heygenkit;

/** No API key was found in any of the places the kit looks; the message lists them and mentions the sandbox. */
public class MissingApiKeyException extends HeyGenException {
    /** Creates the error with the list of places searched. */
    public MissingApiKeyException(String message, String hint) {
        super("missing_api_key", message, hint);
    }
}
