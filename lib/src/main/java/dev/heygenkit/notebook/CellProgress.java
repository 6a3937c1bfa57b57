package dev.heygenkit.notebook;

import dev.heygenkit.internal.http.Bytes;

import dev.heygenkit.ProgressEvent;
import dev.heygenkit.ProgressListener;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Shows render and download progress in the running notebook cell: one display per cell, a line per video, upload and
 * download, replaced in place as events arrive. Runs of frequent events (download chunks, polls in a row) update it at
 * most every {@link #MIN_INTERVAL}; anything else updates it at once. Outside a kernel it does nothing.
 */
final class CellProgress implements ProgressListener {
    /** The shortest time between two updates caused by frequent events. */
    static final Duration MIN_INTERVAL = Duration.ofMillis(250);
    /** Notes and warnings kept on a board; older ones scroll away. */
    static final int MAX_NOTES = 6;

    private static final System.Logger LOG = System.getLogger(CellProgress.class.getName());

    private final LongSupplier nanoTime;
    private final Supplier<KernelBridge> kernels;
    private Board board = new Board();
    private Object cell;
    private DisplayHandle handle;
    private long lastShown;
    private Class<?> lastKind;

    /** Progress shown in the kernel {@link Notebook} finds, timed by {@code nanoTime}. */
    CellProgress(LongSupplier nanoTime) {
        this(nanoTime, Notebook::firstKernel);
    }

    /** Progress shown in whatever kernel {@code kernels} returns at event time (null: none). */
    CellProgress(LongSupplier nanoTime, Supplier<KernelBridge> kernels) {
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.kernels = Objects.requireNonNull(kernels, "kernels");
    }

    @Override
    public synchronized void onEvent(ProgressEvent event) {
        try {
            long now = nanoTime.getAsLong();
            // Download chunks and back-to-back polls come fast; a status change after them is always shown.
            boolean frequent = (event instanceof ProgressEvent.Polled || event instanceof ProgressEvent.Downloading
                    || event instanceof ProgressEvent.BatchProgress) && lastKind == event.getClass();
            if (frequent && board.has(event) && now - lastShown < MIN_INTERVAL.toNanos()) {
                board.apply(event);
                return;
            }
            KernelBridge kernel = kernels.get();
            if (kernel == null) {
                return;
            }
            Object key = kernel.cellKey();
            // A new cell gets a new display. Without a cell counter, a new operation after everything finished does.
            boolean newCell = !Objects.equals(key, cell)
                    || (handle != null && key == null && board.allDone() && !board.has(event));
            if (newCell) {
                board = new Board();
                cell = key;
                handle = null;
            }
            board.apply(event);
            if (handle == null && board.isEmpty()) {
                // A submit alone shows nothing: the job's own value says it, and a wait that follows adds the line.
                return;
            }
            Html shown = board.html();
            if (handle == null) {
                handle = Notebook.show(kernel, shown);
            } else {
                handle.update(shown);
            }
            lastShown = now;
            lastKind = event.getClass();
        } catch (RuntimeException e) {
            // Progress is a courtesy: it must never cost the user their render.
            LOG.log(System.Logger.Level.DEBUG, "progress display failed", e);
        }
    }

    /** What one cell's display shows. */
    static final class Board {
        private final Map<String, Row> rows = new LinkedHashMap<>();
        private final Deque<String[]> notes = new ArrayDeque<>();
        /** Videos submitted as resumed from the journal, marked so once their line appears. */
        private final java.util.Set<String> resumed = new java.util.HashSet<>();

        boolean has(ProgressEvent event) {
            String key = key(event);
            return key != null && rows.containsKey(key);
        }

        /** Whether something was shown and all of it finished; notes alone (before a render) do not count. */
        boolean allDone() {
            return !rows.isEmpty() && rows.values().stream().allMatch(r -> r.done);
        }

        /** Whether there is nothing to show: no row and no note. */
        boolean isEmpty() {
            return rows.isEmpty() && notes.isEmpty();
        }

        void apply(ProgressEvent event) {
            if (event instanceof ProgressEvent.Note note) {
                note(note.message(), null);
                return;
            }
            if (event instanceof ProgressEvent.Warning warning) {
                note("⚠ " + warning.message(), "#8a5a00");
                return;
            }
            if (event instanceof ProgressEvent.Submitted s) {
                // The create call follows the uploads, so they are done once a video exists. The video itself gets
                // its line when someone waits for it; until then the submitted job's own value shows it.
                rows.values().stream().filter(r -> "upload".equals(r.kind)).forEach(r -> r.done = true);
                Row row = rows.get(key(event));
                if (s.resumed()) {
                    resumed.add(s.videoId());
                }
                if (row != null) {
                    row.resumed = s.resumed();
                }
                return;
            }
            Row row = rows.computeIfAbsent(key(event), k -> new Row());
            if (event instanceof ProgressEvent.Downloading || event instanceof ProgressEvent.Downloaded
                    || event instanceof ProgressEvent.BatchProgress || event instanceof ProgressEvent.Uploading) {
                transfer(row, event);
            } else {
                waiting(row, event);
            }
        }

        /** A status change, poll, end or training step of something being waited for. */
        private void waiting(Row row, ProgressEvent event) {
            if (event instanceof ProgressEvent.StatusChanged c) {
                video(row, c.videoId(), String.valueOf(c.to()), c.elapsed());
                row.done = c.to().isTerminal();
                row.failed = c.to().isFailed();
            } else if (event instanceof ProgressEvent.Polled p) {
                video(row, p.videoId(), String.valueOf(p.status()), p.elapsed());
                row.estimate = p.estimate();
                row.remaining = p.remaining();
                row.nextPoll = p.nextPoll();
            } else if (event instanceof ProgressEvent.Finished f) {
                video(row, f.videoId(), String.valueOf(f.status()), f.elapsed());
                row.done = true;
                row.failed = f.status().isFailed();
            } else if (event instanceof ProgressEvent.Training t) {
                // Training follows the uploads and the create call, so they are done by now.
                rows.values().stream().filter(r -> "upload".equals(r.kind)).forEach(r -> r.done = true);
                video(row, t.id(), t.status(), t.elapsed());
                row.kind = t.what();
                row.estimate = t.estimate();
                row.remaining = t.remaining();
                row.nextPoll = t.nextPoll();
                row.done = t.finished();
                row.failed = t.status().equals("failed");
            }
        }

        /** An upload, a download or a batch's count of finished rows. */
        private void transfer(Row row, ProgressEvent event) {
            if (event instanceof ProgressEvent.Uploading u) {
                row.kind = "upload";
                row.label = u.file().getFileName().toString();
                row.total = u.bytes();
            } else if (event instanceof ProgressEvent.Downloading d) {
                row.kind = "download";
                row.label = d.what() + " to " + d.target().getFileName();
                row.bytes = d.bytes();
                row.total = d.total();
            } else if (event instanceof ProgressEvent.Downloaded d) {
                row.kind = "download";
                row.label = d.what() + " to " + d.target();
                row.bytes = d.bytes();
                row.total = d.bytes();
                row.done = true;
            } else if (event instanceof ProgressEvent.BatchProgress b) {
                row.kind = "batch";
                row.label = b.message();
                row.bytes = b.done();
                row.total = b.total();
                row.done = b.done() >= b.total();
            }
        }

        private void video(Row row, String id, String status, Duration elapsed) {
            row.resumed = row.resumed || resumed.contains(id);
            row.kind = "video";
            row.label = id;
            row.status = status;
            row.elapsed = elapsed;
        }

        private void note(String text, String colour) {
            // A batch repeats the same note per video; once is enough.
            if (notes.stream().anyMatch(n -> n[0].equals(text))) {
                return;
            }
            notes.addLast(new String[]{text, colour});
            while (notes.size() > MAX_NOTES) {
                notes.removeFirst();
            }
        }

        private static String key(ProgressEvent event) {
            if (event instanceof ProgressEvent.Uploading u) {
                return "upload:" + u.file();
            } else if (event instanceof ProgressEvent.Submitted s) {
                return "video:" + s.videoId();
            } else if (event instanceof ProgressEvent.StatusChanged c) {
                return "video:" + c.videoId();
            } else if (event instanceof ProgressEvent.Polled p) {
                return "video:" + p.videoId();
            } else if (event instanceof ProgressEvent.Finished f) {
                return "video:" + f.videoId();
            } else if (event instanceof ProgressEvent.Training t) {
                return t.what() + ":" + t.id();
            } else if (event instanceof ProgressEvent.Downloading d) {
                return "download:" + d.target();
            } else if (event instanceof ProgressEvent.Downloaded d) {
                return "download:" + d.target();
            } else if (event instanceof ProgressEvent.BatchProgress) {
                return "batch";
            }
            return null;
        }

        Html html() {
            StringBuilder html = new StringBuilder("<div class=\"heygen-progress\">");
            StringJoiner text = new StringJoiner("\n");
            for (String[] note : notes) {
                html.append("<div style=\"font-family:monospace;color:").append(note[1] == null ? "#666" : note[1])
                        .append("\">").append(Html.escape(note[0])).append("</div>");
                text.add(note[0]);
            }
            for (Row row : rows.values()) {
                html.append(row.html());
                text.add(row.text());
            }
            return Html.of(html.append("</div>").toString(), text.toString());
        }
    }

    /** One video, upload or download. */
    private static final class Row {
        String kind = "video";
        String label = "";
        String status;
        boolean resumed;
        boolean done;
        boolean failed;
        Duration elapsed;
        Duration estimate;
        Duration remaining;
        Duration nextPoll;
        long bytes;
        long total = -1;

        String symbol() {
            if (failed) {
                return RenderViews.FAILED;
            }
            if (done) {
                return RenderViews.DONE;
            }
            return switch (kind) {
                case "upload" -> "⬆";
                case "download" -> "⬇";
                default -> RenderViews.RUNNING;
            };
        }

        String text() {
            return symbol() + " " + switch (kind) {
                case "upload" -> (done ? "uploaded " : "uploading ") + label + " (" + Bytes.human(total) + ")";
                case "download" -> (done ? "saved " : "downloading ") + label + ": " + amount();
                case "batch" -> label;
                default -> kind + " " + label + " " + status + details();
            };
        }

        String html() {
            String colour = failed ? "#b3261e" : done ? "#1e7b34" : null;
            StringBuilder html = new StringBuilder(RenderViews.line(symbol(), colour));
            switch (kind) {
                case "upload" -> html.append(done ? "uploaded " : "uploading ").append(Html.escape(label))
                        .append(" (").append(Bytes.human(total)).append(')');
                case "download" -> {
                    html.append(done ? "saved " : "downloading ").append(Html.escape(label)).append(": ")
                            .append(amount());
                    if (!done && total > 0) {
                        html.append(" <progress max=\"").append(total).append("\" value=\"").append(bytes)
                                .append("\"></progress>");
                    }
                }
                case "batch" -> {
                    html.append(Html.escape(label));
                    if (!done && total > 0) {
                        html.append(" <progress max=\"").append(total).append("\" value=\"").append(bytes)
                                .append("\"></progress>");
                    }
                }
                default -> {
                    html.append(Html.escape(kind)).append(" <code>").append(Html.escape(label)).append("</code> <b>")
                            .append(Html.escape(status)).append("</b>").append(Html.escape(details()));
                    if (!done && estimate != null && elapsed != null && !estimate.isZero()) {
                        long max = Math.max(1, estimate.toSeconds());
                        html.append(" <progress max=\"").append(max).append("\" value=\"")
                                .append(Math.min(max, elapsed.toSeconds())).append("\"></progress>");
                    }
                }
            }
            return html.append("</div>").toString();
        }

        private String amount() {
            if (done || total <= 0) {
                return Bytes.human(bytes);
            }
            return Bytes.human(bytes) + " of " + Bytes.human(total) + " ("
                    + Math.round(100.0 * bytes / total) + " %)";
        }

        private String details() {
            StringBuilder out = new StringBuilder();
            if (elapsed != null) {
                out.append(" after ").append(RenderViews.clock(elapsed));
            }
            if (!done && remaining != null) {
                out.append(remaining.isZero() ? " · taking longer than estimated"
                        : " · about " + RenderViews.clock(remaining) + " left");
            }
            if (!done && nextPoll != null) {
                out.append(" · next check in ").append(RenderViews.clock(nextPoll.plusMillis(500)));
            }
            if (resumed) {
                out.append(" · resumed from the render journal");
            }
            return out.toString();
        }
    }
}
