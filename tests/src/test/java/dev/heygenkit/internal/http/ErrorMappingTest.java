package dev.heygenkit.internal.http;

import dev.heygenkit.ApiException;
import dev.heygenkit.AuthenticationException;
import dev.heygenkit.BadRequestException;
import dev.heygenkit.ConflictException;
import dev.heygenkit.HeyGen;
import dev.heygenkit.InsufficientCreditException;
import dev.heygenkit.NotFoundException;
import dev.heygenkit.PermissionDeniedException;
import dev.heygenkit.RateLimitException;
import dev.heygenkit.ServerException;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Speaker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Error answers become the exception tree with status, API code, param, request id and a hint. */
class ErrorMappingTest extends WireTest {
    @BeforeEach
    void noRetries() {
        client = wire.builder().maxRetries(0).build();
    }

    private ApiException createFails(int status, String body) {
        wire.server().stubFor(post("/v3/videos").willReturn(aResponse().withStatus(status).withHeader("X-Request-Id", "req-" + status)
                .withHeader("Content-Type", "application/json").withBody(body)));
        return catchThrowableOfType(ApiException.class,
                () -> client.videos().create(AvatarVideoRequest.of("look_1", Speaker.saying("Hi"))));
    }

    @Test
    void bad_request_carries_code_param_doc_url_and_request_id() {
        ApiException e = createFails(400, "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"avatar_id is not a look\","
                + "\"param\":\"avatar_id\",\"doc_url\":\"https://developers.heygen.com/docs/error-codes#invalid-parameter\"}}");
        assertThat(e).isInstanceOf(BadRequestException.class);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.code()).isEqualTo("invalid_parameter");
        assertThat(e.param()).isEqualTo("avatar_id");
        assertThat(e.docUrl()).endsWith("#invalid-parameter");
        assertThat(e.requestId()).isEqualTo("req-400");
        assertThat(e.getMessage()).isEqualTo("POST /v3/videos failed: 400 invalid_parameter: avatar_id is not a look (param avatar_id)");
        assertThat(e.hint()).contains("Fix avatar_id");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            "401, unauthorized, dev.heygenkit.AuthenticationException",
            "402, insufficient_credit, dev.heygenkit.InsufficientCreditException",
            "403, resource_access_denied, dev.heygenkit.PermissionDeniedException",
            "404, avatar_not_found, dev.heygenkit.NotFoundException",
            "409, conflict, dev.heygenkit.ConflictException",
            "413, payload_too_large, dev.heygenkit.ApiException",
            "422, invalid_parameter, dev.heygenkit.BadRequestException",
            "429, rate_limit_exceeded, dev.heygenkit.RateLimitException",
            "500, internal_error, dev.heygenkit.ServerException",
            "502, internal_error, dev.heygenkit.ServerException",
            "503, internal_error, dev.heygenkit.ServerException",
            "504, internal_error, dev.heygenkit.ServerException"})
    void each_status_maps_to_its_exception_type(int status, String code, String type) throws Exception {
        ApiException e = createFails(status, "{\"error\":{\"code\":\"" + code + "\",\"message\":\"m\"}}");
        assertThat(e.getClass()).isEqualTo(Class.forName(type));
        assertThat(e.status()).isEqualTo(status);
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.requestId()).isEqualTo("req-" + status);
        assertThat(e.getMessage()).doesNotContain("\n");
    }

    @Test
    void insufficient_credit_says_nothing_was_charged() {
        ApiException e = createFails(402, "{\"error\":{\"code\":\"insufficient_credit\",\"message\":\"Not enough credit\"}}");
        assertThat(e).isInstanceOf(InsufficientCreditException.class);
        assertThat(e.hint()).contains("nothing was created or charged");
    }

    @Test
    void unauthorized_hint_mentions_the_key_and_the_sandbox() {
        ApiException e = createFails(401, "{\"error\":{\"code\":\"invalid_credentials\",\"message\":\"bad key\"}}");
        assertThat(e).isInstanceOf(AuthenticationException.class);
        assertThat(e.hint()).contains("HEYGEN_API_KEY").contains("sandbox");
    }

    @Test
    void forbidden_maps_to_permission_denied() {
        assertThat(createFails(403, "{\"error\":{\"code\":\"forbidden\",\"message\":\"x\"}}"))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void a_gateway_html_page_is_classified_by_status() {
        ApiException e = createFails(502, "<html><head><title>502 Bad Gateway</title></head>\n<body>nginx</body></html>");
        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.code()).isEqualTo("unclassified_server_error");
        assertThat(e.getMessage()).contains("HTML page").doesNotContain("<html>").doesNotContain("\n");
    }

    @Test
    void an_empty_body_is_classified_by_status() {
        ApiException e = createFails(404, "");
        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.code()).isEqualTo("not_found");
        assertThat(e.getMessage()).contains("empty body");
        ApiException rate = createFails(429, "");
        assertThat(rate).isInstanceOf(RateLimitException.class);
        assertThat(rate.code()).isEqualTo("rate_limit_exceeded");
    }

    @Test
    void plain_text_bodies_are_quoted_briefly() {
        ApiException e = createFails(400, "upstream said no");
        assertThat(e).isInstanceOf(BadRequestException.class);
        assertThat(e.code()).isEqualTo("validation_error");
        assertThat(e.getMessage()).contains("upstream said no");
    }

    @Test
    void a_non_specific_code_is_replaced_by_the_status_code() {
        ApiException e = createFails(403, "{\"error\":{\"code\":\"error\",\"message\":\"nope\"}}");
        assertThat(e.code()).isEqualTo("forbidden");
        ApiException blank = createFails(400, "{\"error\":{\"code\":\"\",\"message\":\"nope\"}}");
        assertThat(blank.code()).isEqualTo("validation_error");
    }

    @Test
    void multi_line_messages_become_one_line() {
        ApiException e = createFails(400, "{\"error\":{\"code\":\"invalid_parameter\",\"message\":\"line one\\nline two\"}}");
        assertThat(e.getMessage()).contains("line one line two");
    }

    @Test
    void an_unknown_4xx_is_a_plain_api_exception_with_a_derived_code() {
        ApiException e = createFails(418, "{}");
        assertThat(e.getClass()).isEqualTo(ApiException.class);
        assertThat(e.code()).isEqualTo("unclassified_client_error");
    }

    @Test
    void not_found_hints_name_the_resource_to_check() {
        wire.server().stubFor(get(urlPathMatching("/v3/.*")).willReturn(aResponse().withStatus(404)));
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.looks().get("x")).hint()).contains("look id");
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.voices().get("x")).hint()).contains("voice id");
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.videos().get("x")).hint()).contains("video id");
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.assets().get("x")).hint()).contains("asset id");
        assertThat(catchThrowableOfType(NotFoundException.class, () -> client.videos().getBatch("x")).hint()).contains("batch id");
    }

    @Test
    void a_2xx_answer_that_is_not_json_is_a_transport_exception() {
        wire.server().stubFor(get("/v3/users/me").willReturn(aResponse().withStatus(200).withBody("<html>Sign in to the hotel wifi</html>")));
        assertThat(catchThrowableOfType(dev.heygenkit.TransportException.class, () -> client.users().me()))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("invalid_response");
                    assertThat(e.getMessage()).startsWith("GET /v3/users/me: HeyGen answered 200").contains("hotel wifi");
                    assertThat(e.hint()).contains("proxy");
                });
    }

    @Test
    void conflict_other_than_in_progress_has_no_retry_hint() {
        ApiException e = createFails(409, "{\"error\":{\"code\":\"conflict\",\"message\":\"dup\"}}");
        assertThat(e).isInstanceOf(ConflictException.class);
        assertThat(e.toString()).startsWith("ConflictException[409 conflict request_id=req-409]");
    }
}
