package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.internal.http.Env;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs {@link Main#run} in-process against a fixed environment and captures what it printed. */
final class Cli {
    /** A key that must never show up in any output. */
    static final String KEY = "hg_test_SECRET_key_7f3a9c";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> env = new HashMap<>();
    private final Path dir;
    private String stdin = "";
    private boolean terminal;

    /** A CLI whose working and config directories are {@code dir}, talking to {@code base} with {@link #KEY}. */
    Cli(Path dir, String base) {
        this.dir = dir;
        env.put("HEYGEN_CONFIG_DIR", dir.resolve("config").toString());
        if (base != null) {
            env.put("HEYGEN_API_BASE", base);
            env.put("HEYGEN_API_KEY", KEY);
        }
    }

    Cli env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    Cli stdin(String text) {
        this.stdin = text;
        return this;
    }

    Cli terminal(boolean value) {
        this.terminal = value;
        return this;
    }

    Path dir() {
        return dir;
    }

    /** Runs the arguments and returns exit code, stdout and stderr. */
    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Env e = Env.of(env, Map.of("user.dir", dir.toString()), dir.resolve("home"));
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                e, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), terminal);
        Result r = new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        assertThat(r.out + r.err).as("the API key never appears in any output").doesNotContain(KEY);
        return r;
    }

    /**
     * What one run printed.
     *
     * @param code exit code
     * @param out  stdout
     * @param err  stderr
     */
    record Result(int code, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (Exception e) {
                throw new AssertionError("stdout is not JSON: " + out + "\nstderr: " + err, e);
            }
        }

        JsonNode errorJson() {
            try {
                return JSON.readTree(err).get("error");
            } catch (Exception e) {
                throw new AssertionError("stderr is not a JSON error envelope: " + err, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
