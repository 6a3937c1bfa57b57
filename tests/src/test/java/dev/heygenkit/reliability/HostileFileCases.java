package dev.heygenkit.reliability;

import dev.heygenkit.reliability.HostileWorld.Expect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/** Hostile scene files ({@code render --scenes}) and CSV batches ({@code batch --data}). */
final class HostileFileCases {
    private HostileFileCases() {
    }

    private static Hostile scenes(HostileWorld w, String id, String input, Expect expect, Consumer<Path> file) {
        return w.cli(id, "scene files", input, expect, isolated(id), d -> file.accept(d.resolve("scenes.json")),
                d -> new String[] {"render", "--scenes", d.resolve("scenes.json").toString()}, (r, d) -> null);
    }

    private static Hostile csv(HostileWorld w, String id, String input, Expect expect, Consumer<Path> file,
                               BiFunction<CliRun.Result, Path, String> check, String... extra) {
        return w.cli(id, "CSV batches", input, expect, isolated(id), d -> file.accept(d.resolve("rows.csv")), d -> {
            List<String> a = new ArrayList<>(List.of("batch", "--look", "anna", "--say", "Hi {{name}}.", "--data",
                    d.resolve("rows.csv").toString(), "--out", d.resolve("out").toString()));
            a.addAll(List.of(extra));
            a.addAll(List.of("--poll", "100ms"));
            return a.toArray(String[]::new);
        }, check);
    }

    /** Files that may block or never end are read by a CLI in its own JVM. */
    private static boolean isolated(String id) {
        return id.endsWith("-fifo") || id.endsWith("-huge") || id.endsWith("-dev-zero");
    }

    private static Consumer<Path> text(String s) {
        return p -> HostileWorld.write(p, s);
    }

