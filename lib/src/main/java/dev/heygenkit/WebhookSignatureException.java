package dev.heygenkit;

/** A webhook delivery whose signature is missing or does not match the endpoint's secret; reject the delivery. */
public class WebhookSignatureException extends HeyGenException {
    /** Creates the error; the message never contains the secret. */
    public WebhookSignatureException(String message, String hint) {
        super("invalid_signature", message, hint);
    }
}
