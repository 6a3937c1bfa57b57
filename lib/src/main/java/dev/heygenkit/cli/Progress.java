package dev.heygenkit.cli;

import dev.heygenkit.ProgressEvent;
import dev.heygenkit.ProgressListener;

import java.io.PrintStream;

/**
 * Render and download progress on stderr. At a terminal one line is rewritten in place (status, elapsed, estimate,
 * bytes); otherwise only lasting facts are printed, one line each: submitted, every status change, finished, saved.
 */
final class Progress implements ProgressListener {
    private static final String CLEAR = "\r\033[K";
    private final PrintStream err;
    private final boolean live;
    private final boolean quiet;
    private boolean lineShown;
    private long lastDraw;
    private Object lastDownload;
    private String lastBatch;

    Progress(PrintStream err, boolean live, boolean quiet) {
        this.err = err;
        this.live = live;
        this.quiet = quiet;
    }

    @Override
    public synchronized void onEvent(ProgressEvent event) {
        if (quiet) {
            return;
        }
        if (event instanceof ProgressEvent.BatchProgress b) {
            batch(b);
            return;
        }
        boolean transientLine = event instanceof ProgressEvent.Polled || event instanceof ProgressEvent.Downloading
                || event instanceof ProgressEvent.Training t && !t.finished();
        if (transientLine) {
            if (live) {
                long now = System.nanoTime();
                // Byte counts arrive per chunk; redrawing more than ~10 times a second only flickers. The first line
                // of each download is always drawn so every file announces itself.
                Object download = event instanceof ProgressEvent.Downloading d ? d.target() : null;
                if (download != null && download.equals(lastDownload) && now - lastDraw < 100_000_000L) {
                    return;
                }
                lastDownload = download;
                lastDraw = now;
                err.print(CLEAR + Escapes.message(event.message()));
                err.flush();
                lineShown = true;
            }
            return;
        }
        say(event.message());
    }

    /** A batch's counts: the live line at a terminal, else one line whenever a count changed. */
    private void batch(ProgressEvent.BatchProgress b) {
        String counts = b.submitted() + "/" + b.completed() + "/" + b.failed();
        if (live) {
            err.print(CLEAR + Escapes.message(b.message()));
            err.flush();
            lineShown = true;
        } else if (!counts.equals(lastBatch)) {
            err.println(Escapes.message(b.message()));
        }
        lastBatch = counts;
    }

    /** Prints a lasting line, clearing the live line first. */
    synchronized void say(String line) {
        if (quiet) {
            return;
        }
        if (lineShown) {
            err.print(CLEAR);
            lineShown = false;
        }
        err.println(Escapes.message(line));
    }

    /** Removes the live line, if any, so the next output starts clean. */
    synchronized void finish() {
        if (lineShown) {
            err.print(CLEAR);
            err.flush();
            lineShown = false;
        }
    }
}
