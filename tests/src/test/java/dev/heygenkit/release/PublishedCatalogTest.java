package dev.heygenkit.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.jbang.JBang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** release/PublishedCatalog.java: the in-repo catalog turned into one that takes the kit from Maven. */
class PublishedCatalogTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    private JBang.Result generate(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "release/PublishedCatalog.java"));
        cmd.addAll(List.of(args));
        return JBang.exec(JBang.REPO, cmd, Map.of());
    }

    @Test
    void every_alias_but_the_clone_only_one_takes_released_artifacts() throws Exception {
        JBang.Result r = generate(out.toString(), "9.8.7");
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode repo = JSON.readTree(JBang.REPO.resolve("jbang-catalog.json").toFile());
        JsonNode published = JSON.readTree(out.resolve("jbang-catalog.json").toFile());
        List<String> expected = new ArrayList<>();
        repo.path("aliases").fieldNames().forEachRemaining(expected::add);
        expected.remove("install-kit");
        List<String> actual = new ArrayList<>();
        published.path("aliases").fieldNames().forEachRemaining(actual::add);
        assertThat(actual).containsExactlyElementsOf(expected);
        for (String alias : actual) {
            String ref = published.path("aliases").path(alias).path("script-ref").asText();
            String script = Files.readString(out.resolve(ref));
            assertThat(script).as(ref).doesNotContain("//SOURCES").containsPattern("//DEPS dev\\.heygenkit:heygen-kit(-[a-z]+)?:9\\.8\\.7\\n");
            assertThat(script).as(ref).doesNotContainPattern("dev\\.heygenkit:heygen-kit(-[a-z]+)?:(?!9\\.8\\.7)[0-9]");
        }
        assertThat(Files.readString(out.resolve("scripts/heygen_mcp.java"))).as("the SDK comes with the server's POM")
                .contains("//DEPS dev.heygenkit:heygen-kit-mcp:9.8.7").doesNotContain("io.modelcontextprotocol");
        assertThat(out.resolve("scripts/data/customers.csv")).as("files a script embeds come along").isRegularFile();
        assertThat(Files.readString(out.resolve("templates/heygen.java.qute"))).contains("//DEPS dev.heygenkit:heygen-kit:9.8.7");
        assertThat(published.path("templates").path("heygen").isObject()).isTrue();
    }

    @Test
    void the_version_defaults_to_the_poms_and_bad_ones_or_targets_are_refused() throws Exception {
        assertThat(generate(out.toString()).out()).contains(" " + VersionDriftTest.revision() + " ");
        JBang.Result bad = generate(out.resolve("x").toString(), "latest");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("version \"latest\"");
        JBang.Result inside = generate(JBang.REPO.resolve("scripts/published").toString());
        assertThat(inside.code()).isEqualTo(2);
        assertThat(inside.err()).contains("would overwrite the in-repo catalog");
        assertThat(JBang.REPO.resolve("scripts/published")).doesNotExist();
    }
}
