package dev.heygenkit.internal.http;

import dev.heygenkit.internal.Internals;
import dev.heygenkit.HeyGen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API root: production by default, HEYGEN_API_BASE or the builder otherwise, plain http only on loopback. */
class BaseUrlTest {
    private static HeyGen.Builder builder(Map<String, String> env) {
        return Internals.env(HeyGen.builder().apiKey("k"), Env.of(env, Map.of(), Path.of("/nonexistent")));
    }

    @Test
    void production_is_the_default() {
        assertThat(builder(Map.of()).build().baseUrl()).isEqualTo(URI.create("https://api.heygen.com"));
    }

    @Test
    void heygen_api_base_overrides_the_default_and_loses_its_trailing_slash() {
        assertThat(builder(Map.of("HEYGEN_API_BASE", "http://127.0.0.1:8089/")).build().baseUrl())
                .isEqualTo(URI.create("http://127.0.0.1:8089"));
    }

    @Test
    void the_builder_beats_heygen_api_base() {
        assertThat(builder(Map.of("HEYGEN_API_BASE", "https://env.example.com")).baseUrl("https://builder.example.com/")
                .build().baseUrl()).isEqualTo(URI.create("https://builder.example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:9000", "http://localhost:9000", "http://[::1]:9000", "http://127.0.0.2",
            "https://proxy.example.com/heygen"})
    void loopback_http_and_any_https_are_accepted(String url) {
        assertThat(builder(Map.of()).baseUrl(url).build().baseUrl().toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.heygen.com", "http://10.0.0.5:8080", "http://127.0.0.1.evil.com", "http://localhost.evil.com"})
    void plain_http_to_other_hosts_is_refused(String url) {
        assertThatThrownBy(() -> builder(Map.of()).baseUrl(url).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(url).hasMessageContaining("loopback");
    }

    @Test
    void plain_http_from_the_environment_is_refused_naming_the_variable() {
        assertThatThrownBy(() -> builder(Map.of("HEYGEN_API_BASE", "http://example.com")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("HEYGEN_API_BASE=http://example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com", "api.heygen.com", "https://", "not a url"})
    void urls_without_an_http_scheme_and_host_are_refused(String url) {
        assertThatThrownBy(() -> builder(Map.of()).baseUrl(url).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl=");
    }
}
