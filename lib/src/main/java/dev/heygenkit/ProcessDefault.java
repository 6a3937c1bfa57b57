package dev.heygenkit;

import java.util.concurrent.atomic.AtomicReference;

/** Holds {@link ProgressListener#processDefault()} out of sight: a type nested in an interface is always public. */
final class ProcessDefault {
    static final AtomicReference<ProgressListener> CURRENT = new AtomicReference<>(ProgressListener.NONE);

    private ProcessDefault() {
    }
}
