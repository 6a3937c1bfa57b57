package dev.heygenkit.internal.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.ProgressListener;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.internal.render.Artifact;
import dev.heygenkit.internal.render.Downloader;
import dev.heygenkit.internal.render.RenderContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a prepared batch into an output folder, crash-safe: everything is journaled there ({@link BatchLog}), and the
 * same call on the same folder resumes — rows already submitted are never submitted again, finished ones are not
 * waited on again, interrupted downloads start over. Sending ({@link Submissions}), following ({@link Tracker}) and
 * downloading overlap; the manifest is written at the end, also when the run stops early.
 */
public final class BatchRunner {
    private final RenderContext ctx;
    private final BatchPlan plan;
    private final Path dir;
    private final BatchSettings settings;
    private final ProgressListener listener;

    public BatchRunner(RenderContext ctx, BatchPlan plan, Path dir, BatchSettings settings, ProgressListener listener) {
        this.ctx = ctx;
        this.plan = plan;
        this.dir = dir.toAbsolutePath().normalize();
        this.settings = settings;
        this.listener = listener;
    }

    /** Runs (or resumes) the batch; the plan must have no errors unless invalid rows are skipped. */
    public BatchOutcome run(String specText) {
        if (plan.hasErrors() && !settings.skipInvalid()) {
            throw new IllegalStateException("the batch has errors; check it first");
        }
        createFolder();
        try (BatchLog log = BatchLog.open(dir)) {
            BatchLog.State state = otherApi(log, log.read());
            start(log, state, specText);
            Map<Integer, BatchPlan.Item> items = new LinkedHashMap<>();
            plan.items().stream().filter(BatchPlan.Item::valid).forEach(i -> items.put(i.row().number(), i));
            refuseChangedRows(state, items);
            removeStaleDownloads();
            return new Run(log, state, items).go();
        }
    }

