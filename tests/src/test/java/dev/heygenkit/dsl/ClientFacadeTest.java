package dev.heygenkit.dsl;

import dev.heygenkit.HeyGen;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.internal.Internals;
import dev.heygenkit.internal.http.Env;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a client says about itself: sandbox or not, its base URL, never its key; and how sandbox clients are made. */
class ClientFacadeTest {
    private static Sandbox sandbox;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().manualClock().start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private HeyGen.Builder builder() {
        return Internals.env(HeyGen.builder(), Env.of(Map.of(), Map.of(), home));
    }

    @Test
    void a_sandbox_client_says_so_with_its_url_and_reaches_the_sandbox() {
        HeyGen client = HeyGen.sandbox(sandbox);

        assertThat(client.isSandbox()).isTrue();
        assertThat(client.baseUrl()).isEqualTo(sandbox.baseUri());
        assertThat(client).hasToString("HeyGen[sandbox " + sandbox.baseUri() + "]");
        assertThat(client.looks().get("anna").id()).isEqualTo("anna");
    }

    @Test
    void a_client_of_a_standalone_sandbox_says_sandbox_once_it_has_answered() {
        HeyGen client = builder().apiKey("sk_test_do_not_print_me").baseUrl(sandbox.baseUri().toString()).build();
        String before = client.toString();

        client.looks().get("anna");

        assertThat(client.isSandbox()).as("not the embedded one").isFalse();
        assertThat(before).doesNotContain("sandbox");
        assertThat(client.toString()).startsWith("HeyGen[sandbox " + sandbox.baseUri() + ", key from ")
                .doesNotContain("sk_test_do_not_print_me");
    }

    @Test
    void an_api_client_shows_its_url_and_where_the_key_came_from_but_never_the_key() {
        HeyGen client = builder().apiKey("sk_live_do_not_print_me").baseUrl("https://api.example.com/").build();

        assertThat(client.isSandbox()).isFalse();
        assertThat(client.baseUrl()).isEqualTo(URI.create("https://api.example.com"));
        assertThat(client.toString()).startsWith("HeyGen[https://api.example.com, key from ")
                .doesNotContain("sk_live_do_not_print_me").doesNotContain("sandbox");
    }

    @Test
    void the_builder_binds_to_a_sandbox_until_a_base_url_replaces_it() {
        HeyGen bound = builder().sandbox(sandbox).maxRetries(0).build();
        assertThat(bound.isSandbox()).isTrue();
        assertThat(bound.baseUrl()).isEqualTo(sandbox.baseUri());

        HeyGen elsewhere = builder().sandbox(sandbox).apiKey("k").baseUrl("http://127.0.0.1:9").build();
        assertThat(elsewhere.isSandbox()).isFalse();
        assertThat(elsewhere.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9"));
    }

    @Test
    void each_sandbox_call_builds_its_own_client_so_no_registry_outlives_it() {
        assertThat(HeyGen.sandbox(sandbox)).isNotSameAs(HeyGen.sandbox(sandbox));
    }

    @Test
    void a_closed_sandbox_is_refused_with_what_to_do() {
        Sandbox closed = Sandbox.builder().manualClock().start();
        closed.close();

        assertThatThrownBy(() -> HeyGen.sandbox(closed)).isInstanceOfSatisfying(HeyGenException.class, e -> {
            assertThat(e.code()).isEqualTo("sandbox_closed");
            assertThat(e.getMessage()).contains(closed.baseUri().toString());
            assertThat(e.hint()).contains("Sandbox.builder().start()");
        });
    }
}
