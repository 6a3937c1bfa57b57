package dev.heygenkit.internal.http;

import dev.heygenkit.HeyGen;
import dev.heygenkit.internal.Internals;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plain-http clients without TLS: they serve http, refuse https with a clear message, and redirects still land. */
class PlainClientTest {
    @Test
    void a_plain_client_serves_http_and_its_tls_context_refuses_to_work() throws Exception {
        try (WireFixture wire = WireFixture.start()) {
            wire.server().stubFor(get("/ping").willReturn(aResponse().withBody("pong")));
            HttpClient plain = HttpClients.build(true, HttpClient.Version.HTTP_1_1, Duration.ofSeconds(5), HttpClient.Redirect.NEVER);
            assertThat(plain.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
            HttpResponse<String> r = plain.send(HttpRequest.newBuilder(URI.create(wire.baseUrl() + "/ping")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.body()).isEqualTo("pong");
            assertThatThrownBy(() -> plain.sslContext().createSSLEngine())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("plain http only");
        }
    }

    @Test
    void only_http_uris_count_as_plain() {
        assertThat(HttpClients.isPlain(URI.create("http://127.0.0.1:8080/x"))).isTrue();
        assertThat(HttpClients.isPlain(URI.create("HTTP://localhost/x"))).isTrue();
        assertThat(HttpClients.isPlain(URI.create("https://api.heygen.com/v3"))).isFalse();
    }

    @Test
    void a_redirecting_plain_storage_url_is_followed_to_its_target() throws Exception {
        try (WireFixture wire = WireFixture.start()) {
            wire.server().stubFor(get("/files/a.mp4").willReturn(aResponse().withStatus(302)
                    .withHeader("Location", wire.baseUrl() + "/files/b.mp4")));
            wire.server().stubFor(get("/files/b.mp4").willReturn(aResponse().withBody("video bytes")));
            HeyGen client = wire.client();
            HttpTransport transport = Internals.render(client).transport();
            HttpResponse<String> r = transport.sendExternal(HttpRequest.newBuilder(URI.create(wire.baseUrl() + "/files/a.mp4"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("video bytes");
            wire.server().verify(getRequestedFor(urlEqualTo("/files/b.mp4")));
        }
    }
}
