package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.Batch;
import dev.heygenkit.BatchCheck;
import dev.heygenkit.BatchResult;
import dev.heygenkit.BatchRow;
import dev.heygenkit.MissingApiKeyException;
import dev.heygenkit.Template;
import dev.heygenkit.VideoSpec;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.TemplateInfo;
import dev.heygenkit.api.TemplateVariable;
import dev.heygenkit.internal.batch.CsvData;
import dev.heygenkit.internal.http.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code heygen batch}: one video per data row, from every {@code render} option with {@code {{column}}} placeholders,
 * sent 100 per batch call, followed with bulk status calls, journaled in {@code --out} so running it again resumes.
 */
@Command(name = "batch", description = "Render one personalised video per row of a CSV file; re-run to resume.",
        footer = {"", "Every render option takes {{column}} placeholders; columns named look, voice or background override "
                + "those per row; {{row}} is the row number.", "", "Examples:",
                "  heygen batch --look anna --say \"Hello {{name}}, welcome to {{company}}.\" --data customers.csv --out results/",
                "  heygen batch --look \"{{look}}\" --say \"Hi {{first_name}}\" --title \"{{first_name}} {{last_name}}\" \\",
                "      --data customers.csv --out results/ --download --name \"{{last_name}}-{{row}}.mp4\"",
                "  heygen batch --scenes tour.json --data people.csv --out tour/ --dry-run     # check, print bodies, send nothing",
                "", "Exit codes: 0 every row completed, 1 some failed (see manifest.csv), 2 bad input, 4 --timeout passed "
                + "(run again to resume)."},
        sortOptions = false)
final class BatchCommand extends Base {
    @Mixin
    SpecOptions specOptions = new SpecOptions();

    @Option(names = "--data", required = true, paramLabel = "FILE.csv",
            description = "The rows: UTF-8 CSV with a header (Excel and Google Sheets exports work).")
    String data;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder: journal, manifest.csv/jsonl and downloads.")
    String out;

    @Option(names = "--delimiter", paramLabel = "C", description = "CSV separator when detection guesses wrong: , ; | or tab.")
    String delimiter;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N rows (a trial run).")
    Integer limit;

    @Option(names = "--download", description = "Download every finished video into --out.")
    boolean download;

    @Option(names = "--name", paramLabel = "PATTERN", description = "Download file names, e.g. \"{{last_name}}-{{row}}.mp4\" "
            + "(default {{row}}.mp4; implies --download).")
    String name;