    static List<Hostile> cases(HostileWorld w) {
        List<Hostile> c = new ArrayList<>();
        c.add(scenes(w, "scenes-not-json", "scene file that is YAML, not JSON", Expect.LOCAL, text("scenes:\n  - look: anna\n")));
        c.add(scenes(w, "scenes-empty", "scene file []", Expect.LOCAL, text("[]")));
        c.add(scenes(w, "scenes-51", "51 scenes", Expect.LOCAL, text("[" + String.join(",",
                java.util.Collections.nCopies(51, "{\"look\":\"anna\",\"say\":\"Hi\"}")) + "]")));
        c.add(scenes(w, "scenes-wrong-type", "{\"scenes\": \"all of them\"}", Expect.LOCAL, text("{\"scenes\": \"all of them\"}")));
        c.add(scenes(w, "scenes-unknown-key", "a scene with an unknown key", Expect.LOCAL, text("[{\"look\":\"anna\",\"say\":\"Hi\",\"evil\":1}]")));
        c.add(scenes(w, "scenes-nesting", "scene file nested 100 000 arrays deep", Expect.LOCAL, text("[".repeat(100_000))));
        c.add(scenes(w, "scenes-traversal", "image scene ../../../../etc/passwd", Expect.LOCAL,
                text("[{\"image\":\"../../../../etc/passwd\",\"hold\":\"2s\"}]")));
        c.add(scenes(w, "scenes-hold-nan", "image scene hold \"NaN s\"", Expect.LOCAL, text("[{\"image\":\"https://x.test/a.png\",\"hold\":\"NaNs\"}]")));
        c.add(scenes(w, "scenes-hold-neg", "image scene hold \"-3s\"", Expect.LOCAL, text("[{\"image\":\"https://x.test/a.png\",\"hold\":\"-3s\"}]")));
        c.add(scenes(w, "scenes-speed-nan", "avatar scene speed NaN (as a string)", Expect.LOCAL,
                text("[{\"look\":\"anna\",\"say\":\"Hi\",\"speed\":\"NaN\"}]")));
        c.add(scenes(w, "scenes-fifo", "scene file is a FIFO nobody writes", Expect.LOCAL, HostileWorld::fifo));
        c.add(scenes(w, "scenes-huge", "scene file of 300 MB", Expect.LOCAL, p -> HostileWorld.sparse(p, 300L << 20)));
        c.add(scenes(w, "scenes-dev-zero", "scene file is a symlink to /dev/zero", Expect.LOCAL, p -> link(p, Path.of("/dev/zero"))));
        c.add(csv(w, "csv-empty", "empty CSV", Expect.LOCAL, text(""), (r, d) -> null));
        c.add(csv(w, "csv-header-only", "CSV with a header and no rows", Expect.LOCAL, text("name\n"), (r, d) -> null));
        c.add(csv(w, "csv-quote", "CSV with an unbalanced quote", Expect.LOCAL, text("name\n\"Ana\nBo\n"), (r, d) -> null));
        c.add(csv(w, "csv-missing-col", "placeholder {{name}} with no such column", Expect.LOCAL, text("first\nAna\n"), (r, d) -> null));
        c.add(csv(w, "csv-dup-header", "duplicate column names", Expect.LOCAL, text("name,name\nA,B\n"), (r, d) -> null));
        c.add(csv(w, "csv-huge-cell", "a 100 000-char cell", Expect.LOCAL, text("name\n" + "w ".repeat(50_000) + "\n"), (r, d) -> null));
        c.add(csv(w, "csv-nul", "NUL bytes and ESC in a cell", Expect.ANY, text("name\nA\u0000\u001b[2Jna\n"), (r, d) -> null, "--dry-run"));
        c.add(csv(w, "csv-bom-crlf", "UTF-8 BOM, CRLF, ; separator (a fine file)", Expect.OK, text("\uFEFFname;x\r\nAna;1\r\n"), (r, d) -> null,
                "--dry-run"));
        c.add(csv(w, "csv-formula", "formula injection =HYPERLINK(...) in a cell", Expect.OK,
                text("name\n\"=HYPERLINK(\"\"http://evil.test\"\",\"\"x\"\")\"\n"), (r, d) -> formulaIn(d.resolve("out/manifest.csv"))));
        c.add(csv(w, "csv-fifo", "--data is a FIFO nobody writes", Expect.LOCAL, HostileWorld::fifo, (r, d) -> null));
        c.add(csv(w, "csv-huge", "--data of 500 MB", Expect.LOCAL, p -> HostileWorld.sparse(p, 500L << 20), (r, d) -> null));
        c.add(csv(w, "csv-passwd", "--data is a symlink to /etc/passwd", Expect.LOCAL, p -> link(p, Path.of("/etc/passwd")),
                (r, d) -> (r.out() + r.err()).contains("root:x:0") ? "prints the file's content" : null));
        c.add(w.cli("csv-out-file", "CSV batches", "--out is an existing file", Expect.LOCAL, d -> {
            HostileWorld.write(d.resolve("rows.csv"), "name\nA\n");
            HostileWorld.write(d.resolve("out"), "not a folder");
        }, d -> new String[] {"batch", "--look", "anna", "--say", "Hi {{name}}.", "--data", d.resolve("rows.csv").toString(),
                "--out", d.resolve("out").toString()}, (r, d) -> null));
        c.add(csv(w, "csv-name-traversal", "--download --name \"{{name}}.mp4\" with name ../../../escaped", Expect.ANY,
                text("name\n../../../escaped\n"), (r, d) -> {
                    List<Path> out = HostileWorld.outside(d.getParent(), d);
                    return out.isEmpty() ? null : "wrote outside the folder: " + out.get(0).getFileName();
                }, "--download", "--name", "{{name}}.mp4"));
        c.add(csv(w, "csv-pattern-traversal", "--download --name \"../../x-{{name}}.mp4\"", Expect.ANY, text("name\nA\n"), (r, d) -> {
            List<Path> out = HostileWorld.outside(d.getParent(), d);
            return out.isEmpty() ? null : "wrote outside the folder: " + out.get(0).getFileName();
        }, "--download", "--name", "../../x-{{name}}.mp4"));
        return c;
    }

    private static String formulaIn(Path manifest) {
        if (!Files.exists(manifest)) {
            return "no manifest.csv written";
        }
        try {
            for (String line : Files.readAllLines(manifest)) {
                for (String cell : line.split(",")) {
                    String v = cell.startsWith("\"") ? cell.substring(1) : cell;
                    if (v.startsWith("=") || v.startsWith("+") || v.startsWith("@")) {
                        return "manifest.csv has a cell starting with " + v.charAt(0);
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
