package dev.heygenkit;

import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Receives progress of renders and downloads. The library never prints; the process-wide default discards events
 * until something (the CLI, a notebook) replaces it. A client's own listener, and a listener passed to one call,
 * take precedence in that order.
 *
 * <pre>{@code ProgressListener.replaceProcessDefault(ProgressListener.lines(System.err));}</pre>
 */
@FunctionalInterface
public interface ProgressListener {
    /** Discards every event. */
    ProgressListener NONE = event -> { };

    /** Called for each event, on the thread doing the work; must return quickly and not throw. */
    void onEvent(ProgressEvent event);

    /** The process-wide default listener, {@link #NONE} until replaced. */
    static ProgressListener processDefault() {
        return ProcessDefault.CURRENT.get();
    }

    /** Replaces the process-wide default (null restores {@link #NONE}) and returns the previous one. */
    static ProgressListener replaceProcessDefault(ProgressListener listener) {
        return ProcessDefault.CURRENT.getAndSet(listener == null ? NONE : listener);
    }

    /** A listener forwarding each event's one-line message to a consumer. */
    static ProgressListener lines(Consumer<String> sink) {
        Objects.requireNonNull(sink, "sink");
        return event -> sink.accept(event.message());
    }

    /** A listener printing each event's one-line message to a stream, e.g. {@code System.err}. */
    static ProgressListener lines(PrintStream out) {
        Objects.requireNonNull(out, "out");
        return event -> out.println(event.message());
    }
}
