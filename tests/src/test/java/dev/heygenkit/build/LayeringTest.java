package dev.heygenkit.build;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dependencies point one way (docs/ARCHITECTURE.md): cli, notebook → root DSL → internal.render → api → internal.http,
 * and the sandbox stands apart from the client. Read from lib's compiled classes (every type a class names in its
 * constant pool, nested types and generic signatures included), so neither comments nor simple-name imports can hide
 * a dependency, and a record nested in an exception is not mistaken for an exception.
 */
class LayeringTest {
    private static final Pattern TYPE = Pattern.compile("dev/heygenkit/[A-Za-z0-9_/$]+");
    /**
     * Root types the plumbing may name besides exceptions: callbacks and policies users plug in, and the problem value
     * preflight reports (it lives beside the exception that carries it). Listed by name: nothing else gets through.
     */
    private static final Set<String> EXTENSION_POINTS = Set.of("RetryPolicy", "HttpListener", "Sleeper",
            "TransferProgress", "ProgressListener", "ProgressEvent", "PollSchedule", "JournalEntry", "Overwrite",
            "PreflightException$Problem", "PreflightException$Severity", "ProblemCodes");
    /**
     * The internal access point ({@code internal.Internals}): the root client and the api package register with it so
     * their plumbing needs no public methods. Only they may name it from below the CLI and notebook.
     */
    private static final String BRIDGE = "dev/heygenkit/internal/Internals";

    private static Path classes() {
        return Path.of(System.getProperty("heygen.lib.dir", "../lib"), "target/classes");
    }

    /** The layer of an internal class name such as {@code dev/heygenkit/internal/http/Json$1}. */
    static String layer(String internalName) {
        String rest = internalName.substring("dev/heygenkit/".length());
        int slash = rest.lastIndexOf('/');
        return slash < 0 ? "root" : rest.substring(0, slash);
    }

    /** Every kit type one class file names. */
    static Set<String> references(byte[] classFile) throws IOException {
        Set<String> out = new TreeSet<>();
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(classFile))) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> {
                        Matcher m = TYPE.matcher(in.readUTF());
                        while (m.find()) {
                            out.add(m.group());
                        }
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
        }
        return out;
    }

    /** Whether a referenced root type is an exception (loaded, not guessed from its name). */
    private static boolean isException(String internalName) {
        try {
            return Throwable.class.isAssignableFrom(Class.forName(internalName.replace('/', '.'), false,
                    LayeringTest.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean isExtensionPoint(String internalName) {
        String simple = internalName.substring("dev/heygenkit/".length());
        int dollar = simple.indexOf('$');
        return EXTENSION_POINTS.contains(simple) || dollar > 0 && EXTENSION_POINTS.contains(simple.substring(0, dollar));
    }

    /** Why {@code from} (in layer {@code layer}) may not name {@code to}, or null when it may. */
    static String offence(String layer, String to) {
        String target = layer(to);
        if (target.equals(layer)) {
            return null;
        }
        boolean rootAllowed = target.equals("root") && (isException(to) || isExtensionPoint(to));
        boolean registers = (layer.equals("root") || layer.equals("api"))
                && (to.equals(BRIDGE) || to.startsWith(BRIDGE + "$"));
        if (registers) {
            return null;
        }
        Set<String> allowed = switch (layer) {
            case "internal/http" -> Set.of();
            case "api" -> Set.of("internal/http");
            case "internal/render" -> Set.of("api", "internal/http");
            case "internal/batch" -> Set.of("api", "internal/http", "internal/render", "internal/webhooks");
            case "internal/webhooks" -> Set.of("api", "internal/http");
            case "sandbox" -> Set.of("internal/media");
            case "internal/media" -> Set.of();
            case "root" -> Set.of("api", "internal/http", "internal/render", "internal/webhooks", "sandbox", "internal/batch");
            default -> null;
        };
        if (allowed == null || allowed.contains(target)) {
            return null;
        }
        if (rootAllowed && !layer.equals("sandbox") && !layer.equals("internal/media")) {
            return null;
        }
        return "uses " + to.replace('/', '.');
    }

    private static List<String> scan(String layer) throws IOException {
        Path dir = classes().resolve("dev/heygenkit").resolve(layer.equals("root") ? "" : layer);
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = layer.equals("root") ? Files.list(dir) : Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes().relativize(f).toString().replace('\\', '/').replace(".class", "");
                if (!layer(name).equals(layer)) {
                    continue;
                }
                for (String to : references(Files.readAllBytes(f))) {
                    String why = offence(layer, to);
                    if (why != null) {
                        out.add(name.replace('/', '.') + " " + why);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void the_classes_are_where_the_test_looks() {
        assertThat(classes().resolve("dev/heygenkit/internal/http/HttpTransport.class")).exists();
        assertThat(classes().resolve("dev/heygenkit/api/Videos.class")).exists();
        assertThat(classes().resolve("dev/heygenkit/internal/render/Submitter.class")).exists();
    }

    @Test
    void http_plumbing_uses_only_root_exceptions_and_extension_points() throws IOException {
        assertThat(scan("internal/http")).isEmpty();
    }

    @Test
    void api_uses_no_render_sandbox_notebook_cli_or_dsl_classes() throws IOException {
        assertThat(scan("api")).isEmpty();
    }

    @Test
    void render_plumbing_uses_no_dsl_types() throws IOException {
        assertThat(scan("internal/render")).isEmpty();
    }

    @Test
    void batch_plumbing_uses_no_dsl_types() throws IOException {
        assertThat(scan("internal/batch")).isEmpty();
    }

    @Test
    void webhook_plumbing_uses_no_render_sandbox_notebook_cli_or_dsl_classes() throws IOException {
        assertThat(scan("internal/webhooks")).isEmpty();
    }

    @Test
    void the_sandbox_uses_nothing_from_the_client() throws IOException {
        assertThat(scan("sandbox")).isEmpty();
        assertThat(scan("internal/media")).isEmpty();
    }

    @Test
    void the_dsl_does_not_reach_up_into_notebook_or_cli() throws IOException {
        assertThat(scan("root")).isEmpty();
    }

    @Test
    void the_checker_reads_nested_types_and_tells_exceptions_from_records_nested_in_them() throws IOException {
        assertThat(offence("internal/http", "dev/heygenkit/NotFoundException")).isNull();
        assertThat(offence("internal/http", "dev/heygenkit/Scenes$Builder")).isNotNull();
        assertThat(offence("internal/render", "dev/heygenkit/PreflightException$Problem")).isNull();
        assertThat(offence("internal/http", "dev/heygenkit/RetryPolicy")).isNull();
        assertThat(offence("internal/http", "dev/heygenkit/Avatar")).isNotNull();
        assertThat(offence("api", "dev/heygenkit/internal/render/Journal")).isNotNull();
        assertThat(offence("sandbox", "dev/heygenkit/NotFoundException")).isNotNull();
        assertThat(offence("root", "dev/heygenkit/notebook/Html")).isNotNull();
        assertThat(offence("api", "dev/heygenkit/internal/Internals$ApiAccess")).isNull();
        assertThat(offence("internal/render", "dev/heygenkit/internal/Internals")).isNotNull();
        try (InputStream in = LayeringTest.class.getResourceAsStream("/dev/heygenkit/Avatar.class")) {
            assertThat(in).as("lib's classes on the test class path").isNotNull();
            assertThat(references(in.readAllBytes())).contains("dev/heygenkit/api/AvatarVideoRequest",
                    "dev/heygenkit/PreflightException$Problem");
        }
    }
}
