package dev.heygenkit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.heygenkit.BadRequestException;

import dev.heygenkit.internal.http.ApiResponse;
import dev.heygenkit.internal.http.Operation;
import dev.heygenkit.internal.http.WireFixture;
import dev.heygenkit.internal.http.WireTest;



import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** client.raw(): any endpoint with the same key, retries, idempotency keys and errors; the envelope comes back whole. */
class RawWireTest extends WireTest {
    /** A body as a record, to show records serialise with the shared snake_case codec. */
    record TemplateRun(String templateId, Map<String, String> variables) {
    }

    @Test
    void get_returns_the_whole_envelope_with_query_from_map_and_path() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/templates")).willReturn(okJson(
                "{\"data\":[{\"id\":\"t1\"}],\"has_more\":true,\"next_token\":\"n2\"}")));
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("limit", 5);
        q.put("skipped", null);
        JsonNode page = client.raw().get("/v3/templates?sort=new", q);
        assertThat(page.path("data").get(0).path("id").asText()).isEqualTo("t1");
        assertThat(page.path("next_token").asText()).isEqualTo("n2");
        LoggedRequest r = wire.requests(getRequestedFor(urlPathEqualTo("/v3/templates"))).get(0);
        assertThat(r.getUrl()).isEqualTo("/v3/templates?sort=new&limit=5");
        assertThat(r.getHeader("x-api-key")).isEqualTo(WireFixture.CANARY_KEY);
        assertThat(r.containsHeader("Idempotency-Key")).isFalse();
    }

    @Test
    void post_accepts_a_tree_a_map_a_record_or_json_text() {
        wire.server().stubFor(post(urlPathMatching("/v3/.*")).willReturn(okJson("{\"data\":{\"ok\":true}}")));
        client.raw().post("/v3/a", JsonNodeFactory.instance.objectNode().put("x", 1));
        client.raw().post("/v3/b", Map.of("x", 1));
        client.raw().post("/v3/c", new TemplateRun("tpl_1", Map.of("firstName", "Ann")));
        client.raw().post("/v3/d", "{\"x\": 1}");
        for (String p : List.of("/v3/a", "/v3/b", "/v3/d")) {
            wire.server().verify(postRequestedFor(urlEqualTo(p)).withHeader("Content-Type", equalTo("application/json"))
                    .withRequestBody(equalToJson("{\"x\":1}")));
        }
        wire.server().verify(postRequestedFor(urlEqualTo("/v3/c"))
                .withRequestBody(equalToJson("{\"template_id\":\"tpl_1\",\"variables\":{\"firstName\":\"Ann\"}}")));
    }

    @Test
    void post_retries_reuse_one_key_and_a_caller_key_is_kept() {
        wire.server().stubFor(post("/v3/lipsyncs").inScenario("r").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
        wire.server().stubFor(post("/v3/lipsyncs").inScenario("r").whenScenarioStateIs("ok")
                .willReturn(okJson("{\"data\":{\"id\":\"ls_1\"}}")));
        assertThat(client.raw().post("/v3/lipsyncs", Map.of("video_id", "v")).path("data").path("id").asText()).isEqualTo("ls_1");
        List<LoggedRequest> posts = wire.requests(postRequestedFor(urlEqualTo("/v3/lipsyncs")));
        assertThat(posts).hasSize(2);
        assertThat(posts.get(0).getHeader("Idempotency-Key")).isEqualTo(posts.get(1).getHeader("Idempotency-Key")).isNotNull();
        client.raw().post("/v3/lipsyncs", Map.of(), "mine-1");
        assertThat(wire.requests(postRequestedFor(urlEqualTo("/v3/lipsyncs"))).get(2).getHeader("Idempotency-Key")).isEqualTo("mine-1");
    }

    @Test
    void put_patch_and_delete_use_their_methods() {
        wire.server().stubFor(any(urlPathMatching("/v3/.*")).willReturn(aResponse().withStatus(204)));
        assertThat(client.raw().put("/v3/video-translations/proofreads/p1/srt", Map.of("srt", "1")).isMissingNode()).isTrue();
        client.raw().patch("/v3/lipsyncs/l1", Map.of("title", "t"));
        client.raw().delete("/v3/lipsyncs/l1");
        assertThat(wire.server().getAllServeEvents()).extracting(e -> e.getRequest().getMethod().getName())
                .containsExactlyInAnyOrder("PUT", "PATCH", "DELETE");
        assertThat(wire.requests(putRequestedFor(anyUrl())).get(0).containsHeader("Idempotency-Key")).isFalse();
    }

    @Test
    void errors_map_to_the_same_exception_tree() {
        wire.server().stubFor(post("/v3/templates/t1").willReturn(aResponse().withStatus(400)
                .withBody("{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"bad\",\"param\":\"variables\"}}")));
        assertThatThrownBy(() -> client.raw().post("/v3/templates/t1", Map.of()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.param()).isEqualTo("variables"));
    }

    @Test
    void exchange_exposes_status_headers_and_request_id() {
        wire.server().stubFor(get("/v3/users/me").willReturn(okJson("{\"data\":{}}").withHeader("X-Request-Id", "req-1")));
        ApiResponse r = client.raw().exchange(client.raw().request("GET", "/v3/users/me", null, null, null).operation(Operation.READ));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.requestId()).isEqualTo("req-1");
        assertThat(r.data().isObject()).isTrue();
    }

    @Test
    void absolute_urls_and_odd_paths_are_refused_so_the_key_stays_home() {
        for (String bad : List.of("https://evil.example.com/v3/x", "//evil.example.com/v3", "v3/videos", "/v3/a/../../x", "/v3/a#f")) {
            assertThatThrownBy(() -> client.raw().get(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> client.raw().send("GE T", "/v3/x", Map.of(), null, null)).hasMessageContaining("GE T");
        assertThat(wire.server().getAllServeEvents()).isEmpty();
    }
}
