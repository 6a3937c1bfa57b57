package dev.heygenkit.internal.http;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.heygenkit.HeyGen;
import dev.heygenkit.NotFoundException;
import dev.heygenkit.TransportException;
import dev.heygenkit.api.Look;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CLI's blocking API calls (HttpURLConnection in the calling thread) behave as the HttpClient path does: same
 * headers, statuses, errors, retries and no redirects, and no java.net.http selector thread is left at exit.
 */
class BlockingCallsTest {
    private WireFixture wire;

    @BeforeEach
    void on() {
        System.setProperty(BlockingCalls.PROPERTY, "true");
        wire = WireFixture.start();
    }

    @AfterEach
    void off() {
        System.clearProperty(BlockingCalls.PROPERTY);
        wire.close();
    }

    @Test
    void a_get_carries_the_kits_headers_and_reads_the_answer_without_an_http_client_thread() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/avatars/looks/anna")).willReturn(okJson(
                "{\"data\":{\"id\":\"anna\",\"name\":\"Anna\"}}").withHeader("X-Request-Id", "req_1")));
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        HeyGen client = wire.client();
        Look look = client.looks().get("anna");
        assertThat(look.name()).isEqualTo("Anna");
        wire.server().verify(getRequestedFor(urlPathEqualTo("/v3/avatars/looks/anna"))
                .withHeader("x-api-key", equalTo(WireFixture.CANARY_KEY))
                .withHeader("Accept", equalTo("application/json")));
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo("/v3/avatars/looks/anna"))).get(0).getHeader("User-Agent"))
                .startsWith("heygen-kit/");
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> !before.contains(t))
                .noneMatch(t -> t.getName().startsWith("HttpClient-"));
    }

    @Test
    void errors_retries_and_redirects_are_the_transports_as_usual() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/videos/gone")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"video_not_found\",\"message\":\"no such video\"}}")));
        HeyGen client = wire.client();
        assertThatThrownBy(() -> client.videos().get("gone")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("video_not_found");

        wire.server().stubFor(get(urlPathEqualTo("/v3/videos/v1")).inScenario("s").whenScenarioStateIs("Started")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        wire.server().stubFor(get(urlPathEqualTo("/v3/videos/v1")).inScenario("s").whenScenarioStateIs("up")
                .willReturn(okJson("{\"data\":{\"id\":\"v1\",\"status\":\"completed\"}}")));
        assertThat(client.videos().get("v1").id()).isEqualTo("v1");

        wire.server().stubFor(get(urlPathEqualTo("/v3/videos/moved")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://127.0.0.1:1/elsewhere")));
        assertThatThrownBy(() -> client.videos().get("moved")).as("a redirect is not followed with the key")
                .isInstanceOf(dev.heygenkit.HeyGenException.class);

        wire.server().stubFor(delete(urlPathEqualTo("/v3/videos/v2")).willReturn(okJson("{\"data\":{\"id\":\"v2\",\"deleted\":true}}")));
        assertThat(client.videos().delete("v2").id()).isEqualTo("v2");
    }

    @Test
    void a_broken_connection_is_a_network_error_after_the_retries() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/videos/v3")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> wire.client().videos().get("v3")).isInstanceOf(TransportException.class)
                .extracting(e -> ((TransportException) e).code()).isEqualTo("network_error");
        assertThat(wire.requests(getRequestedFor(urlPathEqualTo("/v3/videos/v3")))).hasSizeGreaterThan(1);
    }
}
