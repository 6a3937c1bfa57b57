package dev.heygenkit.kernel;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Resolves coordinates by running Maven ({@code mvn dependency:build-classpath}) on a generated one-dependency POM, so
 * the user's {@code settings.xml}, mirrors and local repository apply. Results are cached per coordinate set; a cached
 * class path whose jars all still exist is reused without starting Maven.
 */
public final class MavenResolver implements Resolver {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-+]+");
    private static final long TIMEOUT_MINUTES = 10;

    private final List<String> mvn;
    private final Path cacheDir;

    /**
     * Creates a resolver.
     *
     * @param mvn      the Maven command, e.g. {@code List.of("mvn")}
     * @param cacheDir where generated POMs and resolved class paths are kept
     */
    public MavenResolver(List<String> mvn, Path cacheDir) {
        this.mvn = List.copyOf(mvn);
        this.cacheDir = cacheDir;
    }

    /** A resolver using {@code mvn} from {@code MAVEN_HOME} or the PATH, caching under {@code <config dir>/kernel/maven}. */
    public static MavenResolver fromEnvironment() {
        String home = System.getenv("MAVEN_HOME");
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String exe = windows ? "mvn.cmd" : "mvn";
        String command = exe;
        if (home != null && Files.isExecutable(Path.of(home, "bin", exe))) {
            command = Path.of(home, "bin", exe).toString();
        }
        return new MavenResolver(List.of(command), KernelDirs.config().resolve("kernel").resolve("maven"));
    }

    @Override
    public List<Path> resolve(List<String> coordinates) throws IOException, InterruptedException {
        if (coordinates.isEmpty()) {
            throw new IllegalArgumentException("%maven needs coordinates, e.g. %maven org.example:lib:1.0");
        }
        StringBuilder deps = new StringBuilder();
        for (String coordinate : coordinates) {
            deps.append(dependency(coordinate));
        }
        Path dir = cacheDir.resolve(hash(String.join(" ", coordinates)));
        Path classpathFile = dir.resolve("classpath.txt");
        List<Path> cached = read(classpathFile);
        if (cached != null) {
            return cached;
        }
        Files.createDirectories(dir);
        Path pom = dir.resolve("pom.xml");
        Files.writeString(pom, pom(deps.toString()));
        Files.deleteIfExists(classpathFile);
        List<String> command = new ArrayList<>(mvn);
        command.addAll(List.of("-B", "-q", "-ntp", "-Dstyle.color=never", "-f", pom.toString(), "dependency:build-classpath",
                "-Dmdep.outputFile=" + classpathFile, "-Dmdep.includeScope=runtime"));
        Path log = dir.resolve("mvn.log");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IOException("%maven needs Maven: could not run '" + mvn.get(0) + "' (" + e.getMessage()
                    + "); install Maven or set MAVEN_HOME, or add jars with %jars", e);
        }
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("%maven " + String.join(" ", coordinates) + " took over " + TIMEOUT_MINUTES
                    + " minutes; check the network or Maven settings (log: " + log + ")");
        }
        List<Path> resolved = read(classpathFile);
        if (process.exitValue() != 0 || resolved == null) {
            throw new IOException("%maven could not resolve " + String.join(" ", coordinates) + ": "
                    + lastError(log) + "; check the coordinates (log: " + log + ")");
        }
        return resolved;
    }

    /** The {@code <dependency>} element for a coordinate, after checking its shape. */
    static String dependency(String coordinate) {
        String[] p = coordinate.split(":", -1);
        for (String part : p) {
            if (!PART.matcher(part).matches()) {
                throw new IllegalArgumentException("bad Maven coordinate '" + coordinate
                        + "'; write group:artifact:version (or group:artifact:type[:classifier]:version)");
            }
        }
        String group = p[0];
        String artifact = p.length > 1 ? p[1] : null;
        String type = null;
        String classifier = null;
        String version;
        switch (p.length) {
            case 3 -> version = p[2];
            case 4 -> {
                type = p[2];
                version = p[3];
            }
            case 5 -> {
                type = p[2];
                classifier = p[3];
                version = p[4];
            }
            default -> throw new IllegalArgumentException("bad Maven coordinate '" + coordinate
                    + "'; write group:artifact:version (or group:artifact:type[:classifier]:version)");
        }
        return "    <dependency><groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>"
                + version + "</version>" + (type == null ? "" : "<type>" + type + "</type>")
                + (classifier == null ? "" : "<classifier>" + classifier + "</classifier>") + "</dependency>\n";
    }

    private static String pom(String dependencies) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.heygenkit.kernel.maven</groupId>
                  <artifactId>resolve</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <dependencies>
                %s  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.apache.maven.plugins</groupId>
                        <artifactId>maven-dependency-plugin</artifactId>
                        <version>3.8.1</version>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(dependencies);
    }

    private static List<Path> read(Path classpathFile) throws IOException {
        if (!Files.isRegularFile(classpathFile)) {
            return null;
        }
        String text = Files.readString(classpathFile, StandardCharsets.UTF_8).strip();
        List<Path> jars = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String entry : text.split(Pattern.quote(File.pathSeparator))) {
                Path jar = Path.of(entry.strip());
                if (!Files.exists(jar)) {
                    return null;
                }
                jars.add(jar);
            }
        }
        return jars;
    }

    /** The first error line of Maven's log, without colour codes, help links or the generated project's name. */
    static String lastError(Path log) {
        try {
            for (String raw : Files.readAllLines(log)) {
                String line = raw.replaceAll("\u001b\\[[0-9;]*m", "").strip();
                if (line.startsWith("[ERROR]") && line.length() > 8) {
                    String message = line.substring(7).strip().replaceFirst("\\s*-> \\[Help \\d+]$", "");
                    int project = message.indexOf("resolve:pom:1: ");
                    return project < 0 ? message : message.substring(project + "resolve:pom:1: ".length());
                }
            }
            return "Maven failed without an [ERROR] line";
        } catch (IOException e) {
            return "Maven failed";
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
