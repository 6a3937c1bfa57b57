package dev.heygenkit;

import java.nio.file.Path;

/**
 * A download did not produce its file: the target exists, the file is not available, the storage host refused, or
 * the stream broke. No partial file is left at the target.
 */
public class DownloadException extends HeyGenException {
    private final transient Path target;

    /** Creates the error with a code such as {@code download_exists}, {@code download_interrupted}. */
    public DownloadException(String code, String message, String hint, Path target, Throwable cause) {
        super(code, message, hint, cause);
        this.target = target;
    }

    /** The file that was to be written. */
    public Path target() {
        return target;
    }
}
