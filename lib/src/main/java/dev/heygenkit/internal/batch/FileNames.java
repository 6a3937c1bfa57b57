package dev.heygenkit.internal.batch;

import dev.heygenkit.ProblemCodes;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.api.ImageVideoRequest;
import dev.heygenkit.api.VideoRequest;
import dev.heygenkit.internal.http.SafeNames;

import java.util.List;
import java.util.Locale;

/**
 * Download file names from a pattern such as {@code {{last_name}}-{{row}}.mp4}: placeholders filled, then made safe.
 * The result is a single file name (no folders, no leading dots, no control or reserved characters, at most 120
 * characters) whose extension comes from the kind of video ({@code .mp4}, or {@code .webm} for transparent output),
 * never from the data or a URL, so a row cannot write outside the output folder or choose what the file is.
 */
public final class FileNames {
    /** The pattern used when none is given. */
    public static final String DEFAULT = "{{row}}.mp4";

    private FileNames() {
    }

    /** The file name for one row, or null (with a problem added) when nothing usable is left. */
    static String of(String pattern, DataTable.Row row, VideoRequest request, List<RowProblem> problems) {
        String filled = Placeholders.fill(pattern, row, "file name", problems);
        String ext = webm(request) ? ".webm" : ".mp4";
        String stem = filled;
        String lower = stem.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".mp4") || lower.endsWith(".webm")) {
            stem = stem.substring(0, stem.lastIndexOf('.'));
        }
        String safe = sanitize(stem);
        if (safe.isEmpty()) {
            problems.add(RowProblem.error(row.number(), null, ProblemCodes.FILE_NAME_INVALID, "the file name pattern \""
                    + pattern + "\" leaves nothing usable for this row; use e.g. --name \"{{row}}.mp4\""));
            return null;
        }
        return safe + ext;
    }

    /** A single safe file name component, or empty when nothing usable is left. */
    static String sanitize(String name) {
        return SafeNames.component(name, "");
    }

    private static boolean webm(VideoRequest r) {
        String format = r instanceof AvatarVideoRequest a ? a.framing().outputFormat()
                : r instanceof ImageVideoRequest i ? i.framing().outputFormat() : null;
        return "webm".equals(format);
    }
}
