package dev.heygenkit.kernel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Writes Jupyter kernelspecs ({@code <kernels dir>/<name>/kernel.json}) that start this kernel with
 * {@code java -cp <class path> dev.heygenkit.kernel.Main {connection_file}}, and knows Jupyter's kernel directories.
 */
public final class KernelSpec {
    /** The kernelspec name notebooks select, unless {@code --name} says otherwise. */
    public static final String DEFAULT_NAME = "heygen-java";
    /** The name Jupyter shows in its kernel menu. */
    public static final String DEFAULT_DISPLAY_NAME = "Java (heygen-kit)";
    /** JVM options every kernelspec gets: no AWT display is needed to draw previews. */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-Djava.awt.headless=true", "-XX:+UseSerialGC");

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private KernelSpec() {
    }

    /** The command line Jupyter runs: Java, the class path, options, the main class and the connection file. */
    public static List<String> argv(String java, String classpath, List<String> jvmOptions) {
        List<String> argv = new ArrayList<>();
        argv.add(java);
        argv.addAll(jvmOptions);
        argv.add("-cp");
        argv.add(classpath);
        argv.add(Main.class.getName());
        argv.add("{connection_file}");
        return argv;
    }

    /** The Java that runs this JVM. */
    public static String currentJava() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java").toString();
    }

    /**
     * This JVM's class path as absolute paths, without entries that do not exist and without the jar of a launcher
     * that called {@link Main} (such as the JBang script), which the kernelspec does not need.
     */
    public static String currentClasspath() {
        Path launcher = launcherJar();
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank() && Files.exists(Path.of(entry))) {
                Path path = Path.of(entry).toAbsolutePath().normalize();
                if (!path.equals(launcher)) {
                    entries.add(path.toString());
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The jar of the JVM's main class when that class is a launcher other than {@link Main}, else null. */
    private static Path launcherJar() {
        String command = System.getProperty("sun.java.command", "").strip();
        String mainClass = command.isEmpty() ? "" : command.split("\\s+")[0];
        if (mainClass.isEmpty() || mainClass.equals(Main.class.getName()) || mainClass.endsWith(".jar")) {
            return null;
        }
        try {
            var source = Class.forName(mainClass, false, KernelSpec.class.getClassLoader())
                    .getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            Path own = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
            return location != null && Files.isRegularFile(location) && !location.equals(own) ? location : null;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException | java.net.URISyntaxException e) {
            return null;
        }
    }

    /**
     * Writes {@code kernel.json} into {@code kernelsDir/name}, replacing an earlier one.
     *
     * @return the kernelspec directory
     */
    public static Path write(Path kernelsDir, String name, String displayName, List<String> argv) throws IOException {
        checkName(name);
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        spec.put("display_name", displayName);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("env", Map.of());
        spec.put("metadata", Map.of("debugger", false));
        Path dir = kernelsDir.resolve(name);
        Files.createDirectories(dir);
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(spec);
        Files.writeString(dir.resolve("kernel.json"), json + "\n", StandardCharsets.UTF_8);
        return dir;
    }

    /** Checks a kernelspec name: lower-case letters, digits, dots, dashes and underscores. */
    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad kernel name '" + name
                    + "'; use lower-case letters, digits, '.', '-' or '_', e.g. heygen-java");
        }
    }

    /** The user's kernels directory: {@code JUPYTER_DATA_DIR/kernels} or the platform's Jupyter data directory. */
    public static Path userKernelsDir() {
        String dataDir = System.getenv("JUPYTER_DATA_DIR");
        if (dataDir != null && !dataDir.isBlank()) {
            return Path.of(dataDir, "kernels");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("jupyter").resolve("kernels");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Jupyter").resolve("kernels");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path data = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return data.resolve("jupyter").resolve("kernels");
    }

    /** The kernels directory under an installation prefix: {@code <prefix>/share/jupyter/kernels}. */
    public static Path prefixKernelsDir(Path prefix) {
        return prefix.resolve("share").resolve("jupyter").resolve("kernels");
    }

    /** The kernels directory of the Python environment that runs {@code jupyter} ({@code sys.prefix}). */
    public static Path sysPrefixKernelsDir() throws IOException, InterruptedException {
        String python = jupyterPython();
        Process process = new ProcessBuilder(python, "-c", "import sys; print(sys.prefix)")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0 || out.isEmpty()) {
            throw new IOException("could not ask " + python + " for sys.prefix (" + out
                    + "); use --user or --prefix DIR instead");
        }
        String[] lines = out.split("\\R");
        return prefixKernelsDir(Path.of(lines[lines.length - 1].strip()));
    }

    /** The interpreter in the {@code jupyter} script's first line, else {@code python3}. */
    private static String jupyterPython() throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path script = Path.of(dir, "jupyter");
            if (Files.isRegularFile(script)) {
                List<String> first = Files.readAllLines(script, StandardCharsets.ISO_8859_1);
                if (!first.isEmpty() && first.get(0).startsWith("#!")) {
                    String shebang = first.get(0).substring(2).strip();
                    String[] words = shebang.split("\\s+");
                    return words[0].endsWith("/env") && words.length > 1 ? words[1] : words[0];
                }
            }
        }
        return "python3";
    }
}
