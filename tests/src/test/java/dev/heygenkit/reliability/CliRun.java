package dev.heygenkit.reliability;

import dev.heygenkit.cli.Main;
import dev.heygenkit.internal.http.Env;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The CLI run in-process ({@link Main#run}) or as its own JVM, in a folder of its own, with a fixed environment.
 * The one place the reliability cases touch the CLI's entry point.
 */
final class CliRun {
    private final Path dir;
    private final Map<String, String> env = new HashMap<>();

    CliRun(Path dir, String base, String key) {
        this.dir = dir;
        env.put("HEYGEN_CONFIG_DIR", dir.resolve("config").toString());
        if (base != null) {
            env.put("HEYGEN_API_BASE", base);
        }
        if (key != null) {
            env.put("HEYGEN_API_KEY", key);
        }
    }

    CliRun env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    Path dir() {
        return dir;
    }

    /** What one run printed. */
    record Result(int code, String out, String err) {
        /** The first non-blank line of stderr, for the tables. */
        String firstErrorLine() {
            return err.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        }
    }

    /** Runs in this JVM with an empty stdin and no terminal. */
    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Env e = Env.of(env, Map.of("user.dir", dir.toString()), dir.resolve("home"));
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                e, new ByteArrayInputStream(new byte[0]), false);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs {@code java dev.heygenkit.cli.Main args} as a child process, for what only a real process shows (log routing). */
    Result spawn(String... args) {
        return spawn(120, args);
    }

    /** Exit code of a spawned run that was killed because it outlived its time. */
    static final int KILLED = -1;

    /**
     * Runs the CLI as a child process killed after {@code seconds} (then the code is {@link #KILLED}): for inputs that
     * may block or read forever, which must not hang or fill this JVM.
     */
    Result spawn(long seconds, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", cp,
                "-Duser.home=" + dir.resolve("home"), Main.class.getName()));
        cmd.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(dir, "out", ".txt");
            Path err = Files.createTempFile(dir, "err", ".txt");
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().keySet().removeIf(k -> k.startsWith("HEYGEN_"));
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                return new Result(KILLED, Files.readString(out), "still running after " + seconds + " s (killed)");
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
