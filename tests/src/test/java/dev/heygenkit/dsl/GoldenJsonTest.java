package dev.heygenkit.dsl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.heygenkit.VideoSpec;
import dev.heygenkit.testing.V3Schemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mode and option written in the DSL produces exactly the golden {@code POST /v3/videos} body, and that body
 * fits the v3 request schema. Run with {@code -Dheygen.golden.write=true} to (re)write missing golden files.
 */
class GoldenJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String CWD = Path.of("").toAbsolutePath().normalize().toString();

    static Stream<Arguments> specs() {
        return GoldenSpecs.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specs")
    void dsl_produces_the_golden_body_and_it_fits_the_v3_schema(String name, VideoSpec spec) throws IOException {
        JsonNode actual = V3Schemas.json(spec.toJson().replace("local-file:" + CWD, "local-file:$CWD"));
        V3Schemas.assertValidRequest("POST", "/v3/videos", actual);
        JsonNode expected = golden(name, actual);
        assertThat(actual.equals(NUMERIC, expected))
                .as("%s.json differs:%nexpected %s%nactual   %s", name, expected, actual).isTrue();
    }

    @Test
    void every_golden_file_belongs_to_a_spec() throws IOException {
        Map<String, VideoSpec> specs = GoldenSpecs.all();
        try (Stream<Path> files = Files.list(sourceDir())) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".json", "")))
                    .allMatch(specs::containsKey);
        }
    }

    @Test
    void to_json_is_compact_and_equals_the_pretty_form() {
        VideoSpec spec = GoldenSpecs.all().get("avatar_color_frame_and_callbacks");
        assertThat(spec.toJson()).doesNotContain("\n").startsWith("{\"type\":\"avatar\"");
        assertThat(V3Schemas.json(spec.toPrettyJson())).isEqualTo(V3Schemas.json(spec.toJson()));
    }

    /** Numbers compare by value, so 3 and 3.0 are the same duration. */
    private static final Comparator<JsonNode> NUMERIC = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.asDouble(), b.asDouble());
        }
        return a.equals(b) ? 0 : 1;
    };

    private static JsonNode golden(String name, JsonNode actual) throws IOException {
        try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/dsl/golden/" + name + ".json")) {
            if (in != null) {
                return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        if (Boolean.getBoolean("heygen.golden.write")) {
            Files.writeString(sourceDir().resolve(name + ".json"), MAPPER.writeValueAsString(actual) + "\n");
            return actual;
        }
        throw new AssertionError("missing golden file dsl/golden/" + name + ".json; run with -Dheygen.golden.write=true");
    }

    private static Path sourceDir() {
        return Path.of(System.getProperty("heygen.repo.root", ".."), "tests/src/test/resources/dsl/golden");
    }
}
