package dev.heygenkit;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * What a batch run left in its output folder: every row with its video, the manifest files, and whether the run
 * finished. Run the same batch on the same folder again to resume it. Iterating gives the rows in data order.
 *
 * <pre>{@code BatchResult r = batch.run(client, Path.of("results"));
 * r.failed().forEach(row -> System.out.println(row.row() + ": " + row.failureMessage()));}</pre>
 */
public final class BatchResult implements Iterable<BatchRow> {
    private final List<BatchRow> rows;
    private final Path dir;
    private final boolean timedOut;
    private final HeyGenException stoppedBy;
    private final long statusCalls;

    BatchResult(List<BatchRow> rows, Path dir, boolean timedOut, HeyGenException stoppedBy, long statusCalls) {
        this.rows = List.copyOf(rows);
        this.dir = dir;
        this.timedOut = timedOut;
        this.stoppedBy = stoppedBy;
        this.statusCalls = statusCalls;
    }

    /** Every row, in data order. */
    public List<BatchRow> rows() {
        return rows;
    }

    @Override
    public Iterator<BatchRow> iterator() {
        return rows.iterator();
    }

    /** Rows whose video completed. */
    public List<BatchRow> completed() {
        return rows.stream().filter(BatchRow::isCompleted).toList();
    }

    /** Rows that ended without a video (failed, refused or invalid). */
    public List<BatchRow> failed() {
        return rows.stream().filter(BatchRow::isFailed).toList();
    }

    /** Rows not finished when the run stopped (pending or unsent); running again picks them up. */
    public List<BatchRow> unfinished() {
        return rows.stream().filter(r -> !r.isCompleted() && !r.isFailed()).toList();
    }

    /** Whether every row finished, one way or the other. */
    public boolean isFinished() {
        return unfinished().isEmpty();
    }

    /** Whether the run's timeout passed before every row finished. */
    public boolean timedOut() {
        return timedOut;
    }

    /** What stopped sending early (out of credit, a rejected key), or null. */
    public HeyGenException stoppedBy() {
        return stoppedBy;
    }

    /** The output folder. */
    public Path dir() {
        return dir;
    }

    /** {@code manifest.csv}: one line per row with its video id, status, URL, failure and file, then its own columns. */
    public Path manifestCsv() {
        return dir.resolve("manifest.csv");
    }

    /** {@code manifest.jsonl}: the same, one JSON object per line. */
    public Path manifestJsonl() {
        return dir.resolve("manifest.jsonl");
    }

    /** Bulk status calls this run made (each covers up to 100 videos). */
    public long statusCalls() {
        return statusCalls;
    }

    /** A summary line, then up to 20 rows as a table. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("BatchResult[" + rows.size() + " rows: " + completed().size() + " completed, "
                + failed().size() + " failed, " + unfinished().size() + " unfinished" + (timedOut ? ", timed out" : "")
                + "; " + manifestCsv() + "]");
        for (BatchRow r : rows.subList(0, Math.min(20, rows.size()))) {
            b.append(String.format("%n  %5d  %-10s %-24s %s", r.row(), r.status(), r.videoId() == null ? "-" : r.videoId(),
                    r.isFailed() ? (r.failureCode() == null ? "" : r.failureCode()) : r.file() != null
                            ? r.file().getFileName().toString() : r.videoUrl() == null ? "" : "(url)"));
        }
        if (rows.size() > 20) {
            b.append(String.format("%n  … %d more in %s", rows.size() - 20, manifestCsv()));
        }
        return b.toString();
    }
}
