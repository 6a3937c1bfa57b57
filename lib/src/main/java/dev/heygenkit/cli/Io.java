package dev.heygenkit.cli;

import dev.heygenkit.internal.http.Env;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Everything a command touches outside itself: the three streams, the environment and whether a person is at a
 * terminal. Tests pass their own, so every command runs in-process.
 *
 * @param out      where results go (tables, JSON)
 * @param err      where progress, warnings and errors go
 * @param in       where confirmations are read from
 * @param env      environment variables, system properties and home directory
 * @param terminal whether stdin and stderr are an interactive terminal
 */
record Io(PrintStream out, PrintStream err, InputStream in, Env env, boolean terminal) {
    /** The directory relative paths are resolved against: system property {@code user.dir} of the env. */
    Path cwd() {
        String dir = env.property("user.dir");
        return dir == null || dir.isBlank() ? Path.of("").toAbsolutePath() : Path.of(dir);
    }

    /** A path given on the command line, resolved against {@link #cwd()}. */
    Path path(String given) {
        Path p = Path.of(given.startsWith("~/") ? env.home() + given.substring(1) : given);
        return p.isAbsolute() ? p : cwd().resolve(p).normalize();
    }
}
