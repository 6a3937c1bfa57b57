package dev.heygenkit;

/** HTTP 400 and other rejected requests: a parameter is missing, malformed or not allowed (see {@link #param()}). */
public class BadRequestException extends ApiException {
    /** Creates the error from the API's answer; see {@link ApiException}. */
    public BadRequestException(int status, String code, String message, String param, String docUrl, String requestId, String hint) {
        super(status, code, message, param, docUrl, requestId, hint);
    }
}
