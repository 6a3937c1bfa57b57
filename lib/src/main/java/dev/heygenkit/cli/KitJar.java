package dev.heygenkit.cli;

import dev.heygenkit.HeyGen;
import dev.heygenkit.internal.http.Env;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The running kit as a Maven artifact: a jar of its own classes and resources (from the jar or class folder it was
 * loaded from: Maven's jar, JBang's compile of the sources, or {@code lib/target/classes}) and a POM naming its runtime
 * dependencies, written into a local Maven repository the way {@code mvn install} lays them out.
 */
final class KitJar {
    static final String GROUP = "dev.heygenkit";
    static final String ARTIFACT = "heygen-kit";
    /** The kit's runtime class path, as Maven resolves lib (a drift test keeps them equal). */
    static final List<String> DEPENDENCIES = List.of(
            "com.fasterxml.jackson.core:jackson-databind:2.20.1",
            "com.fasterxml.jackson.core:jackson-annotations:2.20",
            "com.fasterxml.jackson.core:jackson-core:2.20.1",
            "com.fasterxml.jackson.dataformat:jackson-dataformat-csv:2.20.1",
            "info.picocli:picocli:4.7.7",
            "org.jcodec:jcodec:0.2.5");

    private static final String PREFIX = "dev/heygenkit/";
    private static final String SERVICE = "META-INF/services/org.dflib.jjava.jupyter.Extension";
    private static final Pattern LOCAL_REPO = Pattern.compile("<localRepository>\\s*([^<]+?)\\s*</localRepository>");

    private KitJar() {
    }

    /**
     * Where installed.
     *
     * @param repository the local repository
     * @param jar        the jar written
     * @param pom        the POM written
     */
    record Installed(Path repository, Path jar, Path pom) {
    }

    /**
     * The local Maven repository: system property {@code maven.repo.local}, else {@code <localRepository>} in
     * {@code ~/.m2/settings.xml}, else {@code ~/.m2/repository}.
     */
    static Path localRepository(Env env) throws IOException {
        String property = env.property("maven.repo.local");
        if (property != null && !property.isBlank()) {
            return Path.of(property.trim());
        }
        Path settings = env.home().resolve(".m2/settings.xml");
        if (Files.isRegularFile(settings)) {
            Matcher m = LOCAL_REPO.matcher(Files.readString(settings, StandardCharsets.UTF_8));
            if (m.find()) {
                return Path.of(m.group(1).replace("${user.home}", env.home().toString()));
            }
        }
        return env.home().resolve(".m2/repository");
    }

    /** Writes the running kit as {@code dev.heygenkit:heygen-kit:<version>} into {@code repository}. */
    static Installed install(Path repository, String version) throws IOException {
        Path dir = repository.resolve(GROUP.replace('.', '/')).resolve(ARTIFACT).resolve(version);
        Files.createDirectories(dir);
        String pom = pom(version);
        Path jar = write(dir.resolve(ARTIFACT + "-" + version + ".jar"), jar(codeSource(), version, pom));
        Path pomFile = write(dir.resolve(ARTIFACT + "-" + version + ".pom"), pom.getBytes(StandardCharsets.UTF_8));
        return new Installed(repository, jar, pomFile);
    }

    /** Where the kit's classes were loaded from: a jar or a class folder. */
    static Path codeSource() throws IOException {
        try {
            return Path.of(HeyGen.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell where heygen-kit was loaded from: " + e.getMessage(), e);
        }
    }

    /** The POM: coordinates and the runtime dependencies with their versions, no parent. */
    static String pom(String version) {
        StringBuilder deps = new StringBuilder();
        for (String d : DEPENDENCIES) {
            String[] p = d.split(":");
            deps.append("    <dependency><groupId>").append(p[0]).append("</groupId><artifactId>").append(p[1])
                    .append("</artifactId><version>").append(p[2]).append("</version></dependency>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId>
                  <artifactId>%s</artifactId>
                  <version>%s</version>
                  <packaging>jar</packaging>
                  <name>heygen-kit</name>
                  <description>Fluent Java DSL, typed client, CLI and offline sandbox for HeyGen's v3 avatar-video API.</description>
                  <dependencies>
                %s  </dependencies>
                </project>
                """.formatted(GROUP, ARTIFACT, version, deps);
    }

    /**
     * The jar: every kit class and resource of {@code source} (a jar or a class folder), the JJava service only with
     * its class, this version in {@code version.properties}, the POM under {@code META-INF/maven} and a manifest.
     */
    static byte[] jar(Path source, String version, String pom) throws IOException {
        Map<String, byte[]> entries = Files.isDirectory(source) ? fromFolder(source) : fromJar(source);
        entries.keySet().removeIf(name -> !keep(name));
        if (!entries.containsKey(PREFIX + "notebook/JJavaExtension.class")) {
            entries.remove(SERVICE);
        }
        if (!entries.containsKey(PREFIX + "HeyGen.class")) {
            throw new IOException(source + " holds no heygen-kit classes; run this command from the kit itself");
        }
        entries.put(PREFIX + "version.properties", ("version=" + version + "\n").getBytes(StandardCharsets.UTF_8));
        String maven = "META-INF/maven/" + GROUP + "/" + ARTIFACT + "/";
        entries.put(maven + "pom.xml", pom.getBytes(StandardCharsets.UTF_8));
        entries.put(maven + "pom.properties", ("groupId=" + GROUP + "\nartifactId=" + ARTIFACT + "\nversion=" + version
                + "\n").getBytes(StandardCharsets.UTF_8));
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "dev.heygenkit.cli.Main");
        main.put(Attributes.Name.IMPLEMENTATION_TITLE, ARTIFACT);
        main.put(Attributes.Name.IMPLEMENTATION_VERSION, version);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The kit's own entries: its packages (not the kernel's, which is its own artifact), the module descriptor, the service. */
    private static boolean keep(String name) {
        return name.startsWith(PREFIX) && !name.startsWith(PREFIX + "kernel/") && !name.endsWith("/")
                || name.equals("module-info.class") || name.equals(SERVICE);
    }

    private static Map<String, byte[]> fromFolder(Path folder) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.put(folder.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static Map<String, byte[]> fromJar(Path jar) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(jar); JarInputStream in = new JarInputStream(file)) {
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                if (!e.isDirectory()) {
                    out.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return out;
    }

    /** Writes through a temporary file beside the target, so a reader never sees half a jar. */
    private static Path write(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            Files.write(tmp, bytes);
            try {
                // A temporary file is private; an installed artifact is readable like anything mvn install writes.
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // the platform's defaults apply
            }
            return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