    private void createFolder() {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot create the output folder " + dir + " (" + e.getClass().getSimpleName()
                    + "); pass a folder you can write to", e);
        }
        if (!Files.isWritable(dir)) {
            throw new IllegalArgumentException("the output folder " + dir + " is not writable; pass a folder you can "
                    + "write to");
        }
    }

    /**
     * A folder's run belongs to the API it was sent to. Another local sandbox (a new one starts empty) cannot resume
     * it, so its journal is set aside and the run starts over; another real API is refused.
     */
    private BatchLog.State otherApi(BatchLog log, BatchLog.State state) {
        if (state.base == null || state.base.equals(ctx.base())) {
            return state;
        }
        if (loopback(state.base) && loopback(ctx.base())) {
            Path old = log.restart(ctx.clock().instant());
            listener.onEvent(new ProgressEvent.Note("the journal in " + dir + " belongs to another sandbox (" + state.base
                    + "), which is gone; starting over (the old journal is kept as " + old.getFileName() + ")"));
            return log.read();
        }
        throw new BatchConflictException(ProblemCodes.ROW_CHANGED, dir + " holds a batch run against " + state.base
                + ", not " + ctx.base() + "; use another output folder for this API");
    }

    private static boolean loopback(String base) {
        try {
            String host = java.net.URI.create(base).getHost();
            return host != null && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void start(BatchLog log, BatchLog.State state, String specText) {
        if (state.runId == null) {
            byte[] id = new byte[6];
            ThreadLocalRandom.current().nextBytes(id);
            state.runId = HexFormat.of().formatHex(id);
            state.spec = specText;
            ObjectNode n = BatchLog.event("run", ctx.clock().instant());
            n.put("run", state.runId).put("spec", specText).put("base", ctx.base());
            log.append(n, true);
        }
    }

    /** A row that was submitted must still make the same request, or resuming would mix two runs. */
    private static void refuseChangedRows(BatchLog.State state, Map<Integer, BatchPlan.Item> items) {
        List<Integer> changed = new ArrayList<>();
        for (BatchLog.RowRecord r : state.rows.values()) {
            BatchPlan.Item item = items.get(r.row);
            if (r.fingerprint != null && r.chunk >= 0 && item != null && !item.fingerprint().equals(r.fingerprint)) {
                changed.add(r.row);
            }
        }
        if (!changed.isEmpty()) {
            throw new BatchConflictException(ProblemCodes.ROW_CHANGED, "rows " + changed.subList(0, Math.min(10,
                    changed.size())) + (changed.size() > 10 ? " and " + (changed.size() - 10) + " more" : "")
                    + " were submitted from this output folder with other values; restore the data and spec of that "
                    + "run to resume it, or use a new output folder");
        }
    }

    /** Deletes partial downloads a killed run left behind ({@code .<name>.<random>.part}); they start over. */
    private void removeStaleDownloads() {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && n.endsWith(".part");
            }).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // leftovers are harmless: the next download writes a new temporary file
        }
    }

    /** One run's moving parts. */
    private final class Run {
        private final BatchLog log;
        private final BatchLog.State state;
        private final Map<Integer, BatchPlan.Item> items;
        private final ExecutorService senders;
        private final ExecutorService workers;
        private final Submissions submissions;
        private final Tracker tracker;
        private final List<Future<?>> sending = new ArrayList<>();
        private final List<Future<?>> downloading = new ArrayList<>();
        private final ConcurrentLinkedQueue<Integer> toDownload = new ConcurrentLinkedQueue<>();
        private final Instant started;

        Run(BatchLog log, BatchLog.State state, Map<Integer, BatchPlan.Item> items) {
            this.log = log;
            this.state = state;
            this.items = items;
            this.senders = Executors.newFixedThreadPool(settings.concurrency(), daemon("heygen-batch-send"));
            this.workers = Executors.newFixedThreadPool(Math.max(4, settings.downloads()), daemon("heygen-batch-work"));
            this.submissions = new Submissions(ctx, log, state, items, settings);
            this.tracker = new Tracker(ctx, log, state, workers,
                    settings.events() == null ? null : new EventFeed(settings.events()));
            this.started = ctx.clock().instant();
        }

        BatchOutcome go() {
            try {
                send();
                boolean timedOut = follow();
                return outcome(timedOut);
            } finally {
                senders.shutdownNow();
                workers.shutdownNow();
                writeManifest();
            }
        }

        private void send() {
            List<Integer> unsent = new ArrayList<>();
            for (int row : items.keySet()) {
                BatchLog.RowRecord r = state.rows.get(row);
                if (r == null || r.chunk < 0 && !r.terminal()) {
                    unsent.add(row);
                }
            }
            for (BatchLog.Chunk c : submissions.pending(unsent)) {
                boolean journaled = state.rows.containsKey(c.rows.get(0)) && state.row(c.rows.get(0)).chunk == c.index;
                sending.add(senders.submit(() -> sendAll(c, journaled)));
            }
        }

        private void sendAll(BatchLog.Chunk first, boolean journaled) {
            List<BatchLog.Chunk> queue = new ArrayList<>(List.of(first));
            boolean j = journaled;
            while (!queue.isEmpty()) {
                BatchLog.Chunk c = queue.remove(0);
                queue.addAll(submissions.send(c, j));
                j = false;
            }
        }

        /** Polls until every sent row finished and every download ended, or the timeout passes. */
        private boolean follow() {
            int quietRounds = 0;
            progress();
            while (true) {
                List<Integer> finished = tracker.round();
                queueDownloads(finished);
                progress();
                if (allDone()) {
                    return false;
                }
                if (settings.timeout() != null
                        && Duration.between(started, ctx.clock().instant()).compareTo(settings.timeout()) >= 0) {
                    return true;
                }
                quietRounds = finished.isEmpty() ? quietRounds + 1 : 0;
                sleep(ctx.schedule().delay(quietRounds, ThreadLocalRandom.current().nextDouble()));
            }
        }

        private boolean allDone() {
            boolean sendingDone = sending.stream().allMatch(Future::isDone);
            if (!sendingDone) {
                return false;
            }
            synchronized (state) {
                for (int row : items.keySet()) {
                    BatchLog.RowRecord r = state.rows.get(row);
                    boolean unsentForGood = r == null || r.chunk < 0 && !r.terminal();
                    BatchLog.Chunk c = r == null || r.chunk < 0 ? null : state.chunks.get(r.chunk);
                    boolean unanswered = c != null && !c.answered();
                    if (!unsentForGood && !unanswered && !r.terminal()) {
                        return false;
                    }
                }
            }
            return downloading.stream().allMatch(Future::isDone) && toDownload.isEmpty();
        }

        private void queueDownloads(List<Integer> finished) {
            if (!settings.download()) {
                return;
            }
            synchronized (state) {
                for (int row : items.keySet()) {
                    BatchLog.RowRecord r = state.rows.get(row);
                    BatchPlan.Item item = items.get(row);
                    if (r != null && "completed".equals(r.status) && item.file() != null
                            && !(r.file != null && Files.exists(dir.resolve(r.file))) && !toDownload.contains(row)
                            && (finished.contains(row) || r.file == null || !Files.exists(dir.resolve(item.file())))) {
                        toDownload.add(row);
                    }
                }
            }
            Integer row;
            while ((row = toDownload.poll()) != null) {
                int n = row;
                downloading.add(workers.submit(() -> download(n)));
            }
        }

        private void download(int row) {
            BatchLog.RowRecord r;
            synchronized (state) {
                r = state.row(row);
                if (r.file != null && Files.exists(dir.resolve(r.file))) {
                    return;
                }
            }
            String name = items.get(row).file();
            Path target = dir.resolve(name).normalize();
            if (!target.getParent().equals(dir)) {
                throw new IllegalStateException("refusing to write " + target + " outside " + dir);
            }
            VideoInfo known = new VideoInfo(r.videoId, VideoStatus.COMPLETED, null, null, null, null, r.videoUrl, null,
                    null, r.thumbnailUrl, null, r.duration, null, null, null, null);
            ProgressListener stopper = e -> {
                if (e instanceof ProgressEvent.Downloading d && d.bytes() == 0) {
                    CrashPoints.reach(CrashPoints.DOWNLOADING);
                }
            };
            try {
                new Downloader(ctx.transport(), ctx.sleeper(), stopper)
                        .download(known, () -> ctx.videos().get(r.videoId), Artifact.VIDEO, target, true);
                synchronized (state) {
                    r.file = name;
                    ObjectNode n = BatchLog.event("file", ctx.clock().instant());
                    n.put("row", row).put("file", name);
                    log.append(n, true);
                }
            } catch (HeyGenException e) {
                listener.onEvent(new ProgressEvent.Note("row " + row + ": download failed (" + e.getMessage()
                        + "); run again to retry it"));
            }
        }

        private void progress() {
            int total = items.size();
            int submitted = 0;
            int completed = 0;
            int failed = 0;
            synchronized (state) {
                for (int row : items.keySet()) {
                    BatchLog.RowRecord r = state.rows.get(row);
                    if (r == null) {
                        continue;
                    }
                    BatchLog.Chunk c = r.chunk < 0 ? null : state.chunks.get(r.chunk);
                    if (c != null && (c.batchId != null || c.videoId != null)) {
                        submitted++;
                    }
                    if ("completed".equals(r.status)) {
                        completed++;
                    } else if (r.terminal()) {
                        failed++;
                    }
                }
            }
            double minutes = Duration.between(started, ctx.clock().instant()).toMillis() / 60_000.0;
            double perMinute = minutes <= 0 ? 0 : (completed + failed) / minutes;
            int left = total - completed - failed;
            Duration eta = perMinute <= 0 || left == 0 ? null : Duration.ofSeconds((long) (left / perMinute * 60));
            listener.onEvent(new ProgressEvent.BatchProgress(total, submitted, completed, failed, perMinute, eta));
        }

        private BatchOutcome outcome(boolean timedOut) {
            List<BatchOutcome.Row> out = new ArrayList<>();
            synchronized (state) {
                for (BatchPlan.Item item : plan.items()) {
                    out.add(rowOutcome(item));
                }
            }
            return new BatchOutcome(out, timedOut, submissions.fatal(), tracker.statusCalls(), dir);
        }

        private BatchOutcome.Row rowOutcome(BatchPlan.Item item) {
            int n = item.row().number();
            BatchLog.RowRecord r = state.rows.get(n);
            if (!item.valid()) {
                return new BatchOutcome.Row(n, null, "invalid", null, null, null, "invalid_row", null, null,
                        item.row().values());
            }
            if (r == null) {
                return new BatchOutcome.Row(n, null, "unsent", null, null, null, null, null, null, item.row().values());
            }
            String status = r.status != null ? r.status : r.chunk < 0 ? "unsent" : "pending";
            return new BatchOutcome.Row(n, r.videoId, status, r.videoUrl, r.thumbnailUrl, r.duration, r.failureCode,
                    r.failureMessage, r.file, item.row().values());
        }

        private void writeManifest() {
            List<Manifest.Line> lines = new ArrayList<>();
            for (BatchOutcome.Row o : outcome(false).rows()) {
                Map<String, String> fixed = new LinkedHashMap<>();
                fixed.put("row", Integer.toString(o.row()));
                fixed.put("video_id", o.videoId());
                fixed.put("status", o.status());
                fixed.put("video_url", o.videoUrl());
                fixed.put("failure_code", o.failureCode());
                fixed.put("failure_message", o.failureMessage());
                fixed.put("file", o.file());
                lines.add(new Manifest.Line(fixed, o.data()));
            }
            Manifest.write(dir, plan.data().columns(), lines);
        }

        private void sleep(Duration d) {
            try {
                ctx.sleeper().sleep(d);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while following the batch", e);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