    @Option(names = "--concurrency", paramLabel = "N", description = "Batch calls in flight, 1 to 8 (default 2).")
    Integer concurrency;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Durations.Converter.class,
            description = "Stop following after this long (exit 4); the videos keep rendering, run again to resume.")
    Duration timeout;

    @Option(names = "--events", paramLabel = "FILE", description = "Webhook events file from 'heygen webhooks listen --out'; "
            + "results arrive without waiting for the next poll.")
    String events;

    @Option(names = "--skip-invalid", description = "Run the rows without errors; mark the others invalid in the manifest.")
    boolean skipInvalid;

    @Option(names = "--dry-run", description = "Check every row, print the problems and the first bodies; send nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        Batch batch = batch();
        if (dryRun) {
            return dryRun(batch);
        }
        if (out == null) {
            throw new Durations.UsageException("batch needs --out DIR for its journal and manifest; e.g. --out results/");
        }
        Preconditions.timeout(timeout);
        root.checkPoll();
        Preconditions.writableFolder(io().path(out), "--out " + out);
        BatchResult r = batch.run(client(), io().path(out), progress());
        progress().finish();
        report(r);
        if (r.stoppedBy() != null) {
            throw r.stoppedBy();
        }
        if (r.timedOut() && !r.isFinished()) {
            return Main.TIMEOUT;
        }
        return r.failed().isEmpty() && r.isFinished() ? Main.OK : Main.FAILED;
    }

    private Batch batch() {
        String bgPattern = specOptions.bg != null && specOptions.bg.contains("{{") && !specOptions.bg.startsWith("#")
                ? specOptions.bg : null;
        if (bgPattern != null) {
            // a colour, picture or URL chosen per row: parsed after the placeholders are filled
            specOptions.bg = null;
        }
        VideoSpec spec = specOptions.template != null ? template() : specOptions.spec(io());
        Batch b = Batch.of(spec).rows(Preconditions.inputFile(io().path(data), "--data", Long.MAX_VALUE));
        if (bgPattern != null) {
            b = b.background(bgPattern);
        }
        if (delimiter != null) {
            b = b.delimiter(separator(delimiter));
        }
        if (limit != null) {
            if (limit < 1) {
                throw new Durations.UsageException("--limit " + limit + " must be at least 1");
            }
            b = b.limit(limit);
        }
        if (name != null || download) {
            b = name != null ? b.download(name) : b.download();
        }
        if (concurrency != null) {
            b = b.concurrency(concurrency);
        }
        if (timeout != null) {
            b = b.timeout(timeout);
        }
        if (events != null) {
            b = b.events(io().path(events));
        }
        if (skipInvalid) {
            b = b.skipInvalid();
        }
        return b;
    }

    /**
     * The template spec: each variable the template declares is filled from its --var, else from the column of the
     * same name, with the kind the template declares. Without a client (no key) the --var values are taken as given.
     */
    private VideoSpec template() {
        TemplateInfo info;
        try {
            info = client().templates().get(specOptions.template);
        } catch (MissingApiKeyException noKey) {
            return specOptions.spec(io());
        }
        List<String> columns = CsvData.read(Preconditions.inputFile(io().path(data), "--data", Long.MAX_VALUE),
                delimiter == null ? null : separator(delimiter)).columns();
        Map<String, String> given = new LinkedHashMap<>(specOptions.vars);
        specOptions.vars.clear();
        Template t = (Template) specOptions.spec(io());
        for (Map.Entry<String, String> v : info.variableTypes().entrySet()) {
            String value = given.containsKey(v.getKey()) ? given.remove(v.getKey())
                    : columns.contains(v.getKey()) ? "{{" + v.getKey() + "}}" : null;
            if (value != null) {
                t = t.variable(typed(v.getKey(), v.getValue(), value));
            }
        }
        for (Map.Entry<String, String> extra : given.entrySet()) {
            t = t.variable(SpecOptions.variable(extra.getKey(), extra.getValue()));
        }
        return t;
    }

    private static TemplateVariable typed(String name, String type, String value) {
        AssetInput media = SceneFile.isUrl(value) ? AssetInput.url(value)
                : value.startsWith("asset:") ? AssetInput.asset(value.substring(6)) : AssetInput.file(Path.of(value));
        return switch (type) {
            case "image" -> TemplateVariable.image(name, media);
            case "video" -> TemplateVariable.video(name, media);
            case "audio" -> TemplateVariable.audio(name, media);
            case "voice" -> TemplateVariable.voice(name, value.startsWith("voice:") ? value.substring(6) : value);
            default -> TemplateVariable.text(name, value);
        };
    }

    private static char separator(String value) {
        String v = value.equals("\\t") || value.equalsIgnoreCase("tab") ? "\t" : value;
        if (v.length() != 1 || ",;|\t".indexOf(v.charAt(0)) < 0) {
            throw new Durations.UsageException("--delimiter \"" + value + "\" is not one of , ; | or tab");
        }
        return v.charAt(0);
    }

    private int dryRun(Batch batch) {
        BatchCheck check;
        try {
            check = batch.check(client());
        } catch (MissingApiKeyException noKey) {
            check = batch.check();
            note("no API key: rows were checked locally only (looks and voices not looked up); add --sandbox or a key");
        }
        List<String> bodies = batch.bodies();
        if (json()) {
            ObjectNode o = Json.object().put("rows", check.rows()).put("valid", check.valid());
            var problems = o.putArray("problems");
            check.issues().forEach(i -> problems.addObject().put("row", i.row()).put("column", i.column())
                    .put("severity", i.isError() ? "error" : "warning").put("code", i.problem().code())
                    .put("message", Escapes.message(i.problem().message())));
            var first = o.putArray("bodies");
            bodies.stream().limit(3).forEach(b -> first.add(Json.parse(b)));
            printJson(o);
        } else {
            bodies.stream().limit(3).forEach(b -> io().out().println(Json.pretty(Json.parse(b))));
            io().err().println(check.rows() + " rows, " + check.valid() + " valid, " + check.errors().size() + " errors, "
                    + check.warnings().size() + " warnings (dry run: nothing was sent)");
            check.issues().forEach(i -> io().err().println("  - " + (i.isError() ? "" : "warning: ") + Escapes.message(i.problem().message())));
        }
        return check.isOk() ? Main.OK : Main.USAGE;
    }

    private void report(BatchResult r) {
        if (json()) {
            ObjectNode o = Json.object().put("out", r.dir().toString()).put("rows", r.rows().size())
                    .put("completed", r.completed().size()).put("failed", r.failed().size())
                    .put("unfinished", r.unfinished().size()).put("timed_out", r.timedOut())
                    .put("manifest", r.manifestCsv().toString()).put("manifest_jsonl", r.manifestJsonl().toString());
            printJson(o);
            return;
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("rows", Integer.toString(r.rows().size()));
        f.put("completed", Integer.toString(r.completed().size()));
        f.put("failed", Integer.toString(r.failed().size()));
        f.put("unfinished", Integer.toString(r.unfinished().size()));
        f.put("manifest", r.manifestCsv().toString());
        printFields(f);
        for (BatchRow row : r.failed().subList(0, Math.min(10, r.failed().size()))) {
            note("row " + row.row() + ": " + row.status() + (row.failureCode() == null ? "" : " " + row.failureCode())
                    + (row.failureMessage() == null ? "" : " (" + row.failureMessage() + ")"));
        }
        if (r.timedOut() && !r.isFinished()) {
            note("--timeout passed with " + r.unfinished().size() + " rows unfinished; they keep rendering. Run the same "
                    + "command again to resume (nothing is submitted twice).");
        }
    }
}
