package dev.heygenkit.internal.batch;

/** The output folder holds a run that the current data or spec cannot resume. */
public final class BatchConflictException extends IllegalStateException {
    private final String code;

    BatchConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The problem code, e.g. {@code row_changed}. */
    public String code() {
        return code;
    }
}
