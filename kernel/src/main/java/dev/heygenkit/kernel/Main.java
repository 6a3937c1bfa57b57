package dev.heygenkit.kernel;

import dev.heygenkit.Version;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The kernel's command line: {@code install} writes a kernelspec that relaunches this JVM's class path, and a
 * connection file argument runs the kernel, as Jupyter does.
 *
 * <pre>{@code java -cp <class path> dev.heygenkit.kernel.Main install --user}</pre>
 */
public final class Main {
    private static final String USAGE = """
            usage: heygen-kernel install [--user | --prefix DIR | --sys-prefix | --kernels-dir DIR]
                                         [--name NAME] [--display-name TEXT] [--java PATH] [--jvm-option OPT]...
                   heygen-kernel uninstall [--user | --prefix DIR | --sys-prefix | --kernels-dir DIR] [--name NAME]
                   heygen-kernel [run] CONNECTION_FILE      (what Jupyter runs)
                   heygen-kernel --version
            install writes <dir>/NAME/kernel.json (default NAME heygen-java, default dir the user's Jupyter data dir);
            the kernelspec starts this same class path with java, so re-run install after moving the jars.""";

    private Main() {
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        int status;
        try {
            status = run(args, System.out, System.err);
        } catch (Exception e) {
            System.err.println("heygen-kernel: " + e.getMessage());
            status = 1;
        }
        System.exit(status);
    }

    /**
     * Runs a command without exiting the JVM.
     *
     * @return the exit status: 0 ok, 1 failure, 2 usage
     */
    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        switch (args[0]) {
            case "--version", "version" -> {
                out.println("heygen-kit kernel " + Version.KIT + " (Java " + Runtime.version() + ")");
                return 0;
            }
            case "install", "uninstall" -> {
                return install(args[0].equals("install"), List.of(args).subList(1, args.length), out, err);
            }
            case "run" -> {
                if (args.length != 2) {
                    err.println(USAGE);
                    return 2;
                }
                return runKernel(Path.of(args[1]));
            }
            default -> {
                if (args.length == 1 && Files.isRegularFile(Path.of(args[0]))) {
                    return runKernel(Path.of(args[0]));
                }
                err.println("heygen-kernel: unknown command or missing connection file '" + args[0] + "'");
                err.println(USAGE);
                return 2;
            }
        }
    }

    private static int install(boolean install, List<String> args, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        Path kernelsDir = null;
        String name = KernelSpec.DEFAULT_NAME;
        String displayName = KernelSpec.DEFAULT_DISPLAY_NAME;
        String java = KernelSpec.currentJava();
        List<String> jvmOptions = new ArrayList<>(KernelSpec.DEFAULT_JVM_OPTIONS);
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            switch (arg) {
                case "--user" -> kernelsDir = KernelSpec.userKernelsDir();
                case "--sys-prefix" -> kernelsDir = KernelSpec.sysPrefixKernelsDir();
                case "--prefix", "--kernels-dir", "--name", "--display-name", "--java", "--jvm-option" -> {
                    if (!hasValue) {
                        err.println("heygen-kernel: " + arg + " needs a value");
                        return 2;
                    }
                    String value = args.get(++i);
                    switch (arg) {
                        case "--prefix" -> kernelsDir = KernelSpec.prefixKernelsDir(Path.of(value).toAbsolutePath());
                        case "--kernels-dir" -> kernelsDir = Path.of(value).toAbsolutePath();
                        case "--name" -> name = value;
                        case "--display-name" -> displayName = value;
                        case "--java" -> java = value;
                        default -> jvmOptions.add(value);
                    }
                }
                default -> {
                    err.println("heygen-kernel: unknown option '" + arg + "'");
                    err.println(USAGE);
                    return 2;
                }
            }
        }
        if (kernelsDir == null) {
            kernelsDir = KernelSpec.userKernelsDir();
        }
        KernelSpec.checkName(name);
        if (!install) {
            return uninstall(kernelsDir, name, out, err);
        }
        List<String> argv = KernelSpec.argv(java, KernelSpec.currentClasspath(), jvmOptions);
        Path dir = KernelSpec.write(kernelsDir, name, displayName, argv);
        out.println("Installed kernelspec " + name + " (\"" + displayName + "\") in " + dir);
        out.println("Pick \"" + displayName + "\" in Jupyter, or run: jupyter nbconvert --to notebook --execute "
                + "--ExecutePreprocessor.kernel_name=" + name + " notebook.ipynb");
        return 0;
    }

    /** Removes a kernelspec (and its folder when nothing else is left in it). */
    private static int uninstall(Path kernelsDir, String name, PrintStream out, PrintStream err) throws IOException {
        Path dir = kernelsDir.resolve(name);
        Path spec = dir.resolve("kernel.json");
        if (!Files.isRegularFile(spec)) {
            err.println("heygen-kernel: no kernelspec " + name + " in " + kernelsDir + "; nothing to remove");
            return 1;
        }
        Files.delete(spec);
        try (var rest = Files.list(dir)) {
            if (rest.findAny().isEmpty()) {
                Files.delete(dir);
            }
        }
        out.println("Removed kernelspec " + name + " from " + kernelsDir);
        return 0;
    }

    private static int runKernel(Path connectionFile) throws Exception {
        String json = Files.readString(connectionFile, StandardCharsets.UTF_8);
        KernelConnectionProperties properties = KernelConnectionProperties.parse(json);
        JupyterConnection connection = new JupyterConnection(properties);
        HeyGenKernel kernel = new HeyGenKernel(Evaluator.create());
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        kernel.evaluator().close();
        return 0;
    }
}
