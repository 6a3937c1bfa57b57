package dev.heygenkit.jbang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the JBang side in step with the Maven build: the kit's //DEPS are lib's runtime class path, its //SOURCES and
 * //FILES cover lib, every catalog reference is relative and exists, every script is in the catalog.
 */
class LauncherDriftTest {
    static final Path REPO = JBang.REPO;
    static final Path KIT = REPO.resolve("scripts/kit/heygen_kit.java");
    static final Path LIB = Path.of(System.getProperty("heygen.lib.dir")).toAbsolutePath().normalize();

    static List<String> directive(Path file, String name) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("//" + name + " ")) {
                out.addAll(List.of(line.substring(name.length() + 3).trim().split("\\s+")));
            }
        }
        return out;
    }

    @Test
    void kit_deps_are_exactly_libs_runtime_class_path() throws Exception {
        String cp = Files.readString(LIB.resolve("target/runtime-classpath.txt")).strip();
        Pattern jar = Pattern.compile("(.+)/([^/]+)/([^/]+)/\\2-\\3\\.jar");
        String local = dev.heygenkit.release.StandInRepositories.LOCAL.toAbsolutePath().normalize().toString()
                .replace('\\', '/') + "/";
        Set<String> runtime = new TreeSet<>();
        for (String entry : cp.split(File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            Matcher m = jar.matcher(path.startsWith(local) ? path.substring(local.length()) : "");
            assertThat(m.matches()).as("a Maven repository jar: " + entry).isTrue();
            runtime.add(m.group(1).replace('/', '.') + ":" + m.group(2) + ":" + m.group(3));
        }
        assertThat(new TreeSet<>(directive(KIT, "DEPS"))).as("//DEPS in " + REPO.relativize(KIT)).isEqualTo(runtime);
    }

    @Test
    void kit_sources_cover_every_lib_source_but_the_jjava_extension_and_the_module_descriptor() throws Exception {
        Path javaRoot = LIB.resolve("src/main/java");
        assertThat(javaRoot.resolve("module-info.java")).exists();
        Set<Path> expected;
        try (Stream<Path> s = Files.walk(javaRoot)) {
            // JBang compiles the kit on the class path: module-info.java among its sources would make javac build a
            // module and look for Jackson, picocli and JCodec on a module path JBang does not set up.
            expected = s.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("JJavaExtension.java"))
                    .filter(p -> !p.getFileName().toString().equals("module-info.java"))
                    .map(Path::normalize).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<Path> matched = new TreeSet<>();
        for (String glob : directive(KIT, "SOURCES")) {
            matched.addAll(expand(KIT.getParent(), glob));
        }
        assertThat(matched).as("files the //SOURCES globs match").isEqualTo(expected);
    }

    /** Expands a JBang //SOURCES entry the way JBang does: a plain path before the first glob character, then a glob. */
    static List<Path> expand(Path base, String entry) throws IOException {
        String[] parts = entry.split("/");
        Path dir = base;
        int i = 0;
        while (i < parts.length && !parts[i].matches(".*[*?\\[{].*")) {
            dir = dir.resolve(parts[i++]);
        }
        if (i == parts.length) {
            return List.of(dir.normalize());
        }
        String rest = String.join("/", List.of(parts).subList(i, parts.length));
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        Path root = dir.normalize();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> m.matches(root.relativize(p))).map(Path::normalize).toList();
        }
    }

    @Test
    void kit_files_bring_every_resource_the_sources_need() throws Exception {
        Path res = LIB.resolve("src/main/resources");
        Set<String> expected;
        try (Stream<Path> s = Files.walk(res)) {
            expected = s.filter(Files::isRegularFile).map(p -> res.relativize(p).toString().replace('\\', '/'))
                    // version.properties is Maven-filtered (sources report "dev"); the service file names the JJava extension.
                    .filter(p -> !p.equals("dev/heygenkit/version.properties") && !p.startsWith("META-INF/services/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> mapped = new TreeSet<>();
        for (String f : directive(KIT, "FILES")) {
            String[] kv = f.split("=", 2);
            assertThat(KIT.getParent().resolve(kv[1]).normalize()).as("//FILES source").isEqualTo(res.resolve(kv[0]).normalize()).exists();
            mapped.add(kv[0]);
        }
        assertThat(mapped).isEqualTo(expected);
    }

    @Test
    void every_catalog_reference_is_relative_and_exists_and_every_script_has_an_alias() throws Exception {
        JsonNode catalog = new ObjectMapper().readTree(REPO.resolve("jbang-catalog.json").toFile());
        Set<String> referenced = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = catalog.get("aliases").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> alias = it.next();
            String ref = alias.getValue().get("script-ref").asText();
            assertThat(ref).as(alias.getKey()).doesNotStartWith("/").doesNotContain("..", ":");
            assertThat(REPO.resolve(ref)).as(alias.getKey()).isRegularFile();
            assertThat(alias.getValue().get("description").asText()).as(alias.getKey() + " description").isNotBlank();
            referenced.add(ref);
        }
        assertThat(referenced).contains("notebooks/kernel/heygen_kernel.java", "scripts/heygen.java");
        try (Stream<Path> s = Files.list(REPO.resolve("scripts"))) {
            List<String> scripts = s.filter(p -> p.toString().endsWith(".java")).map(p -> "scripts/" + p.getFileName()).toList();
            assertThat(referenced).containsAll(scripts);
        }
        for (JsonNode t : catalog.get("templates")) {
            t.get("file-refs").forEach(ref -> assertThat(REPO.resolve(ref.asText())).isRegularFile());
        }
    }

    @Test
    void every_script_is_runnable_with_a_header_comment_and_the_kit() throws Exception {
        try (Stream<Path> s = Files.list(REPO.resolve("scripts"))) {
            for (Path script : s.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(script);
                assertThat(lines.get(0)).as(script + " line 1").isEqualTo("///usr/bin/env jbang \"$0\" \"$@\" ; exit $?");
                assertThat(lines.get(1)).as(script + " says what it shows").startsWith("// ").hasSizeGreaterThan(30);
                assertThat(directive(script, "SOURCES")).as(script + " compiles the kit").contains("kit/heygen_kit.java");
            }
        }
    }

    @Test
    void the_init_template_depends_on_the_kit_version_lib_builds() throws Exception {
        List<String> deps = directive(REPO.resolve("templates/heygen.java.qute"), "DEPS");
        assertThat(deps).containsExactly("dev.heygenkit:heygen-kit:" + dev.heygenkit.release.VersionDriftTest.revision());
    }
}
