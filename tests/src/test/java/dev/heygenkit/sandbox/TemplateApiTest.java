package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The templates endpoints over raw HTTP: list and get the fixtures, generate, every refusal, idempotency and billing. */
class TemplateApiTest extends SandboxTestBase {
    private Receiver receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    /** {@code "name":{"name","type","properties"}} for a variables object. */
    static String v(String name, String type, String properties) {
        return Raw.q(name) + ":{\"name\":" + Raw.q(name) + ",\"type\":" + Raw.q(type) + ",\"properties\":" + properties + "}";
    }

    static String text(String name, String content) {
        return v(name, "text", "{\"content\":" + Raw.q(content) + "}");
    }

    /** A welcome body with first_name Ana and company Acme, and {@code extra} (",\"fps\":30") after the variables. */
    static String welcome(String extra) {
        return "{\"variables\":{" + text("first_name", "Ana") + "," + text("company", "Acme") + "}" + extra + "}";
    }

    static final String WELCOME = welcome("");

    private Raw.Reply generate(String template, String body) {
        return raw.post("/v3/templates/" + template, body);
    }

    @Test
    void list_pages_through_the_fixtures_with_cursor_tokens() {
        List<JsonNode> all = all("/v3/templates", 1);
        assertThat(all).extracting(t -> t.get("id").asText()).containsExactly("tpl_welcome", "tpl_product", "tpl_greeting", "tpl_event");
        assertThat(all).extracting(t -> t.get("aspect_ratio").asText()).containsExactly("16:9", "9:16", "1:1", "16:9");
        JsonNode firstPage = raw.get("/v3/templates").json();
        assertThat(firstPage.get("data")).hasSize(4);
        assertThat(firstPage.get("has_more").asBoolean()).isFalse();
        Raw.Reply foreign = raw.get("/v3/templates?token=" + raw.get("/v3/avatars/looks?limit=1").json().get("next_token").asText());
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.errorParam()).isEqualTo("token");
        assertThat(raw.get("/v3/templates?limit=101").errorParam()).isEqualTo("limit");
    }

    @Test
    void get_shows_scenes_with_typed_variables_and_the_defaults() {
        JsonNode t = raw.get("/v3/templates/tpl_welcome").data();
        assertThat(t.get("scene_ids").toString()).isEqualTo("[\"welcome_intro\",\"welcome_next\"]");
        JsonNode intro = t.get("scenes").get(0);
        assertThat(intro.get("script").asText()).isEqualTo("Hi {{first_name}}, welcome to {{company}}!");
        assertThat(intro.get("variables").toString())
                .isEqualTo("[{\"name\":\"first_name\",\"variable_type\":\"text\"},{\"name\":\"company\",\"variable_type\":\"text\"}]");
        assertThat(t.at("/variables/company/properties/content").asText()).isEqualTo("our team");
        assertThat(raw.fetch(t.get("thumbnail_url").asText()).status()).isEqualTo(200);
        JsonNode event = raw.get("/v3/templates/tpl_event").data();
        assertThat(event.get("scenes").get(1).get("script").isNull()).isTrue();
        assertThat(event.at("/scenes/0/variables/1/variable_type").asText()).isEqualTo("video");
        assertThat(raw.get("/v3/templates/tpl_greeting").data().at("/variables/narrator/type").asText()).isEqualTo("voice");
    }

    @Test
    void an_unknown_template_is_404_template_not_found_for_get_and_generate() {
        for (Raw.Reply r : List.of(raw.get("/v3/templates/tpl_nope"), generate("tpl_nope", WELCOME))) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.errorCode()).isEqualTo("template_not_found");
            assertThat(r.errorMessage()).contains("tpl_nope", "GET /v3/templates");
        }
    }

    @Test
    void generate_renders_the_scripts_with_the_variables_on_the_clock_and_charges_at_completion() throws Exception {
        double before = balance();
        Raw.Reply created = generate("tpl_welcome", WELCOME);
        assertThat(created.status()).as(created.text()).isEqualTo(200);
        String id = created.data().get("id").asText();
        assertThat(created.data().get("status").asText()).isEqualTo("pending");
        assertThat(created.data().get("title").asText()).isEqualTo("Customer welcome");
        sb.advance(Duration.ofSeconds(6));
        assertThat(video(id).get("status").asText()).isEqualTo("processing");
        assertThat(balance()).as("charged at completion only").isEqualTo(before);
        sb.advance(Duration.ofMinutes(5));
        JsonNode v = video(id);
        assertThat(v.get("status").asText()).isEqualTo("completed");
        // "Hi Ana, welcome to Acme!" is 5 words (2.0 s); the second scene 7 words and a 0.5 s pause (3.3 s)
        assertThat(v.get("duration").asDouble()).isEqualTo(5.3);
        assertThat(balance()).isEqualTo(before - 0.1765, within(0.00001));
        String srt = raw.fetch(v.get("subtitle_url").asText()).text();
        assertThat(srt).contains("Hi Ana, welcome to Acme!", "Let's get started.").doesNotContain("{{");
        byte[] mp4 = raw.fetch(v.get("video_url").asText()).body();
        assertThat(MediaDownloadTest.mvhdSeconds(mp4)).isCloseTo(5.3, within(0.2));
        assertThat(MediaDownloadTest.tkhdSize(mp4)).containsExactly(640, 360);
        assertThat(raw.get("/v3/videos").json().get("data")).extracting(x -> x.get("id").asText()).containsExactly(id);
    }

    @Test
    void a_generated_video_sends_its_callback_with_the_callback_id() throws Exception {
        receiver = new Receiver();
        String body = welcome(",\"title\":\"Welcome Ana\",\"callback_url\":" + Raw.q(receiver.url("/done")) + ",\"callback_id\":\"row-7\"");
        String id = generate("tpl_welcome", body).data().get("id").asText();
        sb.advance(Duration.ofMinutes(10));
        Receiver.Delivery d = receiver.next();
        JsonNode payload = Raw.JSON.readTree(d.body());
        assertThat(payload.get("event_type").asText()).isEqualTo("avatar_video.success");
        assertThat(payload.at("/event_data/video_id").asText()).isEqualTo(id);
        assertThat(payload.at("/event_data/callback_id").asText()).isEqualTo("row-7");
        assertThat(video(id).get("title").asText()).isEqualTo("Welcome Ana");
        assertThat(raw.get("/v3/webhooks/events").json().get("data")).anyMatch(e -> e.at("/event_data/video_id").asText().equals(id));
    }

    @Test
    void the_same_idempotency_key_replays_the_first_video_without_a_second_render() {
        Map<String, String> key = Map.of("Idempotency-Key", "tpl-row-1");
        Raw.Reply first = raw.post("/v3/templates/tpl_welcome", WELCOME, key);
        Raw.Reply again = raw.post("/v3/templates/tpl_welcome", WELCOME.replace("Ana", "Bea"), key);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.data().get("id").asText()).isEqualTo(first.data().get("id").asText());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(raw.get("/v3/videos").json().get("data")).hasSize(1);
        Raw.Reply other = raw.post("/v3/templates/tpl_welcome", WELCOME, Map.of("Idempotency-Key", "tpl-row-2"));
        assertThat(other.data().get("id").asText()).isNotEqualTo(first.data().get("id").asText());
    }

    @Test
    void scene_ids_render_only_those_scenes_and_require_only_their_variables() {
        Raw.Reply r = generate("tpl_product", "{\"variables\":{" + text("product_name", "Lumen") + "},\"scene_ids\":[\"product_cta\"]}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        sb.advance(Duration.ofMinutes(5));
        assertThat(video(r.data().get("id").asText()).get("duration").asDouble()).as("\"Try Lumen today.\"").isEqualTo(1.2);
    }

    @Test
    void an_uploaded_picture_fills_an_image_variable_and_shows_in_the_storyboard() throws Exception {
        String asset = raw.multipart("lumen.png", AssetAndUrlTest.PNG, "file").data().get("asset_id").asText();
        Raw.Reply r = generate("tpl_product", "{\"variables\":{" + text("product_name", "Lumen") + ","
                + v("product_image", "image", "{\"asset_id\":" + Raw.q(asset) + ",\"fit\":\"contain\"}") + "}}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        sb.advance(Duration.ofMinutes(5));
        JsonNode v = video(r.data().get("id").asText());
        assertThat(v.get("status").asText()).isEqualTo("completed");
        assertThat(MediaDownloadTest.tkhdSize(raw.fetch(v.get("video_url").asText()).body())).containsExactly(360, 640);
        assertThat(MediaDownloadTest.image(raw.fetch(v.get("thumbnail_url").asText()).body()).getHeight()).isEqualTo(640);
    }

    @Test
    void a_wallet_that_cannot_pay_refuses_with_402_like_other_creates() {
        sb.close();
        sb = Sandbox.builder().manualClock().startTime(START).creditBalance(0.01).start();
        raw = new Raw(sb);
        Raw.Reply r = generate("tpl_welcome", WELCOME);
        assertThat(r.status()).isEqualTo(402);
        assertThat(r.errorCode()).isEqualTo("insufficient_credit");
    }

    static Stream<Arguments> refusals() {
        String product = text("product_name", "Lumen");
        return Stream.of(
                Arguments.of("tpl_welcome", "{\"variables\":{" + text("first_name", "Ana") + "," + text("company", "Acme") + ","
                        + text("nickname", "A") + "}}", "variables.nickname"),
                Arguments.of("tpl_welcome", "{\"variables\":{" + text("first_name", "Ana") + ","
                        + v("company", "image", "{\"url\":\"https://x/c.png\"}") + "}}", "variables.company.type"),
                Arguments.of("tpl_welcome", "{\"variables\":{" + text("first_name", "Ana") + "}}", "variables.company"),
                Arguments.of("tpl_welcome", "{\"variables\":{" + v("first_name", "text", "{\"text\":\"Ana\"}") + "," + text("company", "A") + "}}",
                        "variables.first_name.properties.text"),
                Arguments.of("tpl_welcome", "{\"variables\":{" + v("first_name", "text", "{\"content\":5}") + "," + text("company", "A") + "}}",
                        "variables.first_name.properties.content"),
                Arguments.of("tpl_welcome", "{\"variables\":{" + text("first_name", "Ana <break time=\"500ms\"/>") + "," + text("company", "A") + "}}",
                        "variables.first_name.properties.content"),
                Arguments.of("tpl_welcome", "{\"variables\":{\"first_name\":{\"name\":\"firstname\",\"type\":\"text\",\"properties\":{\"content\":\"A\"}},"
                        + text("company", "A") + "}}", "variables.first_name.name"),
                Arguments.of("tpl_welcome", "{\"variables\":{\"first_name\":\"Ana\"," + text("company", "A") + "}}", "variables.first_name"),
                Arguments.of("tpl_welcome", "{\"variables\":{\"first_name\":{\"type\":\"text\",\"properties\":{\"content\":\"A\"},\"value\":1},"
                        + text("company", "A") + "}}", "variables.first_name.value"),
                Arguments.of("tpl_welcome", "{}", "variables"),
                Arguments.of("tpl_welcome", "{\"variables\":[]}", "variables"),
                Arguments.of("tpl_welcome", welcome(",\"test\":true"), "test"),
                Arguments.of("tpl_welcome", welcome(",\"scene_ids\":[\"nope\"]"), "scene_ids[0]"),
                Arguments.of("tpl_welcome", welcome(",\"scene_ids\":[]"), "scene_ids"),
                Arguments.of("tpl_welcome", welcome(",\"dimension\":{\"width\":1081,\"height\":1920}"), "dimension.width"),
                Arguments.of("tpl_welcome", welcome(",\"fps\":24"), "fps"),
                Arguments.of("tpl_welcome", welcome(",\"callback_url\":\"http://example.com/cb\""), "callback_url"),
                Arguments.of("tpl_product", "{\"variables\":{" + product + "," + v("product_image", "image",
                        "{\"url\":\"https://x/p.png\",\"asset_id\":\"a\"}") + "}}", "variables.product_image.properties"),
                Arguments.of("tpl_product", "{\"variables\":{" + product + "," + v("product_image", "image",
                        "{\"asset_id\":\"asset_missing\"}") + "}}", "variables.product_image.properties.asset_id"),
                Arguments.of("tpl_product", "{\"variables\":{" + product + "," + v("product_image", "image",
                        "{\"url\":\"https://x/p.png\",\"fit\":\"stretch\"}") + "}}", "variables.product_image.properties.fit"),
                Arguments.of("tpl_product", "{\"variables\":{" + product + "," + v("product_image", "image",
                        "{\"url\":\"https://x/p.mp4\"}") + "}}", "variables.product_image.properties.url"),
                Arguments.of("tpl_greeting", "{\"variables\":{" + text("greeting", "Hola") + "," + v("narrator", "voice",
                        "{\"voice_id\":\"xx_nobody\"}") + "}}", "variables.narrator.properties.voice_id"),
                Arguments.of("tpl_event", "{\"variables\":{" + text("event_name", "Expo") + "," + v("highlight_clip", "video",
                        "{\"url\":\"https://x/h.mp4\",\"play_style\":\"bounce\"}") + "," + v("closing_audio", "audio",
                        "{\"url\":\"https://x/c.mp3\"}") + "}}", "variables.highlight_clip.properties.play_style"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("refusals")
    void a_body_that_cannot_render_is_400_invalid_parameter_naming_the_param_and_creates_nothing(String template, String body, String param) {
        double before = balance();
        Raw.Reply r = generate(template, body);
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("invalid_parameter");
        assertThat(r.errorParam()).isEqualTo(param);
        assertThat(raw.get("/v3/videos").json().get("data")).isEmpty();
        sb.advance(Duration.ofHours(1));
        assertThat(balance()).isEqualTo(before);
    }

    @Test
    void refusals_name_what_the_template_expects() {
        Raw.Reply unknown = generate("tpl_welcome", "{\"variables\":{" + text("nickname", "A") + "}}");
        assertThat(unknown.errorMessage()).contains("first_name (text), company (text)");
        Raw.Reply wrongType = generate("tpl_welcome", "{\"variables\":{" + text("first_name", "A") + ","
                + v("company", "voice", "{\"voice_id\":\"en_ava\"}") + "}}");
        assertThat(wrongType.errorMessage()).contains("company is text", "not voice");
        Raw.Reply missing = generate("tpl_welcome", "{\"variables\":{" + text("first_name", "A") + "}}");
        assertThat(missing.errorMessage()).contains("needs variable company (text)", "welcome_intro");
    }

    private double balance() {
        return raw.get("/v3/users/me").data().at("/wallet/remaining_balance").asDouble();
    }
}
