package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.testing.V3Schemas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox's own OpenAPI-subset validator, cross-checked against the independent networknt harness. */
class SchemaValidatorTest {
    private final SchemaValidator validator = new SchemaValidator();

    /** Every request schema of an endpoint the sandbox serves. */
    static final List<String[]> SERVED = List.of(
            new String[] {"POST", "/v3/videos"}, new String[] {"POST", "/v3/videos/batches"}, new String[] {"POST", "/v3/voices/speech"},
            new String[] {"POST", "/v3/assets/direct-uploads"}, new String[] {"POST", "/v3/assets/{asset_id}/complete"},
            new String[] {"POST", "/v3/webhooks/endpoints"}, new String[] {"PATCH", "/v3/webhooks/endpoints/{endpoint_id}"},
            new String[] {"POST", "/v3/templates/{template_id}"});

    private static void discriminated(JsonNode node, List<JsonNode> out) {
        if (node.isObject() && node.has("discriminator") && node.has("oneOf")) {
            out.add(node);
        }
        node.forEach(child -> discriminated(child, out));
    }

    @Test
    void every_discriminator_of_a_served_endpoint_resolves_each_value_to_a_branch_that_fits_it() {
        int checked = 0;
        for (String[] e : SERVED) {
            List<JsonNode> nodes = new ArrayList<>();
            discriminated(Spec.requestSchema(e[0], e[1]), nodes);
            for (JsonNode node : nodes) {
                Map<String, JsonNode> branches = Discriminators.resolve(node);
                assertThat(branches.keySet()).hasSize(node.get("oneOf").size());
                assertThat(new java.util.HashSet<>(branches.values())).hasSize(distinctShapes(node));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(10);
    }

    private static int distinctShapes(JsonNode oneOfNode) {
        java.util.Set<String> shapes = new java.util.HashSet<>();
        oneOfNode.get("oneOf").forEach(b -> shapes.add(b.toString()));
        return shapes.size();
    }

    @Test
    void branches_match_the_spec_order_the_harness_hard_codes() {
        JsonNode create = Spec.requestSchema("POST", "/v3/videos");
        Map<String, JsonNode> b = Discriminators.resolve(create);
        assertThat(b.get("avatar")).isSameAs(create.get("oneOf").get(0));
        assertThat(b.get("image")).isSameAs(create.get("oneOf").get(1));
        assertThat(b.get("cinematic_avatar")).isSameAs(create.get("oneOf").get(2));
        assertThat(b.get("studio")).isSameAs(create.get("oneOf").get(3));
        JsonNode scenes = create.get("oneOf").get(3).get("properties").get("scenes").get("items");
        Map<String, JsonNode> s = Discriminators.resolve(scenes);
        assertThat(s.get("avatar_video")).isSameAs(scenes.get("oneOf").get(0));
        assertThat(s.get("image")).isSameAs(scenes.get("oneOf").get(1));
        assertThat(s.get("video")).isSameAs(scenes.get("oneOf").get(2));
        JsonNode image = create.get("oneOf").get(1).get("properties").get("image");
        Map<String, JsonNode> a = Discriminators.resolve(image);
        assertThat(a.get("url")).isSameAs(image.get("oneOf").get(0));
        assertThat(a.get("asset_id")).isSameAs(image.get("oneOf").get(1));
        assertThat(a.get("base64")).isSameAs(image.get("oneOf").get(2));
        JsonNode engine = create.get("oneOf").get(0).get("properties").get("engine");
        assertThat(Discriminators.resolve(engine).get("avatar_v")).isSameAs(engine.get("oneOf").get(0));
        JsonNode settings = create.get("oneOf").get(0).get("properties").get("voice_settings").get("properties").get("engine_settings");
        Map<String, JsonNode> es = Discriminators.resolve(settings);
        assertThat(es.get("elevenlabs")).isSameAs(settings.get("oneOf").get(0));
        assertThat(es.get("fish")).isSameAs(settings.get("oneOf").get(1));
        assertThat(es.get("starfish")).isSameAs(settings.get("oneOf").get(2));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"type\":\"avatar\",\"avatar_id\":\"a\",\"script\":\"Hi\",\"voice_id\":null}",
            "{\"type\":\"avatar\",\"avatar_id\":\"a\",\"test\":true}",
            "{\"type\":\"avatar\",\"avatar_id\":\"a\",\"engine\":{\"type\":\"avatar_iv\",\"reference_look_id\":\"x\"}}",
            "{\"type\":\"avatar\",\"avatar_id\":\"a\",\"engine\":{\"type\":\"avatar_v\",\"reference_look_id\":\"x\"}}",
            "{\"type\":\"avatar\",\"avatar_id\":\"a\",\"aspect_ratio\":\"7:3\"}",
            "{\"type\":\"avatar\",\"avatar_id\":\"a\",\"aspect_ratio\":null}",
            "{\"type\":\"avatar\",\"avatar_id\":\"a\",\"output_format\":null}",
            "{\"type\":\"avatar\",\"avatar_id\":[\"a\"]}",
            "{\"type\":\"image\",\"image\":{\"type\":\"url\",\"asset_id\":\"a\"}}",
            "{\"type\":\"image\",\"image\":{\"type\":\"base64\",\"media_type\":\"image/png\",\"data\":\"AA==\"}}",
            "{\"type\":\"image\",\"image\":{\"type\":\"base64\",\"data\":\"AA==\"}}",
            "{\"type\":\"cinematic_avatar\",\"prompt\":\"p\",\"avatar_id\":[\"a\",\"b\"],\"duration\":8}",
            "{\"type\":\"cinematic_avatar\",\"prompt\":\"p\",\"avatar_id\":\"a\"}",
            "{\"type\":\"cinematic_avatar\",\"prompt\":\"p\",\"avatar_id\":[\"a\"],\"duration\":7.5}",
            "{\"type\":\"studio\",\"scenes\":[{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"u\"},\"duration\":3}]}",
            "{\"type\":\"studio\",\"scenes\":[{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"u\"},\"playback\":{}}]}",
            "{\"type\":\"studio\",\"scenes\":[{\"type\":\"video\",\"source\":{\"type\":\"asset_id\",\"asset_id\":\"a\"},\"playback\":{\"mute\":true}}]}",
            "{\"type\":\"studio\",\"scenes\":[{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"a\",\"background\":{\"type\":\"color\",\"color\":\"#000000\"}}}]}",
            "{\"type\":\"studio\",\"scenes\":[{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"a\",\"background\":{\"type\":\"color\",\"value\":\"#000000\"}}}]}",
            "{\"type\":\"studio\",\"scenes\":[{\"type\":\"avatar_video\",\"input\":{\"type\":\"image\",\"image\":{\"type\":\"url\",\"url\":\"u\"},\"engine\":null}}]}",
            "{\"type\":\"avatar\",\"avatar_id\":\"a\",\"voice_settings\":{\"engine_settings\":{\"engine_type\":\"fish\",\"model\":\"s2-pro\",\"similarity\":0.5}}}",
            "{\"type\":\"avatar\",\"avatar_id\":\"a\",\"voice_settings\":{\"engine_settings\":{\"engine_type\":\"starfish\",\"model\":\"s1\"}}}",
            "{\"type\":\"avatar\",\"avatar_id\":\"a\",\"caption\":{\"style\":\"default\",\"file_format\":\"vtt\"}}",
            "{\"type\":\"avatar\",\"avatar_id\":\"a\",\"watermark\":{\"image\":{\"type\":\"url\",\"url\":\"u\"},\"placement\":{\"position\":\"middle\"}}}",
            "{\"type\":\"avatar\",\"avatar_id\":\"a\",\"remove_background\":\"yes\"}",
            "{\"avatar_id\":\"a\"}",
            "{\"type\":\"podcast\"}"})
    void agrees_with_the_networknt_harness_on_what_is_valid(String body) {
        assertAgreement("/v3/videos", "/v3/videos", body);
    }

    /** The sandbox and the independent harness judge {@code body} alike for a POST endpoint. */
    private void assertAgreement(String path, String template, String body) {
        JsonNode json = V3Schemas.json(body);
        boolean harness = V3Schemas.requestProblems("POST", path, json).isEmpty();
        List<SchemaValidator.Problem> ours = validator.validate(Spec.requestSchema("POST", template), json);
        assertThat(ours.isEmpty()).as("sandbox says %s, harness says %s for %s", ours, harness ? "valid" : "invalid", body).isEqualTo(harness);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"variables\":{\"first_name\":{\"name\":\"first_name\",\"type\":\"text\",\"properties\":{\"content\":\"Ana\"}}}}",
            "{\"variables\":{}}",
            "{\"variables\":{},\"test\":true}",
            "{\"variables\":[]}",
            "{\"title\":\"no variables\"}",
            "{\"variables\":{},\"dimension\":{\"width\":1280}}",
            "{\"variables\":{},\"subtitles\":{\"font_size\":20}}",
            "{\"variables\":{},\"fps\":\"30\"}",
            "{\"variables\":{},\"scene_ids\":[\"a\"],\"caption\":true,\"reorder_music\":false}"})
    void template_bodies_agree_with_the_harness_and_variables_stay_a_free_form_map(String body) {
        assertAgreement("/v3/templates/t1", "/v3/templates/{template_id}", body);
    }

