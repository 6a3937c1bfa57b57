package dev.heygenkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.HeyGen;
import dev.heygenkit.api.Look;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one-pass envelope reads give what the tree route gives, and decline whatever the tree route must word. */
class EnvelopeReadTest {
    private static final String LOOK = "{\"id\":\"anna\",\"name\":\"Anna\",\"avatar_type\":\"studio_avatar\","
            + "\"supported_api_engines\":[\"avatar_iv\"],\"image_width\":1920,\"error\":{\"code\":\"x\",\"message\":\"m\"},"
            + "\"unknown_field\":{\"nested\":[1,2,{\"a\":null}]}}";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void data_reads_as_the_tree_route_reads_it_wherever_data_stands() throws Exception {
        for (String body : List.of("{\"data\":" + LOOK + "}", "{\"request_id\":\"r\",\"meta\":{\"a\":[1]},\"data\":" + LOOK + "}",
                "{\"data\":" + LOOK + ",\"extra\":[{\"data\":1}]}", " \n{\"data\":" + LOOK + "} trailing")) {
            Look fast = Json.readData(bytes(body), Look.class);
            Look tree = Json.read(Json.readTree(bytes(body)).path("data"), Look.class);
            assertThat(fast).as(body).isNotNull().isEqualTo(tree);
        }
    }

    @Test
    void data_declines_what_the_tree_route_must_handle() {
        for (String body : List.of("", "[]", "\"text\"", "{}", "{\"data\":null}", "{\"data\":\"not a look\"}",
                "{\"data\":" + LOOK + ",\"data\":" + LOOK + "}", "{\"data\":{\"id\":", "not json")) {
            assertThat(Json.readData(bytes(body), Look.class)).as(body).isNull();
        }
    }

    @Test
    void a_listing_reads_items_and_cursor_as_the_tree_route_does() throws Exception {
        String body = "{\"data\":[" + LOOK + "," + LOOK.replace("anna", "bob") + "],\"has_more\":true,\"next_token\":\"t2\"}";
        Json.Listing<Look> fast = Json.readListing(bytes(body), Look.class);
        JsonNode tree = Json.readTree(bytes(body));
        assertThat(fast).isNotNull();
        assertThat(fast.items()).isEqualTo(Json.readList(tree.path("data"), Look.class)).extracting(Look::id)
                .containsExactly("anna", "bob");
        assertThat(fast.cursor().path("has_more").asBoolean()).isTrue();
        assertThat(fast.cursor().path("next_token").asText()).isEqualTo("t2");
        assertThat(fast.cursor().has("data")).isFalse();
        Json.Listing<Look> empty = Json.readListing(bytes("{\"data\":[],\"has_more\":false}"), Look.class);
        assertThat(empty.items()).isEmpty();
    }

    @Test
    void a_listing_declines_what_the_tree_route_must_handle() {
        for (String body : List.of("[]", "{}", "{\"data\":{}}", "{\"data\":null}", "{\"data\":[],\"data\":[]}",
                "{\"data\":[],\"has_more\":true,\"has_more\":false}", "{\"data\":[\"not a look\"]}", "{\"data\":[")) {
            assertThat(Json.readListing(bytes(body), Look.class)).as(body).isNull();
        }
    }

    @Test
    void a_data_member_that_does_not_fit_is_a_typed_invalid_response_naming_the_request() {
        try (WireFixture wire = WireFixture.start()) {
            wire.server().stubFor(get(urlPathEqualTo("/v3/avatars/looks/anna")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/json").withBody("{\"data\":[1,2]}")));
            HeyGen client = wire.client();
            assertThatThrownBy(() -> client.looks().get("anna")).isInstanceOf(dev.heygenkit.TransportException.class)
                    .hasMessageStartingWith("HeyGen's 200 answer to GET /v3/avatars/looks/anna is unusable: a Look of the wrong shape")
                    .extracting(e -> ((dev.heygenkit.TransportException) e).code()).isEqualTo("invalid_response");
        }
    }

    @Test
    void an_empty_body_an_error_envelope_or_no_data_on_a_2xx_is_never_a_success() {
        try (WireFixture wire = WireFixture.start()) {
            HeyGen client = wire.client();
            for (String body : List.of("", "{}", "{\"data\":null}", "{\"error\":{\"code\":\"internal\",\"message\":\"oops\"}}")) {
                wire.server().resetMappings();
                wire.server().stubFor(get(urlPathEqualTo("/v3/videos/v1")).willReturn(aResponse()
                        .withHeader("Content-Type", "application/json").withBody(body)));
                assertThatThrownBy(() -> client.videos().get("v1")).as(body).isInstanceOf(dev.heygenkit.TransportException.class)
                        .hasMessageContaining("is unusable: " + (body.isEmpty() ? "an empty body" : body.contains("error")
                                ? "an error (internal: oops)" : "no data"));
            }
            wire.server().resetMappings();
            wire.server().stubFor(get(urlPathEqualTo("/v3/videos")).willReturn(aResponse().withHeader("Content-Type",
                    "application/json").withBody("{\"data\":[{\"id\":\"v1\",\"status\":\"completed\"}],\"has_more\":true,\"next_token\":\"same\"}")));
            assertThatThrownBy(() -> client.videos().list().stream().count()).isInstanceOf(dev.heygenkit.TransportException.class)
                    .hasMessageContaining("the same next_token it was asked for");
        }
    }
}
