package dev.heygenkit.internal.batch;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.ImageVideoRequest;
import dev.heygenkit.api.Speaker;
import dev.heygenkit.api.VideoBackground;
import dev.heygenkit.api.VideoRequest;
import dev.heygenkit.internal.http.Json;
import dev.heygenkit.internal.render.CreditCheck;
import dev.heygenkit.internal.render.Fingerprint;
import dev.heygenkit.internal.render.RenderContext;
import dev.heygenkit.internal.render.Submitter;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A batch made concrete: one create request per data row (placeholders filled, per-row look/voice/background columns
 * applied), its fingerprint and output file name, and every problem found locally and, with a client, remotely. No
 * credit is spent here.
 */
public final class BatchPlan {
    /** Columns that override the spec's look, voice and background per row, by lower-case name. */
    static final Set<String> LOOK_COLUMNS = Set.of("look", "look_id", "avatar_id");
    static final Set<String> VOICE_COLUMNS = Set.of("voice", "voice_id");
    static final Set<String> BACKGROUND_COLUMNS = Set.of("background", "bg");

    /**
     * One row ready to submit.
     *
     * @param row         the data row
     * @param request     its create request
     * @param fingerprint identifies the request (and API base) in the journal
     * @param file        the file name to download to (inside the output folder), or null
     * @param valid       false when the row has errors (it is then never submitted)
     */
    public record Item(DataTable.Row row, VideoRequest request, String fingerprint, String file, boolean valid) {
    }

    private final DataTable data;
    private final List<Item> items;
    private final List<RowProblem> problems;

    private BatchPlan(DataTable data, List<Item> items, List<RowProblem> problems) {
        this.data = data;
        this.items = List.copyOf(items);
        this.problems = List.copyOf(problems);
    }

    public DataTable data() {
        return data;
    }

    public List<Item> items() {
        return items;
    }

    /** Every problem, data-level first, then by row. */
    public List<RowProblem> problems() {
        return problems;
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(RowProblem::isError);
    }

    /**
     * Prepares every row.
     *
     * @param spec         the spec's request, with placeholders
     * @param specProblems problems the DSL found in the spec itself
     * @param ignored      problem codes turned into warnings
     * @param data         the rows
     * @param namePattern  file name pattern for downloads (placeholders allowed), or null for no downloads
     * @param ctx          the client's render context, or null to check locally only
     * @param base         the API base URL, part of every fingerprint
     */
    public static BatchPlan prepare(VideoRequest spec, List<Problem> specProblems, Set<String> ignored,
                                    DataTable data, String namePattern, String background, RenderContext ctx,
                                    String base) {
        List<RowProblem> problems = new ArrayList<>(data.problems());
        specProblems.forEach(p -> problems.add(new RowProblem(0, null, ignored.contains(p.code()) ? p.asWarning() : p)));
        Map<String, String> texts = RequestText.texts(spec);
        if (namePattern != null) {
            texts.put("file name", namePattern);
        }
        if (background != null) {
            texts.put("background", background);
        }
        if (!data.columns().isEmpty()) {
            // without columns the data did not load; its own problem says why, placeholders would only add noise
            problems.addAll(Placeholders.unknown(texts, data.columns()));
        }
        boolean dataBroken = problems.stream().anyMatch(p -> p.isError() && p.row() == 0);
        Map<String, List<String>> columnsByField = new HashMap<>();
        texts.forEach((field, text) -> columnsByField.put(field, Placeholders.names(text)));
        List<Item> items = new ArrayList<>();
        Map<String, Integer> fileOwners = new HashMap<>();
        for (DataTable.Row row : data.rows()) {
            List<RowProblem> rowProblems = new ArrayList<>();
            VideoRequest request = overrides(fill(spec, row, rowProblems), row,
                    background == null ? null : Placeholders.fill(background, row, "background", rowProblems));
            String file = namePattern == null ? null : FileNames.of(namePattern, row, request, rowProblems);
            if (file != null) {
                Integer owner = fileOwners.putIfAbsent(file.toLowerCase(Locale.ROOT), row.number());
                if (owner != null) {
                    rowProblems.add(RowProblem.error(row.number(), null, ProblemCodes.FILE_NAME_TAKEN, "would download "
                            + "to " + file + " like row " + owner + "; make the name pattern unique, e.g. add {{row}}"));
                }
            }
            if (!dataBroken && !row.isBlank()) {
                List<Problem> checked = Submitter.check(ctx, request, List.of(), ignored, ctx != null, null);
                checked.forEach(p -> rowProblems.add(locate(row.number(), p, columnsByField)));
            }
            boolean valid = !row.isBlank() && rowProblems.stream().noneMatch(RowProblem::isError)
                    && problems.stream().noneMatch(p -> p.isError() && p.row() == row.number());
            problems.addAll(rowProblems);
            items.add(new Item(row, request, fingerprint(request, base), file, valid && !dataBroken));
        }
        if (ctx != null && !dataBroken) {
            List<VideoRequest> spend = items.stream().filter(Item::valid).map(Item::request).toList();
            CreditCheck.problems(ctx, spend).forEach(p -> problems.add(new RowProblem(0, null,
                    ignored.contains(p.code()) ? p.asWarning() : p)));
        }
        return new BatchPlan(data, items, problems);
    }

