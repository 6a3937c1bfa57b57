package dev.heygenkit;

/**
 * An error answer from the HeyGen API: HTTP status, API code, the offending parameter, request id and a hint.
 * Subclasses name the common statuses so callers can catch what they can handle.
 */
public class ApiException extends HeyGenException {
    private final int status;
    private final String param;
    private final String docUrl;
    private final String requestId;

    /** Creates an API error from its parts; any of param, docUrl, requestId and hint may be null. */
    public ApiException(int status, String code, String message, String param, String docUrl, String requestId, String hint) {
        super(code, message, hint);
        this.status = status;
        this.param = param;
        this.docUrl = docUrl;
        this.requestId = requestId;
    }

    /** The HTTP status code of the answer. */
    public int status() {
        return status;
    }

    /** The request parameter the API blamed, e.g. {@code avatar_id}, or null. */
    public String param() {
        return param;
    }

    /** A documentation link the API sent, or null. */
    public String docUrl() {
        return docUrl;
    }

    /** The {@code X-Request-Id} of the failed call, for HeyGen support, or null. */
    public String requestId() {
        return requestId;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + status + " " + code() + (param == null ? "" : " param=" + param)
                + (requestId == null ? "" : " request_id=" + requestId) + "]: " + getMessage();
    }
}
