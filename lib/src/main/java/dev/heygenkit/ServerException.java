package dev.heygenkit;

/** HTTP 5xx: HeyGen failed to answer; safe calls were already retried. */
public class ServerException extends ApiException {
    /** Creates the error from the API's answer; see {@link ApiException}. */
    public ServerException(int status, String code, String message, String param, String docUrl, String requestId, String hint) {
        super(status, code, message, param, docUrl, requestId, hint);
    }
}
