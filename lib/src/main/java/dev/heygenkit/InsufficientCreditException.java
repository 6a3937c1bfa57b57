package dev.heygenkit;

/** HTTP 402 {@code insufficient_credit}: the account has too little credit for the request; nothing was created. */
public class InsufficientCreditException extends ApiException {
    /** Creates the error from the API's answer; see {@link ApiException}. */
    public InsufficientCreditException(int status, String code, String message, String param, String docUrl, String requestId, String hint) {
        super(status, code, message, param, docUrl, requestId, hint);
    }
}
