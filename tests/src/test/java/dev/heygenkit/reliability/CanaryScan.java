package dev.heygenkit.reliability;

import dev.heygenkit.internal.http.WireFixture;
import dev.heygenkit.sandbox.Sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A canary key through every CLI output mode against a sandbox that requires it, then a scan of every stream and
 * file that could hold it: stdout and stderr of each run, the journal, batch logs and manifests, surefire reports and
 * executed notebooks left by this build.
 */
final class CanaryScan {
    static final String CANARY = "hgk_RELIABILITY_CANARY_5Zq8Wm2Lx";
    /** Keys other test suites use as canaries; finding them in reports is as much a leak. */
    static final List<String> OTHER_CANARIES = List.of(WireFixture.CANARY_KEY, "hg_test_SECRET_key_7f3a9c");

    private CanaryScan() {
    }

    static Section measure() {
        Section s = new Section("Secrets: canary key", ReliabilityCanaryTest.class, "where", "scanned", "hits");
        try (Sandbox sb = Sandbox.builder().apiKey(CANARY).clockSpeed(600).start()) {
            Path dir = Files.createTempDirectory("heygen-canary");
            CliRun cli = new CliRun(dir, sb.baseUri().toString(), CANARY);
            List<CliRun.Result> runs = new ArrayList<>();
            runs.add(cli.run("-v", "render", "--look", "anna", "--say", "Canary verbose.", "-o", dir.resolve("v.mp4").toString()));
            runs.add(cli.run("--json", "render", "--look", "anna", "--say", "Canary json.", "-o", dir.resolve("j.mp4").toString()));
            runs.add(cli.run("--json", "list"));
            runs.add(cli.run("-v", "history"));
            runs.add(cli.run("--json", "get", "nonexistent_" + CANARY));
            runs.add(cli.run("-v", "render", "--look", "no_such_look", "--say", "x"));
            Path csv = Files.writeString(dir.resolve("rows.csv"), "name\nAna\nBo\n");
            runs.add(cli.run("-v", "batch", "--look", "anna", "--say", "Hi {{name}}.", "--data", csv.toString(),
                    "--out", dir.resolve("batch").toString(), "--download"));
            runs.add(new CliRun(dir, sb.baseUri().toString(), CANARY + "x").run("-v", "list"));
            CliRun debug = new CliRun(dir, sb.baseUri().toString(), CANARY).env("HEYGEN_LOG", "debug");
            runs.add(debug.spawn("render", "--look", "anna", "--say", "Canary debug.", "-o", dir.resolve("d.mp4").toString()));
            runs.add(debug.spawn("--json", "list"));
            int streamHits = 0;
            for (CliRun.Result r : runs) {
                streamHits += hits(r.out()) + hits(r.err());
            }
            boolean debugLogged = runs.get(runs.size() - 2).err().contains("x-api-key");
            s.row("cli", streamHits == 0 ? null : streamHits + " hits in CLI output", "CLI stdout and stderr: -v, --json, "
                    + "HEYGEN_LOG=debug (own process" + (debugLogged ? ", headers logged" : ", WARNING: no header line seen")
                    + "), render, list, get, history, batch, wrong key, unknown look", (runs.size() * 2) + " streams", "" + streamHits);
            Scan state = scan(files(dir));
            s.row("files", state.hits == 0 ? null : state.hits + " hits in " + state.where, "journal, batch log, manifests, "
                    + "downloads and config written by those runs", state.files + " files", "" + state.hits);
            Path root = Path.of(System.getProperty("heygen.repo.root", ".."));
            Scan reports = scan(reportFiles(root));
            s.row("reports", reports.hits == 0 ? null : reports.hits + " hits in " + reports.where, "surefire reports of this "
                    + "build so far (tests, mcp) and executed notebooks under target/", reports.files + " files", "" + reports.hits);
            if (!sb.requests().stream().anyMatch(r -> r.path().startsWith("/v3/"))) {
                s.row("sanity", "the sandbox saw no API call", "sandbox traffic", "0 requests", "-");
            }
            s.figure("The sandbox required the canary key, so every run that reached it really carried the key; "
                    + "the scan also looks for the canaries of the other suites (" + OTHER_CANARIES.size() + " more keys).");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s;
    }

    static int hits(String text) {
        int n = 0;
        for (String key : allKeys()) {
            for (int i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1)) {
                n++;
            }
        }
        return n;
    }

    private static List<String> allKeys() {
        List<String> keys = new ArrayList<>(OTHER_CANARIES);
        keys.add(CANARY);
        return keys;
    }

    record Scan(int files, int hits, String where) {
    }

    static Scan scan(List<Path> files) {
        int hits = 0;
        StringBuilder where = new StringBuilder();
        for (Path f : files) {
            try {
                int h = hits(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                if (h > 0) {
                    hits += h;
                    where.append(where.length() == 0 ? "" : ", ").append(f.getFileName());
                }
            } catch (IOException unreadable) {
                // a file removed while scanning (another test's temp file) holds nothing any more
            }
        }
        return new Scan(files.size(), hits, where.toString());
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private static List<Path> reportFiles(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String module : List.of("tests", "mcp", "kernel", "lib")) {
            Path reports = root.resolve(module).resolve("target/surefire-reports");
            if (Files.isDirectory(reports)) {
                out.addAll(files(reports));
            }
            Path target = root.resolve(module).resolve("target");
            if (Files.isDirectory(target)) {
                try (Stream<Path> s = Files.walk(target)) {
                    s.filter(p -> p.toString().endsWith(".ipynb") && Files.isRegularFile(p)).forEach(out::add);
                }
            }
        }
        return out;
    }
}
