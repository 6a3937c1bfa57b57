package dev.heygenkit;

/** Whether a download may replace an existing file. */
public enum Overwrite {
    /** Refuse when the target exists (the default). */
    NO,
    /** Replace the target atomically once the new file is complete. */
    YES
}
