package dev.heygenkit.kernel;

import java.util.List;

/** Java in a cell did not compile; Jupyter shows it as {@code CompilationException} with the offending lines marked. */
public final class CompilationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<String> details;

    /**
     * Creates the exception.
     *
     * @param message the first error, one line
     * @param details every error with its line of code and a marker under the offending part
     */
    public CompilationException(String message, List<String> details) {
        super(message, null, false, false);
        this.details = List.copyOf(details);
    }

    /** Every error with its code line and marker, as traceback lines. */
    public List<String> details() {
        return details;
    }
}
