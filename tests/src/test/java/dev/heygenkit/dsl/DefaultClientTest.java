package dev.heygenkit.dsl;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.internal.render.Api;
import dev.heygenkit.internal.render.Child;
import dev.heygenkit.internal.render.VirtualTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code render()} without a client: the environment's client, the sandbox seam, or one made default. */
class DefaultClientTest {
    @RegisterExtension
    static WireMockExtension wm = Api.server();

    @TempDir
    Path home;

    @Test
    void sandbox_flag_renders_on_the_embedded_sandbox_without_a_key() throws Exception {
        try (Child child = Child.start(home.resolve("c.log"), Map.of("HEYGEN_SANDBOX", "1", "HEYGEN_CONFIG_DIR",
                home.toString(), "HEYGEN_API_KEY", ""), "sandbox-render")) {
            assertThat(child.await(l -> l.startsWith("RENDERED ") || l.startsWith("ERROR ")))
                    .startsWith("RENDERED completed http://127.0.0.1:");
        }
    }

    @Test
    void env_or_sandbox_falls_back_to_the_sandbox_only_when_no_key_is_configured_anywhere() throws Exception {
        try (Child child = Child.start(home.resolve("none.log"), Map.of("HEYGEN_CONFIG_DIR", home.toString(),
                "HEYGEN_API_KEY", ""), "env-or-sandbox")) {
            assertThat(child.await(l -> l.startsWith("CLIENT ") || l.startsWith("ERROR ")))
                    .startsWith("CLIENT sandbox=true base=http://127.0.0.1:");
        }
        try (Child child = Child.start(home.resolve("key.log"), Map.of("HEYGEN_CONFIG_DIR", home.toString(),
                "HEYGEN_API_KEY", "sk_from_env", "HEYGEN_API_BASE", "http://127.0.0.1:9"), "env-or-sandbox")) {
            assertThat(child.await(l -> l.startsWith("CLIENT ") || l.startsWith("ERROR ")))
                    .isEqualTo("CLIENT sandbox=false base=http://127.0.0.1:9");
        }
        java.nio.file.Files.writeString(home.resolve("credentials"), "{\"oauth\": {}}");
        try (Child child = Child.start(home.resolve("broken.log"), Map.of("HEYGEN_CONFIG_DIR", home.toString(),
                "HEYGEN_API_KEY", ""), "env-or-sandbox")) {
            assertThat(child.await(l -> l.startsWith("CLIENT ") || l.startsWith("ERROR ")))
                    .startsWith("ERROR missing_api_key ").contains("credentials");
        }
    }

    @Test
    void without_sandbox_flag_the_environment_client_is_used() throws Exception {
        try (Child child = Child.start(home.resolve("c.log"), Map.of("HEYGEN_CONFIG_DIR", home.toString(),
                "HEYGEN_API_KEY", ""), "default-render")) {
            assertThat(child.await(l -> l.startsWith("ERROR "))).startsWith("ERROR missing_api_key ");
        }
    }

    @Test
    void a_client_made_default_serves_render_without_arguments() {
        VirtualTime time = new VirtualTime();
        HeyGen client = Api.client(wm, time, home.resolve("renders.jsonl"), Api.events()).useAsDefault();
        assertThat(HeyGen.defaultClient()).isSameAs(client);
        Api.stockLook(wm, "look_anna");
        Api.creates(wm, "vid_default");
        Api.status(wm, "vid_default", "completed", "https://cdn.example.com/d.mp4");
        assertThat(Avatar.look("look_anna").say("Hi").render().id()).isEqualTo("vid_default");
        assertThat(Avatar.look("look_anna").say("Hi").submit().resumed()).isTrue();
    }
}
