package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The create-request rules without HTTP: one rule class per mode, shared speaker rules and param paths by scope. */
class VideoRulesTest {
    private static final String IMG = "{\"type\":\"url\",\"url\":\"https://example.com/face.png\"}";

    private final VideoRules rules = new VideoRules(Fixtures.CATALOGUE, new World(50), new Ids(42, 0));
    private final SchemaValidator validator = new SchemaValidator();

    /** The body as the endpoint hands it to the rules: schema-valid, defaults filled. */
    private JsonNode body(String json) throws IOException {
        JsonNode schema = Spec.requestSchema("POST", "/v3/videos");
        JsonNode body = Json.parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(validator.validate(schema, body)).as(json).isEmpty();
        return validator.withDefaults(schema, body);
    }

    private ApiError refused(String json, String at) throws IOException {
        JsonNode b = body(json);
        return catchThrowableOfType(() -> rules.plan(b, at), ApiError.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "avatar | 1 | {\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hello there.\"}",
            "image | 1 | {\"type\":\"image\",\"image\":" + IMG + ",\"script\":\"Hello there.\",\"voice_id\":\"en_ava\"}",
            "cinematic_avatar | 1 | {\"type\":\"cinematic_avatar\",\"prompt\":\"a walk\",\"avatar_id\":[\"anna\"],\"duration\":8}",
            "studio | 3 | {\"type\":\"studio\",\"scenes\":[{\"type\":\"image\",\"source\":" + IMG + ",\"duration\":2},"
                    + "{\"type\":\"video\",\"source\":{\"type\":\"url\",\"url\":\"https://example.com/c.mp4\"}},"
                    + "{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Bye.\"}}]}"})
    void each_mode_plans_its_shots_back_to_back(String mode, int shots, String json) throws IOException {
        Plan plan = rules.plan(body(json), "");
        assertThat(plan.mode()).isEqualTo(mode);
        assertThat(plan.shots()).hasSize(shots);
        double t = 0;
        for (Plan.ShotPlan s : plan.shots()) {
            assertThat(s.start()).isEqualTo(t);
            t = s.end();
        }
        assertThat(plan.duration()).isEqualTo(t).isPositive();
    }

    @Test
    void a_look_speaks_with_its_default_voice_and_an_image_with_the_voice_given() throws IOException {
        Plan avatar = rules.plan(body("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hello.\"}"), "");
        assertThat(avatar.shots().get(0).voiceId()).isEqualTo(Fixtures.CATALOGUE.look("anna").defaultVoiceId());
        Plan image = rules.plan(body("{\"type\":\"image\",\"image\":" + IMG + ",\"script\":\"Hello.\",\"voice_id\":\"en_ava\"}"), "");
        assertThat(image.shots().get(0).voiceId()).isEqualTo("en_ava");
    }

    @Test
    void an_unknown_mode_is_refused_at_the_type_of_its_batch_item() {
        assertThatThrownBy(() -> rules.plan(Json.object().put("type", "template"), "videos[3]."))
                .isInstanceOfSatisfying(ApiError.class, e -> {
                    assertThat(e.param()).isEqualTo("videos[3].type");
                    assertThat(e.getMessage()).contains("use avatar, image, cinematic_avatar or studio");
                });
    }

    @Test
    void speaker_rules_name_the_field_wherever_the_speaker_sits() throws IOException {
        String noVoice = "\"script\":\"Hi.\"";
        assertThat(refused("{\"type\":\"image\",\"image\":" + IMG + "," + noVoice + "}", "videos[2].").param()).isEqualTo("videos[2].voice_id");
        assertThat(refused("{\"type\":\"studio\",\"scenes\":[{\"type\":\"image\",\"source\":" + IMG + ",\"duration\":1},"
                + "{\"type\":\"avatar_video\",\"input\":{\"type\":\"image\",\"image\":" + IMG + "," + noVoice + "}}]}", "videos[2].").param())
                .isEqualTo("videos[2].scenes[1].input.voice_id");
        assertThat(refused("{\"type\":\"studio\",\"scenes\":[{\"type\":\"image\",\"source\":" + IMG + "," + noVoice + "}]}", "").param())
                .isEqualTo("scenes[0].voice_id");
        assertThat(refused("{\"type\":\"studio\",\"scenes\":[{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"anna\","
                + noVoice + ",\"voice_settings\":{\"speed\":3}}}]}", "").param()).isEqualTo("scenes[0].input.voice_settings.speed");
    }

    @Test
    void the_4k_photo_avatar_rule_checks_an_avatar_body_but_not_the_looks_in_a_4k_studio() throws IOException {
        String photoOnIii = "\"avatar_id\":\"leo_photo\",\"script\":\"Hi.\",\"engine\":{\"type\":\"avatar_iii\"}";
        assertThat(refused("{\"type\":\"avatar\"," + photoOnIii + ",\"resolution\":\"4k\"}", "").param()).isEqualTo("resolution");
        Plan studio = rules.plan(body("{\"type\":\"studio\",\"resolution\":\"4k\",\"scenes\":[{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\","
                + photoOnIii + "}}]}"), "");
        assertThat(studio.resolution()).isEqualTo("4k");
    }

    @Test
    void a_scope_prefixes_params_and_knows_whether_it_is_the_body() {
        Scope body = Scope.body("videos[1].");
        Scope input = body.in("scenes[0].").in("input.");
        assertThat(body.top()).isTrue();
        assertThat(input.top()).isFalse();
        assertThat(body.param("voice_id")).isEqualTo("videos[1].voice_id");
        assertThat(input.param("voice_id")).isEqualTo("videos[1].scenes[0].input.voice_id");
    }
}
