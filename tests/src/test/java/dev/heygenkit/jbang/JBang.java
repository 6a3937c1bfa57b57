package dev.heygenkit.jbang;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the repository's real {@code ./jbang} wrapper as a subprocess. Every test in a JVM shares one bootstrap
 * directory (made from empty on first use, so the bootstrap itself is tested) and one warmed JBang cache under
 * {@code tests/target/}.
 */
public final class JBang {
    /** The repository root (system property {@code heygen.repo.root}). */
    public static final Path REPO = Path.of(System.getProperty("heygen.repo.root")).toAbsolutePath().normalize();
    /** Where the wrapper bootstraps JBang for tests ({@code HEYGEN_JBANG_HOME}). */
    public static final Path BOOT = REPO.resolve("tests/target/jbang-boot");
    /** JBang's own directory for tests ({@code JBANG_DIR}): its compile cache is shared by all tests. */
    public static final Path HOME = REPO.resolve("tests/target/jbang-home");
    /** {@code HEYGEN_CONFIG_DIR} of every process: no key there, and the render journal stays out of the repo. */
    public static final Path CONFIG = REPO.resolve("tests/target/jbang-heygen-config");
    /** The JBang release the wrapper pins. */
    public static final String VERSION = "0.132.1";

    private static Result bootstrap;
    private static Duration bootstrapTime;

    private JBang() {
    }

    /**
     * What one process printed.
     *
     * @param code    exit code
     * @param out     stdout
     * @param err     stderr
     * @param elapsed wall time
     */
    public record Result(int code, String out, String err, Duration elapsed) {
        @Override
        public String toString() {
            return "exit " + code + " after " + elapsed.toMillis() + " ms\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    /** Bootstraps JBang from an empty directory once per JVM and returns what that first run printed. */
    public static synchronized Result bootstrap() throws Exception {
        if (bootstrap == null) {
            deleteTree(BOOT);
            long t0 = System.nanoTime();
            bootstrap = run(REPO, "version");
            bootstrapTime = Duration.ofNanos(System.nanoTime() - t0);
        }
        return bootstrap;
    }

    /** How long the bootstrap from empty took. */
    public static synchronized Duration bootstrapTime() {
        return bootstrapTime;
    }

    /** The jars the wrapper resolved. */
    public static Path lib() {
        return BOOT.resolve("lib-" + VERSION);
    }

    /** Runs {@code <repo>/jbang args...} in {@code dir} with a clean environment and returns what it printed. */
    public static Result run(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(REPO.resolve("jbang").toString());
        cmd.addAll(List.of(args));
        return exec(dir, cmd, Map.of());
    }

    /** Runs any command in {@code dir} with the test environment plus {@code extra}; fails after 5 minutes. */
    public static Result exec(Path dir, List<String> cmd, Map<String, String> extra) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("HEYGEN_") || k.startsWith("JBANG_"));
        env.put("HEYGEN_JBANG_HOME", BOOT.toString());
        env.put("HEYGEN_JBANG_BOOTSTRAP", "1");
        env.put("JBANG_DIR", HOME.toString());
        // Journal and credentials lookups stay under target/, wherever the process runs (the repo root included).
        env.put("HEYGEN_CONFIG_DIR", CONFIG.toString());
        env.putAll(extra);
        Path out = Files.createTempFile("jbang-out", ".txt");
        Path err = Files.createTempFile("jbang-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        long t0 = System.nanoTime();
        Process p = pb.start();
        p.getOutputStream().close();
        try {
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("timed out after 5 min: " + cmd + "\n" + Files.readString(err));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                    Duration.ofNanos(System.nanoTime() - t0));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