    private static VideoRequest fill(VideoRequest spec, DataTable.Row row, List<RowProblem> problems) {
        return RequestText.map(spec, (field, value) -> Placeholders.fill(value, row, field, problems));
    }

    /**
     * Applies the look, voice and background columns of a row, when it has them and they are filled in, and a
     * background given as a pattern ({@code background}, already filled; it wins over the column).
     */
    static VideoRequest overrides(VideoRequest r, DataTable.Row row, String background) {
        String look = cell(row, LOOK_COLUMNS);
        String voice = cell(row, VOICE_COLUMNS);
        String bg = background != null && !background.isBlank() ? background : cell(row, BACKGROUND_COLUMNS);
        if (r instanceof AvatarVideoRequest a) {
            Speaker s = voice == null ? a.speaker() : a.speaker().toBuilder().voiceId(voice).build();
            return new AvatarVideoRequest(look == null ? a.avatarId() : look, s,
                    bg == null ? a.framing() : a.framing().toBuilder().background(background(bg)).build(), a.options());
        }
        if (r instanceof ImageVideoRequest i) {
            Speaker s = voice == null ? i.speaker() : i.speaker().toBuilder().voiceId(voice).build();
            return new ImageVideoRequest(i.image(), s,
                    bg == null ? i.framing() : i.framing().toBuilder().background(background(bg)).build(), i.options());
        }
        return r;
    }

    private static String cell(DataTable.Row row, Set<String> names) {
        for (Map.Entry<String, String> e : row.values().entrySet()) {
            if (names.contains(e.getKey().toLowerCase(Locale.ROOT)) && !e.getValue().isBlank()) {
                return e.getValue().strip();
            }
        }
        return null;
    }

    /** A background cell: {@code #RRGGBB}, an http(s) URL, {@code asset:ID} or a local image path. */
    static VideoBackground background(String cell) {
        String v = cell.strip();
        if (v.startsWith("#")) {
            return VideoBackground.color(v);
        }
        if (v.startsWith("http://") || v.startsWith("https://")) {
            return VideoBackground.image(AssetInput.url(URI.create(v).toString()));
        }
        if (v.startsWith("asset:")) {
            return VideoBackground.image(AssetInput.asset(v.substring("asset:".length())));
        }
        return VideoBackground.image(AssetInput.file(Path.of(v)));
    }

    /** Names the row and, when a placeholder filled the field, its column. */
    private static RowProblem locate(int row, Problem p, Map<String, List<String>> columnsByField) {
        String field = Fields.of(p.param());
        java.util.Set<String> columns = new java.util.LinkedHashSet<>();
        if (field != null) {
            columnsByField.forEach((name, cols) -> {
                if (name.startsWith(field)) {
                    columns.addAll(cols);
                }
            });
        }
        String column = columns.isEmpty() ? null : String.join(", ", columns);
        String message = RowProblem.where(row, column) + p.message();
        return new RowProblem(row, column, p.isError() ? Problem.error(p.code(), p.param(), message)
                : Problem.warning(p.code(), p.param(), message));
    }

    private static String fingerprint(VideoRequest request, String base) {
        return Fingerprint.of(request, base == null ? "" : base).substring(0, 24);
    }
}
