package dev.heygenkit.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The heygen CLI as its launcher starts it: the kit jar and lib's runtime class path, the JVM options of
 * scripts/heygen.java's {@code //JAVA_OPTIONS} lines and, like its {@code //CDS}, an application class-data-sharing
 * archive recorded by a first run.
 *
 * @param classPath the kit jar and its runtime dependencies (jars only: CDS refuses directories)
 * @param options   the launcher's JVM options
 * @param archive   where the archive is recorded
 */
record Launch(String classPath, List<String> options, Path archive) {
    static final String MAIN = "dev.heygenkit.cli.Main";

    /** Reads the launch from a built repository ({@code mvn package -pl lib} leaves the jar and class path). */
    static Launch of(Path repo) throws IOException {
        Path target = repo.resolve("lib/target");
        Path jar;
        try (Stream<Path> s = Files.list(target)) {
            jar = s.filter(p -> p.getFileName().toString().matches("heygen-kit-[^-]+(-SNAPSHOT)?\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no kit jar in " + target + "; run bench/run"));
        }
        String deps = Files.readString(target.resolve("runtime-classpath.txt")).strip();
        List<String> options = new ArrayList<>();
        for (Path script : List.of(repo.resolve("scripts/kit/heygen_kit.java"), repo.resolve("scripts/heygen.java"))) {
            for (String line : Files.readAllLines(script)) {
                if (line.startsWith("//JAVA_OPTIONS ")) {
                    options.addAll(List.of(line.substring("//JAVA_OPTIONS ".length()).trim().split("\\s+")));
                }
            }
        }
        return new Launch(jar + File.pathSeparator + deps, options, repo.resolve("bench/target/heygen-cli.jsa"));
    }

    /** This JVM's java binary. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The CLI with the launcher's options, mapping the recorded archive. */
    List<String> cli(List<String> args) {
        return command(List.of("-XX:SharedArchiveFile=" + archive), args);
    }

    /** The CLI as plain {@code java -cp}: no archive, the JVM's default JIT and collector. */
    List<String> plain(List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-cp", classPath, MAIN));
        cmd.addAll(args);
        return cmd;
    }

    /** Records the archive with one run of {@code looks --json}, as the launcher's first run does. */
    void record(Map<String, String> env) throws Exception {
        Files.deleteIfExists(archive);
        time(command(List.of("-XX:ArchiveClassesAtExit=" + archive), List.of("looks", "--json")), env, Path.of(""));
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the first run recorded no archive at " + archive);
        }
    }

    private List<String> command(List<String> extra, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(options);
        cmd.addAll(extra);
        cmd.addAll(List.of("-cp", classPath, MAIN));
        cmd.addAll(args);
        return cmd;
    }

    /** Runs a command to completion with {@code env} added and returns its wall time in ms; fails unless it exits 0. */
    static double time(List<String> cmd, Map<String, String> env, Path dir) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toAbsolutePath().toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("HEYGEN_"));
        pb.environment().putAll(env);
        Path out = Files.createTempFile("bench-launch", ".out");
        try {
            pb.redirectErrorStream(true).redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            long t0 = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                throw new IllegalStateException("timed out: " + cmd);
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            if (p.exitValue() != 0) {
                throw new IllegalStateException("exit " + p.exitValue() + " from " + cmd + ":\n" + Files.readString(out, StandardCharsets.UTF_8));
            }
            return ms;
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
