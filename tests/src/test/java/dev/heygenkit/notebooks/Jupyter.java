package dev.heygenkit.notebooks;

import dev.heygenkit.kernel.Main;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real Jupyter for the notebook tests: a kernelspec for the kit's kernel on this JVM's class path (the reactor's
 * classes, not {@code ~/.m2}) in a private {@code JUPYTER_PATH}, and commands run with the sandbox switched on and
 * every Jupyter and heygen directory inside a temporary folder.
 */
final class Jupyter {
    private final Path home;
    private final String kernel;

    private Jupyter(Path home, String kernel) {
        this.home = home;
        this.kernel = kernel;
    }

    /** Installs the kernelspec into {@code home} and returns the Jupyter that uses it. */
    static Jupyter install(Path home, String kernelName) throws Exception {
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        // C1 only: each notebook starts a kernel JVM whose time goes to start-up and JShell's first compiles.
        int status = Main.run(new String[]{"install", "--prefix", home.toString(), "--name", kernelName,
                "--jvm-option", "-XX:TieredStopAtLevel=1"}, quiet, quiet);
        assertThat(status).as("kernelspec install").isZero();
        return new Jupyter(home, kernelName);
    }

    /** The kernelspec name. */
    String kernel() {
        return kernel;
    }

    /** An executable on PATH, or null. */
    static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The Python a Jupyter script runs with (its shebang), which has jupyter_client; null when unknown. */
    static Path interpreterOf(Path script) throws IOException {
        String first = Files.readAllLines(script, StandardCharsets.ISO_8859_1).stream().findFirst().orElse("");
        if (!first.startsWith("#!")) {
            return null;
        }
        String[] words = first.substring(2).strip().split("\\s+");
        String python = words[0].endsWith("/env") && words.length > 1 ? words[1] : words[0];
        return python.contains("/") ? Path.of(python) : onPath(python);
    }

    /**
     * Runs a command in {@code dir} with Jupyter pointed at the kernelspec and the kit on its sandbox; returns its
     * output, failing when it times out or exits non-zero.
     */
    String run(List<String> command, Path dir, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile(home, "run", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JUPYTER_PATH", home.resolve("share/jupyter").toString());
        env.put("JUPYTER_DATA_DIR", home.resolve("data").toString());
        env.put("JUPYTER_CONFIG_DIR", home.resolve("config").toString());
        env.put("JUPYTER_RUNTIME_DIR", home.resolve("runtime").toString());
        env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        // The kernel must never reach the real API: no key, no base URL, the embedded sandbox on 127.0.0.1.
        env.remove("HEYGEN_API_KEY");
        env.remove("HEYGEN_API_BASE");
        env.put("HEYGEN_SANDBOX", "1");
        env.put("HEYGEN_CONFIG_DIR", home.resolve("heygen").toString());
        Process process = builder.start();
        boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!done) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(done).as("%s did not finish in %d s:%n%s", command.get(0), seconds, output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
