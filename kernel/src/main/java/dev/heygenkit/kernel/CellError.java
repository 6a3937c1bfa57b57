package dev.heygenkit.kernel;

/** A cell threw an {@link Error} (such as {@link StackOverflowError}); Jupyter shows the original type in the message. */
public final class CellError extends Exception {
    private static final long serialVersionUID = 1L;

    /** Wraps what the cell threw. */
    public CellError(Throwable thrown) {
        super(thrown.getClass().getName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()), thrown);
    }
}
