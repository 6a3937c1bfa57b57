package dev.heygenkit;

/** HTTP 401: the API key is missing on the wire, wrong or revoked. */
public class AuthenticationException extends ApiException {
    /** Creates the error from the API's answer; see {@link ApiException}. */
    public AuthenticationException(int status, String code, String message, String param, String docUrl, String requestId, String hint) {
        super(status, code, message, param, docUrl, requestId, hint);
    }
}
