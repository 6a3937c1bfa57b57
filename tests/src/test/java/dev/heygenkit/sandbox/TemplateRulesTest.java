package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.internal.media.Cue;
import dev.heygenkit.sandbox.Plan.ShotPlan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static dev.heygenkit.sandbox.TemplateApiTest.text;
import static dev.heygenkit.sandbox.TemplateApiTest.v;
import static org.assertj.core.api.Assertions.assertThat;

/** What a template render shows, without HTTP: scripts with their variables, voices, backdrops, clips and audio. */
class TemplateRulesTest {
    private final TemplateRules rules = new TemplateRules(Fixtures.CATALOGUE, new World(50), new Ids(42, 0));
    private final SchemaValidator validator = new SchemaValidator();

    /** Plans a body for a fixture template as the endpoint would: schema-checked, defaults filled. */
    private Plan plan(String template, String json) throws IOException {
        JsonNode schema = Spec.requestSchema("POST", "/v3/templates/{template_id}");
        JsonNode body = Json.parse(json.getBytes(StandardCharsets.UTF_8));
        assertThat(validator.validate(schema, body)).as(json).isEmpty();
        return rules.plan(TemplateCatalog.BUILT_IN.get(template), validator.withDefaults(schema, body));
    }

    private static String said(ShotPlan shot) {
        return String.join(" ", shot.cues().stream().map(Cue::text).toList());
    }

    @Test
    void each_scene_is_the_templates_look_on_its_background_saying_the_script_with_the_text_put_in() throws IOException {
        Plan p = plan("tpl_welcome", TemplateApiTest.WELCOME);
        assertThat(p.mode()).isEqualTo("template");
        assertThat(p.title()).isEqualTo("Customer welcome");
        assertThat(p.shots()).hasSize(2).allSatisfy(s -> {
            assertThat(s.portrait().lookId()).isEqualTo("anna");
            assertThat(s.backgroundHex()).isEqualTo("#0A84FF");
            assertThat(s.voiceId()).as("the look's default voice").isEqualTo("en_ava");
        });
        assertThat(said(p.shots().get(0))).isEqualTo("Hi Ana, welcome to Acme!");
        assertThat(p.shots().get(1).start()).isEqualTo(2.0);
        assertThat(p.duration()).isEqualTo(5.3);
        assertThat(new int[] {p.width(), p.height()}).containsExactly(640, 360);
        assertThat(p.failureCode()).isNull();
        assertThat(p.captionRequested()).isFalse();
    }

    @Test
    void an_image_variable_is_the_backdrop_and_the_frame_follows_the_template_shape_or_the_dimension() throws IOException {
        Plan p = plan("tpl_product", "{\"variables\":{" + text("product_name", "Lumen") + ","
                + v("product_image", "image", "{\"url\":\"https://x/lumen.png\",\"fit\":\"contain\"}") + "},\"caption\":true}");
        assertThat(p.shots().get(0).backdrop().seed()).isEqualTo("https://x/lumen.png");
        assertThat(p.shots().get(1).backdrop()).as("the second scene does not use the image").isNull();
        assertThat(new int[] {p.width(), p.height()}).containsExactly(360, 640);
        assertThat(p.captionRequested()).isTrue();
        Plan wide = plan("tpl_welcome", TemplateApiTest.welcome(",\"dimension\":{\"width\":1080,\"height\":1080}"));
        assertThat(new int[] {wide.width(), wide.height()}).containsExactly(480, 480);
    }

    @Test
    void a_voice_variable_speaks_its_scene() throws IOException {
        Plan p = plan("tpl_greeting", "{\"variables\":{" + text("greeting", "Hola y bienvenidos.") + ","
                + v("narrator", "voice", "{\"voice_id\":\"es_lucia\"}") + "}}");
        assertThat(p.shots()).singleElement().satisfies(s -> {
            assertThat(s.voiceId()).isEqualTo("es_lucia");
            assertThat(said(s)).isEqualTo("Hola y bienvenidos.");
        });
    }

    @Test
    void a_video_variable_plays_after_its_scene_and_an_audio_variable_speaks_instead_of_a_script() throws IOException {
        Plan p = plan("tpl_event", "{\"variables\":{" + text("event_name", "Expo") + ","
                + v("highlight_clip", "video", "{\"url\":\"https://x/h.mp4\",\"play_style\":\"loop\"}") + ","
                + v("closing_audio", "audio", "{\"url\":\"https://x/outro.mp3\"}") + "},\"scene_ids\":[\"recap_intro\",\"recap_outro\"]}");
        assertThat(p.shots()).extracting(ShotPlan::kind).containsExactly("avatar", "video", "avatar");
        assertThat(said(p.shots().get(0))).isEqualTo("Here is what happened at Expo.");
        assertThat(p.shots().get(1).backdrop().seed()).contains("https://x/h.mp4");
        assertThat(p.shots().get(1).start()).isEqualTo(p.shots().get(0).end());
        assertThat(said(p.shots().get(2))).isEqualTo("[audio from URL]");
        assertThat(p.shots().get(2).start()).isEqualTo(p.shots().get(1).end());
    }

    @Test
    void scene_ids_choose_and_order_the_scenes() throws IOException {
        Plan p = plan("tpl_welcome", TemplateApiTest.welcome(",\"scene_ids\":[\"welcome_next\",\"welcome_intro\"]"));
        assertThat(said(p.shots().get(0))).startsWith("Your account is ready.");
        assertThat(said(p.shots().get(1))).isEqualTo("Hi Ana, welcome to Acme!");
    }

    @Test
    void a_script_made_too_long_by_its_variables_plans_a_script_too_long_failure() throws IOException {
        Plan p = plan("tpl_welcome", "{\"variables\":{" + text("first_name", "word ".repeat(1001)) + "," + text("company", "Acme") + "}}");
        assertThat(p.failureCode()).isEqualTo("script_too_long");
        assertThat(p.failureMessage()).contains("5000");
    }
}
