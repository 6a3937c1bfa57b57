package dev.heygenkit;

/** HTTP 404: the video, look, voice, asset or endpoint id does not exist (or is not yours). */
public class NotFoundException extends ApiException {
    /** Creates the error from the API's answer; see {@link ApiException}. */
    public NotFoundException(int status, String code, String message, String param, String docUrl, String requestId, String hint) {
        super(status, code, message, param, docUrl, requestId, hint);
    }
}
