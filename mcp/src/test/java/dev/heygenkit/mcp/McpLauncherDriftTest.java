package dev.heygenkit.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code scripts/heygen_mcp.java} (what {@code ./jbang heygen-mcp} compiles) in step with this module: its //DEPS
 * are exactly the runtime class path beyond the kit's, its //SOURCES cover every server source, and the catalog has
 * the alias. The kit's own directives are LauncherDriftTest's business in the tests module.
 */
class McpLauncherDriftTest {
    static final Path REPO = Path.of(System.getProperty("heygen.repo.root")).toAbsolutePath().normalize();
    static final Path SCRIPT = REPO.resolve("scripts/heygen_mcp.java");
    /** The build's local repository; jars on the class path sit below it as group/artifact/version/file. */
    private static final String LOCAL = Path.of(System.getProperty("maven.repo.local",
            System.getProperty("user.home") + "/.m2/repository")).toAbsolutePath().normalize().toString().replace('\\', '/') + "/";
    private static final Pattern JAR = Pattern.compile("(.+)/([^/]+)/([^/]+)/\\2-\\3\\.jar");

    static List<String> directive(String name) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(SCRIPT)) {
            if (line.startsWith("//" + name + " ")) {
                out.add(line.substring(name.length() + 3).trim());
            }
        }
        return out;
    }

    static Set<String> coordinates(Path classpathFile) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String entry : Files.readString(classpathFile).strip().split(File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            Matcher m = JAR.matcher(path.startsWith(LOCAL) ? path.substring(LOCAL.length()) : "");
            if (m.matches()) {
                out.add(m.group(1).replace('/', '.') + ":" + m.group(2) + ":" + m.group(3));
            }
        }
        return out;
    }

    @Test
    void deps_are_the_server_runtime_class_path_beyond_the_kits() throws Exception {
        Set<String> expected = coordinates(REPO.resolve("mcp/target/runtime-classpath.txt"));
        expected.removeAll(coordinates(REPO.resolve("lib/target/runtime-classpath.txt")));
        // The kit itself comes in through //SOURCES; a build of mcp alone resolves it from the local repository.
        expected.removeIf(c -> c.startsWith("dev.heygenkit:"));
        assertThat(expected).as("the SDK is on the server's class path").anyMatch(c -> c.startsWith("io.modelcontextprotocol.sdk:mcp-core:"));
        assertThat(new TreeSet<>(directive("DEPS"))).isEqualTo(expected);
    }

    @Test
    void sources_are_the_kit_and_every_server_source() throws Exception {
        assertThat(directive("SOURCES")).containsExactly("kit/heygen_kit.java", "../mcp/src/main/java/dev/heygenkit/mcp/*.java");
        Path main = REPO.resolve("mcp/src/main/java");
        try (Stream<Path> s = Files.walk(main)) {
            Set<String> dirs = s.filter(p -> p.toString().endsWith(".java")).map(p -> main.relativize(p.getParent()).toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(dirs).as("one package, so one glob covers it").containsExactly("dev/heygenkit/mcp");
        }
        assertThat(REPO.resolve("mcp/src/main/resources")).as("resources would need //FILES lines in the script").doesNotExist();
    }

    @Test
    void the_catalog_runs_it_as_heygen_mcp() throws Exception {
        JsonNode alias = new ObjectMapper().readTree(REPO.resolve("jbang-catalog.json").toFile()).path("aliases").path("heygen-mcp");
        assertThat(alias.path("script-ref").asText()).isEqualTo("scripts/heygen_mcp.java");
        assertThat(alias.path("description").asText()).contains("MCP");
    }
}
