package dev.heygenkit.reliability;

import dev.heygenkit.reliability.HostileWorld.Expect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Hostile command lines: ids, numbers, colours, files that are not files, and outputs that cannot be written. */
final class HostileCliCases {
    private static final String AREA = "CLI flags";

    private HostileCliCases() {
    }

    private static String[] render(String... more) {
        String[] base = {"render", "--look", "anna", "--say", "Hello there."};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    static List<Hostile> cases(HostileWorld w) {
        String huge = "x".repeat(10_000);
        return List.of(
                w.cli("cli-help-render", AREA, "render --help", Expect.OK, d -> { }, d -> new String[] {"render", "--help"},
                        (r, d) -> r.out().contains("--say") ? null : "no option list printed"),
                w.cli("cli-help-cmd", AREA, "help render", Expect.OK, d -> { }, d -> new String[] {"help", "render"},
                        (r, d) -> r.out().contains("--say") ? null : "no option list printed"),
                w.cli("cli-unknown-option", AREA, "render --lok anna", Expect.LOCAL, d -> { }, d -> new String[] {"render", "--lok", "anna"},
                        (r, d) -> r.err().contains("--lok") ? null : "message does not name --lok"),
                w.cli("cli-no-args", AREA, "render (nothing else)", Expect.LOCAL, "render"),
                w.cli("cli-traversal-look", AREA, "--look ../../etc/passwd", Expect.REFUSE, "render", "--look", "../../etc/passwd", "--say", "Hi"),
                w.cli("cli-huge-look", AREA, "--look <10 000 chars>", Expect.REFUSE, "render", "--look", huge, "--say", "Hi"),
                w.cli("cli-esc-say", AREA, "--say with ESC[31m and BEL, --dry-run", Expect.ANY, render("--say", "\u001b[31mred\u0007", "--dry-run")),
                w.cli("cli-speed-nan", AREA, "--speed NaN", Expect.LOCAL, render("--speed", "NaN")),
                w.cli("cli-speed-inf", AREA, "--speed Infinity", Expect.LOCAL, render("--speed", "Infinity")),
                w.cli("cli-speed-neg", AREA, "--speed -1", Expect.LOCAL, render("--speed", "-1")),
                w.cli("cli-speed-zero", AREA, "--speed 0", Expect.LOCAL, render("--speed", "0")),
                w.cli("cli-pitch-huge", AREA, "--pitch 1e309", Expect.LOCAL, render("--pitch", "1e309")),
                w.cli("cli-volume-neg", AREA, "--volume -0.5", Expect.LOCAL, render("--volume", "-0.5")),
                w.cli("cli-timeout-zero", AREA, "--timeout 0", Expect.LOCAL, render("--timeout", "0")),
                w.cli("cli-timeout-neg", AREA, "--timeout -5s", Expect.LOCAL, render("--timeout", "-5s")),
                w.cli("cli-limit-neg", AREA, "list --limit -5", Expect.LOCAL, "list", "--limit", "-5"),
                w.cli("cli-limit-zero", AREA, "list --limit 0", Expect.LOCAL, "list", "--limit", "0"),
                w.cli("cli-limit-huge", AREA, "list --limit 99999999999", Expect.LOCAL, "list", "--limit", "99999999999"),
                // CSS colour names are colours now (sent as hex); a word that is neither colour nor file is refused
                w.cli("cli-bg-word", AREA, "--bg red", Expect.OK, render("--bg", "red")),
                w.cli("cli-bg-nonsense", AREA, "--bg reddish", Expect.LOCAL, d -> { }, d -> render("--bg", "reddish"),
                        (r, d) -> r.err().toLowerCase().contains("col") ? null : "not told it is a colour problem"),
                w.cli("cli-bg-hex", AREA, "--bg #GGGGGG", Expect.LOCAL, render("--bg", "#GGGGGG")),
                w.cli("cli-script-missing", AREA, "--script-file that does not exist", Expect.LOCAL,
                        "render", "--look", "anna", "--script-file", "/nonexistent/script.txt"),
                w.cli("cli-script-dir", AREA, "--script-file a folder", Expect.LOCAL, d -> { },
                        d -> new String[] {"render", "--look", "anna", "--script-file", d.toString()}, (r, d) -> null),
                w.cli("cli-script-fifo", AREA, "--script-file a FIFO nobody writes", Expect.LOCAL, true, d -> HostileWorld.fifo(d.resolve("fifo")),
                        d -> new String[] {"render", "--look", "anna", "--script-file", d.resolve("fifo").toString()}, (r, d) -> null),
                w.cli("cli-script-huge", AREA, "--script-file of 200 MB", Expect.LOCAL, true, d -> HostileWorld.sparse(d.resolve("big.txt"), 200L << 20),
                        d -> new String[] {"render", "--look", "anna", "--script-file", d.resolve("big.txt").toString()}, (r, d) -> null),
                w.cli("cli-say-empty", AREA, "--say \"\"", Expect.LOCAL, "render", "--look", "anna", "--say", ""),
                w.cli("cli-say-huge", AREA, "--say of 100 000 chars", Expect.LOCAL, "render", "--look", "anna", "--say", "word ".repeat(20_000)),
                w.cli("cli-callback-js", AREA, "--callback javascript:alert(1)", Expect.LOCAL, render("--callback", "javascript:alert(1)")),
                w.cli("cli-photo-file-url", AREA, "--photo file:///etc/passwd", Expect.LOCAL, "render", "--photo", "file:///etc/passwd", "--say", "Hi"),
                w.cli("cli-aspect-zero", AREA, "--aspect 0:0", Expect.LOCAL, render("--aspect", "0:0")),
                w.cli("cli-resolution", AREA, "--resolution 99999p", Expect.LOCAL, render("--resolution", "99999p")),
                w.cli("cli-unwritable-out", AREA, "-o inside a path whose parent is a file (unwritable, even for root)", Expect.LOCAL,
                        d -> HostileWorld.write(d.resolve("file"), "x"), d -> render("-o", d.resolve("file/v.mp4").toString()), (r, d) -> null),
                w.cli("cli-existing-srt", AREA, "--captions with an .srt already beside -o", Expect.LOCAL,
                        d -> HostileWorld.write(d.resolve("v.srt"), "1\n"), d -> render("--captions", "-o", d.resolve("v.mp4").toString()),
                        (r, d) -> null),
                w.cli("cli-existing-out", AREA, "-o onto an existing file, no --force", Expect.LOCAL,
                        d -> HostileWorld.write(d.resolve("v.mp4"), "keep"), d -> render("-o", d.resolve("v.mp4").toString()),
                        (r, d) -> readQuietly(d.resolve("v.mp4")).equals("keep") ? null : "overwrote the file"),
                w.cli("cli-nowait-out", AREA, "--no-wait with -o", Expect.ANY, d -> { }, d -> render("--no-wait", "-o", d.resolve("v.mp4").toString()),
                        (r, d) -> r.code() == 2 || r.err().contains("-o") ? null : "-o silently ignored"),
                w.cli("cli-get-traversal", AREA, "get ../../etc/passwd", Expect.REFUSE, "get", "../../etc/passwd"),
                w.cli("cli-get-empty", AREA, "get \"\"", Expect.LOCAL, "get", ""),
                w.cli("cli-get-newline", AREA, "get with a newline and ESC in the id", Expect.REFUSE, "get", "v1\n\u001b[2Jx"),
                w.cli("cli-download-huge", AREA, "download <10 000-char id>", Expect.REFUSE, d -> { },
                        d -> new String[] {"download", huge, "-o", d.toString()}, (r, d) -> null),
                w.cli("cli-concurrency-zero", AREA, "batch --concurrency 0", Expect.LOCAL, d -> HostileWorld.write(d.resolve("r.csv"), "name\nA\n"),
                        d -> new String[] {"batch", "--look", "anna", "--say", "Hi {{name}}", "--data", d.resolve("r.csv").toString(),
                                "--out", d.resolve("out").toString(), "--concurrency", "0"}, (r, d) -> null),
                w.cli("cli-sandbox-apibase", AREA, "--sandbox with --api-base", Expect.ANY, d -> { },
                        d -> new String[] {"--sandbox", "--api-base", "http://127.0.0.1:9/", "list"},
                        (r, d) -> r.code() == 2 || r.err().contains("--api-base") ? null : "--api-base silently ignored"));
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
