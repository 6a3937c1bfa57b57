package dev.heygenkit.contract;

import dev.heygenkit.testing.V3Schemas;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.heygenkit.testing.V3Schemas.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The schema harness itself: it must accept what the spec allows and reject what it does not. */
class V3SchemasTest {

    @Test
    void accepts_a_minimal_avatar_create_body() {
        assertThat(V3Schemas.requestProblems("POST", "/v3/videos",
                json("{\"type\":\"avatar\",\"avatar_id\":\"look1\",\"script\":\"Hi\",\"voice_id\":null}"))).isEmpty();
    }

    @Test
    void rejects_unknown_fields_wrong_discriminators_and_bad_enums() {
        assertThat(V3Schemas.requestProblems("POST", "/v3/videos",
                json("{\"type\":\"avatar\",\"avatar_id\":\"look1\",\"test\":true}"))).isNotEmpty();
        assertThat(V3Schemas.requestProblems("POST", "/v3/videos",
                json("{\"type\":\"avatar\",\"avatar_id\":\"look1\",\"engine\":{\"type\":\"avatar_iv\",\"reference_look_id\":\"x\"}}")))
                .isNotEmpty();
        assertThat(V3Schemas.requestProblems("POST", "/v3/videos",
                json("{\"type\":\"avatar\",\"avatar_id\":\"look1\",\"engine\":{\"type\":\"avatar_v\",\"reference_look_id\":\"x\"}}")))
                .isEmpty();
        assertThat(V3Schemas.requestProblems("POST", "/v3/videos",
                json("{\"type\":\"avatar\",\"avatar_id\":\"look1\",\"aspect_ratio\":\"7:3\"}"))).isNotEmpty();
        assertThat(V3Schemas.requestProblems("POST", "/v3/videos",
                json("{\"type\":\"image\",\"image\":{\"type\":\"url\",\"asset_id\":\"a\"}}"))).isNotEmpty();
        assertThat(V3Schemas.requestProblems("POST", "/v3/videos",
                json("{\"type\":\"image\",\"image\":{\"type\":\"base64\",\"media_type\":\"image/png\",\"data\":\"AA==\"}}")))
                .isEmpty();
    }

    @Test
    void picks_literal_paths_before_templates() {
        assertThat(V3Schemas.endpoint("GET", "/v3/videos/statuses").path("path").asText()).isEqualTo("/v3/videos/statuses");
        assertThat(V3Schemas.endpoint("GET", "/v3/videos/v123").path("path").asText()).isEqualTo("/v3/videos/{video_id}");
    }

    @Test
    void response_schemas_accept_nulls_where_nullable_and_reject_missing_required() {
        assertThat(V3Schemas.responseProblems("GET", "/v3/videos/abc",
                json("{\"data\":{\"id\":\"abc\",\"status\":\"completed\",\"video_url\":null}}"))).isEmpty();
        assertThat(V3Schemas.responseProblems("GET", "/v3/videos/abc",
                json("{\"data\":{\"status\":\"completed\"}}"))).isNotEmpty();
        assertThat(V3Schemas.responseProblems("GET", "/v3/videos/abc",
                json("{\"data\":{\"id\":\"abc\",\"status\":\"waiting\"}}"))).isNotEmpty();
    }

    @Test
    void bundled_spec_is_the_shared_spec_when_the_shared_folder_is_present() throws Exception {
        // the same JSON, stored without indentation (half the size in the jar, inside the footprint budget)
        Path shared = Path.of(System.getProperty("heygen.repo.root", ".."), "..", "shared", "api", "heygen-v3-endpoints.json");
        assumeTrue(Files.exists(shared), "../shared is not beside the checkout");
        Path bundled = Path.of(System.getProperty("heygen.lib.dir", "../lib"),
                "src/main/resources/dev/heygenkit/sandbox/heygen-v3-endpoints.json");
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(mapper.readTree(bundled.toFile())).isEqualTo(mapper.readTree(shared.toFile()));
    }
}
