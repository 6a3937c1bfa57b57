package dev.heygenkit.api;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.heygenkit.BadRequestException;
import dev.heygenkit.NotFoundException;
import dev.heygenkit.internal.http.WireFixture;
import dev.heygenkit.internal.http.WireTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.heygenkit.internal.http.WireFixture.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The /v3/templates group on the wire: list with lazy paging, get with scenes and variables, generate. */
class TemplatesWireTest extends WireTest {
    private static final String GENERATE = "/v3/templates/tpl_welcome";

    private void stubGenerate() {
        wire.server().stubFor(post(GENERATE).willReturn(okJson(response("templates-generate.json"))));
    }

    @Test
    void list_sends_limit_and_follows_next_token_lazily() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/templates")).withQueryParam("token", absent())
                .willReturn(okJson(response("templates-list.json"))));
        wire.server().stubFor(get(urlPathEqualTo("/v3/templates")).withQueryParam("token", equalTo("tok_tpl2"))
                .willReturn(okJson("{\"data\":[{\"id\":\"tpl_last\",\"name\":\"Last\"}],\"has_more\":false,\"next_token\":null}")));
        Page<TemplateSummary> first = client.templates().list(Templates.TemplateQuery.of().limit(2));
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo("/v3/templates")))).hasSize(1);
        assertThat(first.items()).extracting(TemplateSummary::id).containsExactly("tpl_welcome", "tpl_promo");
        assertThat(first.all()).extracting(TemplateSummary::id).containsExactly("tpl_welcome", "tpl_promo", "tpl_last");
        TemplateSummary welcome = first.items().get(0);
        assertThat(welcome).isEqualTo(new TemplateSummary("tpl_welcome", "Customer welcome", AspectRatio.LANDSCAPE, 1767225600L,
                1767312000L, "https://files.example.com/tpl_welcome.jpg"));
        assertThat(first.items().get(1).aspectRatio()).isNull();
        List<LoggedRequest> requests = wire.requests(getRequestedFor(urlPathEqualTo("/v3/templates")));
        assertThat(requests).extracting(LoggedRequest::getUrl).containsExactly("/v3/templates?limit=2", "/v3/templates?limit=2&token=tok_tpl2");
    }

    @Test
    void list_without_a_query_sends_no_parameters_and_limits_are_checked_before_any_request() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/templates")).willReturn(okJson("{\"data\":[],\"has_more\":false}")));
        assertThat(client.templates().list().items()).isEmpty();
        wire.server().verify(getRequestedFor(urlEqualTo("/v3/templates")));
        wire.server().resetRequests();
        assertThatThrownBy(() -> client.templates().list(Templates.TemplateQuery.of().limit(101))).hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> client.templates().list(Templates.TemplateQuery.of().limit(0))).hasMessageContaining("1 to 100");
        assertThat(wire.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void get_reads_scenes_declarations_and_the_variables_object() {
        wire.server().stubFor(get("/v3/templates/tpl_welcome").willReturn(okJson(response("templates-get.json"))));
        TemplateInfo t = client.templates().get("tpl_welcome");
        assertThat(t.aspectRatio()).isEqualTo(AspectRatio.PORTRAIT);
        assertThat(t.sceneIds()).containsExactly("scene_intro", "scene_logo");
        assertThat(t.scenes().get(0).script()).isEqualTo("Hi {{first_name}}, welcome to {{company}}!");
        assertThat(t.scenes().get(0).variables()).contains(new TemplateInfo.VariableDeclaration("narrator", "voice"));
        assertThat(t.scenes().get(1).script()).isNull();
        assertThat(t.variables().at("/logo/properties/fit").asText()).isEqualTo("contain");
        // scene declarations first, in order, then what only the variables object names
        assertThat(t.variableTypes()).containsExactly(Map.entry("first_name", "text"), Map.entry("company", "text"),
                Map.entry("narrator", "voice"), Map.entry("logo", "image"), Map.entry("outro_music", "audio"));
        assertThat(t.toString()).contains("tpl_welcome", "first_name=text");
    }

    @Test
    void get_of_an_unknown_template_is_not_found_with_a_hint_and_blank_ids_send_nothing() {
        wire.server().stubFor(get("/v3/templates/nope").willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":{\"code\":\"template_not_found\",\"message\":\"Template nope not found\"}}")));
        assertThatThrownBy(() -> client.templates().get("nope")).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.code()).isEqualTo("template_not_found");
            assertThat(e.hint()).contains("client.templates().list()");
        });
        wire.server().resetRequests();
        assertThatThrownBy(() -> client.templates().get(" ")).hasMessageContaining("template id is blank");
        assertThatThrownBy(() -> client.templates().generate(" ", TemplateVideoRequest.of(null))).hasMessageContaining("template id is blank");
        assertThat(wire.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void generate_posts_the_variables_and_options_to_the_template_path_without_its_id() {
        stubGenerate();
        TemplateVideoRequest request = TemplateVideoRequest.builder().templateId("tpl_welcome")
                .text("first_name", "Ana").variable(TemplateVariable.voice("narrator", "voice_anna"))
                .title("Welcome Ana").callbackUrl("https://example.com/cb").callbackId("row-7").caption(true)
                .dimension(1080, 1920).fps(30).sceneIds(List.of("scene_intro")).includeGif(true)
                .subtitles(TemplateVideoRequest.Subtitles.preset("default")).build();
        VideoInfo v = client.templates().generate(request);
        assertThat(v.id()).isEqualTo("vid_tpl_1");
        assertThat(v.status()).isEqualTo(VideoStatus.PENDING);
        assertThat(v.title()).isEqualTo("Welcome Ana");
        wire.server().verify(postRequestedFor(urlEqualTo(GENERATE)).withHeader("Idempotency-Key", matching("hk-.*"))
                .withRequestBody(equalToJson("""
                {"variables":{"first_name":{"name":"first_name","type":"text","properties":{"content":"Ana"}},
                              "narrator":{"name":"narrator","type":"voice","properties":{"voice_id":"voice_anna"}}},
                 "title":"Welcome Ana","callback_url":"https://example.com/cb","callback_id":"row-7","caption":true,
                 "dimension":{"width":1080,"height":1920},"include_gif":true,"fps":30,"scene_ids":["scene_intro"],
                 "subtitles":{"preset_name":"default"}}""")));
        String body = wire.requests(postRequestedFor(urlEqualTo(GENERATE))).get(0).getBodyAsString();
        assertThat(body).doesNotContain("template_id").doesNotContain("tpl_welcome");
        assertThat(body.indexOf("first_name")).as("variables keep insertion order").isLessThan(body.indexOf("narrator"));
    }

    @Test
    void every_variable_type_has_its_wire_shape_and_local_files_show_their_placeholder() {
        stubGenerate();
        Path logo = Path.of("logo.png");
        client.templates().generate("tpl_welcome", TemplateVideoRequest.of(null,
                TemplateVariable.image("hero", AssetInput.url("https://x/hero.png"), "cover"),
                TemplateVariable.image("logo", AssetInput.file(logo)),
                TemplateVariable.video("clip", AssetInput.asset("asset_clip"), "loop"),
                TemplateVariable.video("intro", AssetInput.url("https://x/intro.mp4")),
                TemplateVariable.audio("music", AssetInput.asset("asset_music")),
                TemplateVariable.text("empty", "")));
        var vars = WireFixture.body(wire.requests(postRequestedFor(urlEqualTo(GENERATE))).get(0)).get("variables");
        assertThat(vars.get("hero").toString()).isEqualTo(
                "{\"name\":\"hero\",\"type\":\"image\",\"properties\":{\"url\":\"https://x/hero.png\",\"fit\":\"cover\"}}");
        assertThat(vars.get("logo").get("properties").toString()).isEqualTo(
                "{\"asset_id\":\"local-file:" + logo.toAbsolutePath().normalize().toString().replace("\\", "\\\\") + "\"}");
        assertThat(vars.get("clip").toString()).isEqualTo(
                "{\"name\":\"clip\",\"type\":\"video\",\"properties\":{\"asset_id\":\"asset_clip\",\"play_style\":\"loop\"}}");
        assertThat(vars.get("intro").get("properties").toString()).isEqualTo("{\"url\":\"https://x/intro.mp4\"}");
        assertThat(vars.get("music").toString()).isEqualTo("{\"name\":\"music\",\"type\":\"audio\",\"properties\":{\"asset_id\":\"asset_music\"}}");
        assertThat(vars.get("empty").get("properties").get("content").asText()).isEmpty();
    }

    @Test
    void generate_sends_the_callers_idempotency_key_and_maps_a_400_with_its_param() {
        stubGenerate();
        client.templates().generate("tpl_welcome", TemplateVideoRequest.of(null, TemplateVariable.text("first_name", "Ana")), "row-7-attempt");
        wire.server().verify(postRequestedFor(urlEqualTo(GENERATE)).withHeader("Idempotency-Key", equalTo("row-7-attempt")));
        wire.server().stubFor(post("/v3/templates/tpl_bad").willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"variable company is text, not image\",\"param\":\"variables.company.type\"}}")));
        assertThatThrownBy(() -> client.templates().generate("tpl_bad",
                TemplateVideoRequest.of(null, TemplateVariable.image("company", AssetInput.url("https://x/c.png")))))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.param()).isEqualTo("variables.company.type");
                    assertThat(e.hint()).contains("Fix variables.company.type");
                });
    }

    @Test
    void generate_refuses_a_request_carrying_another_template_id_before_sending() {
        TemplateVideoRequest other = TemplateVideoRequest.of("tpl_other", TemplateVariable.text("a", "b"));
        assertThatThrownBy(() -> client.templates().generate("tpl_welcome", other)).hasMessageContaining("tpl_other").hasMessageContaining("tpl_welcome");
        assertThatThrownBy(() -> client.templates().generate(TemplateVideoRequest.of(null))).hasMessageContaining("template id is blank");
        assertThat(wire.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void requests_copy_their_variables_in_order_and_round_trip_through_the_builder() {
        Map<String, TemplateVariable> source = new LinkedHashMap<>();
        source.put("z_last_alphabetically", TemplateVariable.text("z_last_alphabetically", "1"));
        source.put("a_first_alphabetically", TemplateVariable.text("a_first_alphabetically", "2"));
        TemplateVideoRequest r = TemplateVideoRequest.builder().templateId("t").variables(source).fps(60).build();
        source.clear();
        assertThat(r.variables().keySet()).containsExactly("z_last_alphabetically", "a_first_alphabetically");
        assertThatThrownBy(() -> r.variables().put("x", TemplateVariable.text("x", "y"))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(r.toBuilder().build()).isEqualTo(r);
        TemplateVideoRequest replaced = r.toBuilder().text("z_last_alphabetically", "3").build();
        assertThat(replaced.variables().keySet()).containsExactly("z_last_alphabetically", "a_first_alphabetically");
        assertThat(((TemplateVariable.Text) replaced.variables().get("z_last_alphabetically")).content()).isEqualTo("3");
    }

    @Test
    void values_that_cannot_work_are_refused_when_built() {
        assertThatThrownBy(() -> new TemplateVideoRequest(null, Map.of("a", TemplateVariable.text("b", "x")), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null)).hasMessageContaining("filed under \"a\"");
        assertThatThrownBy(() -> TemplateVariable.image("logo", AssetInput.base64("image/png", new byte[]{1})))
                .hasMessageContaining("base64").hasMessageContaining("logo");
        assertThatThrownBy(() -> TemplateVariable.video("clip", null)).hasMessageContaining("clip");
        assertThatThrownBy(() -> TemplateVariable.text(" ", "x")).hasMessageContaining("blank");
        assertThatThrownBy(() -> TemplateVariable.text("name", null)).hasMessageContaining("name");
        assertThatThrownBy(() -> TemplateVariable.voice("narrator", "")).hasMessageContaining("narrator");
        assertThatThrownBy(() -> new TemplateVideoRequest.Dimension(1079, 1920)).hasMessageContaining("1079");
        assertThatThrownBy(() -> new TemplateVideoRequest.Dimension(1080, 4098)).hasMessageContaining("128 to 4096");
        assertThatThrownBy(() -> TemplateVideoRequest.Subtitles.preset(" ")).hasMessageContaining("preset");
    }
}
