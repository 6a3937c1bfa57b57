package dev.heygenkit;

/** HTTP 403: the key is valid but may not use this resource or feature. */
public class PermissionDeniedException extends ApiException {
    /** Creates the error from the API's answer; see {@link ApiException}. */
    public PermissionDeniedException(int status, String code, String message, String param, String docUrl, String requestId, String hint) {
        super(status, code, message, param, docUrl, requestId, hint);
    }
}
