package dev.heygenkit;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.internal.batch.BatchOutcome;
import dev.heygenkit.internal.batch.BatchPlan;
import dev.heygenkit.internal.batch.BatchRunner;
import dev.heygenkit.internal.batch.BatchSettings;
import dev.heygenkit.internal.batch.CsvData;
import dev.heygenkit.internal.batch.DataTable;
import dev.heygenkit.internal.batch.FileNames;
import dev.heygenkit.internal.batch.RowProblem;
import dev.heygenkit.internal.render.RenderContext;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Many personalised videos from one spec and a table of rows: {@code {{column}}} placeholders in the spec's texts
 * (script, title, look and voice ids, background, photo path or URL, callback id) are filled from each row; columns
 * named {@code look}, {@code voice} or {@code background} override those per row. Immutable; every step returns a new
 * value. {@link #check(HeyGen)} finds every bad row before any credit is spent; {@link #run(HeyGen, Path)} sends the
 * rows as batch calls of up to 100, follows them with bulk status calls, and journals everything in the output folder
 * so running it again resumes without paying twice.
 *
 * <pre>{@code BatchResult r = Batch.of(Avatar.look("anna").say("Hi {{first_name}}, thanks for choosing {{company}}."))
 *         .rows(Path.of("customers.csv")).download("{{last_name}}-{{row}}.mp4").run(client, Path.of("results"));}</pre>
 */
public final class Batch {
    /** Every field of the value. */
    private record State(VideoSpec spec, Path csv, Character delimiter, DataTable table, String namePattern,
                         String background, Integer limit, BatchSettings settings) {
        Builder toBuilder() {
            Builder b = new Builder();
            b.spec = spec;
            b.csv = csv;
            b.delimiter = delimiter;
            b.table = table;
            b.namePattern = namePattern;
            b.background = background;
            b.limit = limit;
            b.settings = settings;
            return b;
        }
    }

    /** A copy of {@link State} being changed by one step. */
    private static final class Builder {
        VideoSpec spec;
        Path csv;
        Character delimiter;
        DataTable table;
        String namePattern;
        String background;
        Integer limit;
        BatchSettings settings = BatchSettings.DEFAULT;

        State build() {
            return new State(spec, csv, delimiter, table, namePattern, background, limit, settings);
        }
    }

    private final State s;

    private Batch(State s) {
        this.s = s;
    }

    private Batch with(Consumer<Builder> change) {
        Builder b = s.toBuilder();
        change.accept(b);
        return new Batch(b.build());
    }

    private Batch settings(java.util.function.UnaryOperator<BatchSettings> change) {
        return with(b -> b.settings = change.apply(b.settings));
    }

    /** A batch of this spec; add rows with {@code rows(...)}. */
    public static Batch of(VideoSpec spec) {
        Objects.requireNonNull(spec, "spec");
        Builder b = new Builder();
        b.spec = spec;
        return new Batch(b.build());
    }

    /** Rows from a CSV file (UTF-8, with a header row; separator detected, or set with {@link #delimiter(char)}). */
    public Batch rows(Path csv) {
        Objects.requireNonNull(csv, "csv file");
        return with(b -> {
            b.csv = csv;
            b.table = null;
        });
    }

    /** Rows from maps of column → value; the columns are those of the first map, in its order. */
    public Batch rows(List<? extends Map<String, String>> rows) {
        Objects.requireNonNull(rows, "rows");
        List<String> columns = rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet());
        List<Map<String, String>> copy = new ArrayList<>(rows);
        return table(DataTable.of(columns, copy));
    }

    /** Rows from Java records: each component is a column, e.g. {@code record Customer(String first_name, String company)}. */
    public Batch records(Collection<? extends Record> records) {
        Objects.requireNonNull(records, "records");
        List<String> columns = new ArrayList<>();
        List<Map<String, String>> maps = new ArrayList<>();
        for (Record r : records) {
            RecordComponent[] parts = r.getClass().getRecordComponents();
            if (columns.isEmpty()) {
                for (RecordComponent c : parts) {
                    columns.add(c.getName());
                }
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (RecordComponent c : parts) {
                try {
                    Object v = c.getAccessor().invoke(r);
                    m.put(c.getName(), v == null ? "" : v.toString());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName()
                            + "; make the record public", e);
                }
            }
            maps.add(m);
        }
        return table(DataTable.of(columns, maps));
    }

    private Batch table(DataTable table) {
        return with(b -> {
            b.table = table;
            b.csv = null;
        });
    }

    /** The CSV separator when detection guesses wrong: {@code ','}, {@code ';'}, tab or {@code '|'}. */
    public Batch delimiter(char separator) {
        return with(b -> b.delimiter = separator);
    }

    /**
     * The background per row, as a pattern whose filled value is a colour ({@code #RRGGBB}), an image URL, an
     * {@code asset:ID} or a local image path, e.g. {@code background("{{brand_colour}}")}; it wins over the spec's.
     */
    public Batch background(String pattern) {
        Objects.requireNonNull(pattern, "background pattern");
        return with(b -> b.background = pattern);
    }

    /** Only the first {@code n} data rows (a trial run). */
    public Batch limit(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("limit " + n + " must be at least 1");
        }
        return with(b -> b.limit = n);
    }

    /** Downloads each finished video into the output folder as {@code <row>.mp4}. */
    public Batch download() {
        return download(FileNames.DEFAULT);
    }

    /** Downloads each finished video into the output folder, named by a pattern such as {@code {{last_name}}-{{row}}.mp4}. */
    public Batch download(String namePattern) {
        Objects.requireNonNull(namePattern, "name pattern");
        return with(b -> {
            b.namePattern = namePattern;
            b.settings = copy(b.settings, true, null, null, null, null, null);
        });
    }

    /** Batch calls in flight at once, 1 to 8 (default 2). */
    public Batch concurrency(int calls) {
        return settings(x -> new BatchSettings(calls, x.chunkSize(), x.download(), x.downloads(), x.timeout(), x.title(),
                x.callbackUrl(), x.events(), x.skipInvalid()));
    }

    /** Videos per batch call, 1 to 100 (default 100). */
    public Batch chunkSize(int videos) {
        return settings(x -> new BatchSettings(x.concurrency(), videos, x.download(), x.downloads(), x.timeout(), x.title(),
                x.callbackUrl(), x.events(), x.skipInvalid()));
    }

    /** How long {@link #run} follows the videos before returning (they keep rendering; run again to resume). */
    public Batch timeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return settings(x -> copy(x, null, timeout, null, null, null, null));
    }

    /** The title of each batch call in the dashboard. */
    public Batch title(String title) {
        Objects.requireNonNull(title, "title");
        return settings(x -> copy(x, null, null, title, null, null, null));
    }

    /** A public URL the API calls when each batch call's videos are all finished. */
    public Batch callback(String url) {
        Objects.requireNonNull(url, "callback url");
        return settings(x -> copy(x, null, null, null, url, null, null));
    }

    /** Learns results from a webhook events file ({@code heygen webhooks listen --out FILE}); polling stays on as a safety net. */
    public Batch events(Path eventsFile) {
        Objects.requireNonNull(eventsFile, "events file");
        return settings(x -> copy(x, null, null, null, null, eventsFile, null));
    }

    /** Runs the rows without errors and marks the others {@code invalid} in the manifest, instead of refusing to run. */
    public Batch skipInvalid() {
        return settings(x -> copy(x, null, null, null, null, null, true));
    }

    private static BatchSettings copy(BatchSettings x, Boolean download, Duration timeout, String title, String callback,
                                      Path events, Boolean skip) {
        return new BatchSettings(x.concurrency(), x.chunkSize(), download != null ? download : x.download(), x.downloads(),
                timeout != null ? timeout : x.timeout(), title != null ? title : x.title(),
                callback != null ? callback : x.callbackUrl(), events != null ? events : x.events(),
                skip != null ? skip : x.skipInvalid());
    }

    /** Every problem found without the network: data, placeholders, file names and each row's local preflight. */
    public BatchCheck check() {
        return check(plan(null));
    }

    /** Every problem, including checks against the client's API (looks and voices exist and fit), per row. */
    public BatchCheck check(HeyGen client) {
        Objects.requireNonNull(client, "client");
        return check(plan(client));
    }

    /** The personalised create bodies of the rows, in order, without any I/O but reading the data (a dry run). */
    public List<String> bodies() {
        return plan(null).items().stream().map(i -> dev.heygenkit.internal.http.Json.write(i.request())).toList();
    }

    /**
     * Checks every row, then sends, follows and (when asked) downloads them, journaling into {@code outDir}. Running
     * it again with the same folder resumes.
     *
     * @throws PreflightException when a row has errors (nothing is sent) and {@link #skipInvalid()} was not asked for
     */
    public BatchResult run(HeyGen client, Path outDir) {
        return run(client, outDir, null);
    }

    /** {@link #run(HeyGen, Path)} reporting progress to {@code listener}. */
    public BatchResult run(HeyGen client, Path outDir, ProgressListener listener) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(outDir, "output folder");
        BatchPlan plan = plan(client);
        if (plan.hasErrors() && !s.settings.skipInvalid()) {
            BatchCheck check = check(plan);
            throw new PreflightException(check.errors().stream().map(BatchCheck.Issue::problem).toList(),
                    check.warnings().stream().map(BatchCheck.Issue::problem).toList());
        }
        RenderContext ctx = client.renderContext();
        BatchOutcome o = new BatchRunner(ctx, plan, outDir, s.settings, ctx.listener(listener)).run(s.spec.toString());
        List<BatchRow> rows = o.rows().stream().map(r -> new BatchRow(r.row(), r.videoId(), r.status(), r.videoUrl(),
                r.thumbnailUrl(), r.duration(), r.failureCode(), r.failureMessage(),
                r.file() == null ? null : o.dir().resolve(r.file()), r.data())).toList();
        return new BatchResult(rows, o.dir(), o.timedOut(), o.stopped(), o.statusCalls());
    }

    private BatchPlan plan(HeyGen client) {
        if (s.csv == null && s.table == null) {
            throw new IllegalStateException("the batch has no rows; add them with .rows(Path.of(\"data.csv\")) or .rows(list)");
        }
        DataTable data = s.table != null ? s.table : CsvData.read(s.csv, s.delimiter);
        if (s.limit != null && data.rows().size() > s.limit) {
            int cut = s.limit;
            data = new DataTable(data.columns(), data.rows().subList(0, cut),
                    data.problems().stream().filter(p -> p.row() <= cut).toList());
        }
        RenderContext ctx = client == null ? null : client.renderContext();
        String base = client == null ? null : ctx.base();
        return BatchPlan.prepare(s.spec.request(), s.spec.specProblems(), s.spec.ignoredCodes(), data, s.namePattern,
                s.background, ctx, base);
    }

    private static BatchCheck check(BatchPlan plan) {
        List<BatchCheck.Issue> issues = new ArrayList<>();
        for (RowProblem p : plan.problems()) {
            issues.add(new BatchCheck.Issue(p.row(), p.column(), p.problem()));
        }
        int valid = (int) plan.items().stream().filter(BatchPlan.Item::valid).count();
        return new BatchCheck(plan.items().size(), valid, issues);
    }

    /** The DSL expression of the spec and the steps of this batch. */
    @Override
    public String toString() {
        return "Batch.of(" + s.spec + ")" + (s.csv != null ? ".rows(Path.of(" + Dsl.str(s.csv.toString()) + "))"
                : s.table != null ? ".rows(<" + s.table.rows().size() + " rows>)" : "")
                + (s.namePattern != null ? ".download(" + Dsl.str(s.namePattern) + ")" : "")
                + (s.limit != null ? ".limit(" + s.limit + ")" : "");
    }
}
