package dev.heygenkit;

/** HTTP 409: a conflicting request, e.g. {@code request_in_progress} for an idempotency key still being processed. */
public class ConflictException extends ApiException {
    /** Creates the error from the API's answer; see {@link ApiException}. */
    public ConflictException(int status, String code, String message, String param, String docUrl, String requestId, String hint) {
        super(status, code, message, param, docUrl, requestId, hint);
    }
}
