package dev.heygenkit;

/**
 * A new look or a voice clone ended {@code failed}: HeyGen could not train it from what was sent. Create it again with
 * another photo, prompt, video or recording.
 */
public class TrainingFailedException extends HeyGenException {
    private final String what;
    private final String id;
    private final String failureCode;
    private final String failureMessage;

    /** Creates the error for {@code what} ({@code look}, {@code voice}) {@code id} and the API's reason. */
    public TrainingFailedException(String what, String id, String failureCode, String failureMessage) {
        super("training_failed", "The " + what + " " + id + " failed to train" + (failureCode == null ? "" : " (" + failureCode + ")")
                        + (failureMessage == null ? "." : ": " + failureMessage),
                what.equals("voice") ? "Clone it again from a clean recording of one speaker (about a minute, no music)."
                        : "Create it again; photos work best front-facing, well lit, one face, 512×512 or more.");
        this.what = what;
        this.id = id;
        this.failureCode = failureCode;
        this.failureMessage = failureMessage;
    }

    /** What failed: {@code look} or {@code voice}. */
    public String what() {
        return what;
    }

    /** The id of the look or voice that failed. */
    public String id() {
        return id;
    }

    /** The API's failure code, or null. */
    public String failureCode() {
        return failureCode;
    }

    /** The API's failure message, or null. */
    public String failureMessage() {
        return failureMessage;
    }
}