    @Test
    void defaults_are_filled_for_absent_fields_only() {
        JsonNode schema = Spec.requestSchema("POST", "/v3/videos");
        JsonNode filled = validator.withDefaults(schema, V3Schemas.json(
                "{\"type\":\"avatar\",\"avatar_id\":\"a\",\"aspect_ratio\":null,\"voice_settings\":{\"pitch\":3}}"));
        assertThat(filled.get("output_format").asText()).isEqualTo("mp4");
        assertThat(filled.get("aspect_ratio").isNull()).isTrue();
        assertThat(filled.get("voice_settings").get("speed").asDouble()).isEqualTo(1.0);
        assertThat(filled.get("voice_settings").get("pitch").asDouble()).isEqualTo(3.0);
        JsonNode cinematic = validator.withDefaults(schema, V3Schemas.json("{\"type\":\"cinematic_avatar\",\"prompt\":\"p\",\"avatar_id\":[\"a\"]}"));
        assertThat(cinematic.get("resolution").asText()).isEqualTo("720p");
        assertThat(cinematic.get("auto_duration").asBoolean()).isFalse();
    }

    @Test
    void problems_name_json_paths_in_document_order() {
        List<SchemaValidator.Problem> p = validator.validate(Spec.requestSchema("POST", "/v3/videos"), V3Schemas.json(
                "{\"type\":\"studio\",\"scenes\":[{\"type\":\"image\",\"source\":{\"type\":\"url\",\"url\":\"u\"}},"
                        + "{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"a\",\"voice_id\":5}}]}"));
        assertThat(p).extracting(SchemaValidator.Problem::param).containsExactly("scenes[1].input.voice_id");
        assertThat(p.get(0).message()).contains("must be a string");
    }
}
