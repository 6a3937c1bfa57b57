package dev.heygenkit.internal.render;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A child JVM running {@link ChildMain} on the test class path. */
public final class Child implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final List<String> lines = new ArrayList<>();

    private Child(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code ChildMain} with these arguments and extra environment variables; stderr goes to {@code log}. */
    public static Child start(Path log, Map<String, String> env, String... args) throws IOException {
        return start(ChildMain.class, List.of(), log, env, args);
    }

    /** Starts {@code main} with JVM options (e.g. {@code -Dname=value}), arguments and extra environment variables. */
    public static Child start(Class<?> main, List<String> jvmOptions, Path log, Map<String, String> env, String... args)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", cp, main.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(log.toFile());
        pb.environment().putAll(env);
        return new Child(pb.start());
    }

    /** Reads stdout until a line matches, failing with what was seen when the child ends first. */
    public String await(Predicate<String> wanted) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
        throw new AssertionError("child ended (exit " + exitCode() + ") without the expected line; it printed " + lines);
    }

    /** Kills the child with SIGKILL and waits for it to be gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("child did not die");
        }
    }

    /** Waits for a normal exit and returns the code. */
    public int waitFor() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child did not finish within 60 s");
        }
        return process.exitValue();
    }

    private String exitCode() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }

    /** The path separator-joined class path the child runs with, for messages. */
    static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")).replace(File.pathSeparator, "\n");
    }
}
