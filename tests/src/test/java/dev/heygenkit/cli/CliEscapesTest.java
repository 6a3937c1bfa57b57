package dev.heygenkit.cli;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** Control characters in server strings are shown, not executed; JSON output stays valid; huge ids are cut. */
class CliEscapesTest {
    /** ESC [31m (red), BEL, CR, backspace and a C1 CSI as JSON escapes. */
    private static final String EVIL = "Evil\\u001b[31mRED\\u0007\\r\\b\\u009b2J";
    @TempDir
    Path dir;
    private WireMockServer server;
    private Cli cli;

    @BeforeEach
    void start() {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        cli = new Cli(dir, "http://127.0.0.1:" + server.port());
        String video = "{\"id\":\"vid_1\",\"status\":\"completed\",\"title\":\"" + EVIL + "\",\"created_at\":1767225600,"
                + "\"failure_message\":\"" + EVIL + "\"}";
        server.stubFor(get(urlPathEqualTo("/v3/videos")).willReturn(okJson("{\"data\":[" + video + "],\"has_more\":false,\"next_token\":null}")));
        server.stubFor(get(urlPathEqualTo("/v3/videos/vid_1")).willReturn(okJson("{\"data\":" + video + "}")));
        server.stubFor(get(urlPathEqualTo("/v3/avatars/looks")).willReturn(okJson("{\"data\":[{\"id\":\"l" + EVIL
                + "\",\"name\":\"" + EVIL + "\",\"avatar_type\":\"studio_avatar\"}],\"has_more\":false,\"next_token\":null}")));
        server.stubFor(get(urlPathEqualTo("/v3/voices")).willReturn(okJson("{\"data\":[{\"voice_id\":\"v1\",\"name\":\"" + EVIL
                + "\",\"language\":\"English\",\"gender\":\"female\"}],\"has_more\":false,\"next_token\":null}")));
        server.stubFor(get(urlPathMatching("/v3/videos/nope.*")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"not_found\",\"message\":\"no such video " + EVIL + "\"}}")));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static void noControls(Cli.Result r) {
        String all = r.out() + r.err();
        assertThat(all.chars().filter(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f)))
                .as("raw control characters in\n" + r).isEmpty();
    }

    @Test
    void list_get_looks_voices_and_errors_show_control_characters_visibly() {
        for (String[] args : new String[][]{{"list"}, {"get", "vid_1"}, {"looks"}, {"voices"}, {"get", "nope"}}) {
            Cli.Result r = cli.run(args);
            noControls(r);
            assertThat(r.out() + r.err()).as(String.join(" ", args)).contains("\\u001b[31mRED\\u0007");
        }
    }

    @Test
    void history_escapes_a_title_from_the_journal() {
        Cli sandboxed = new Cli(dir, null);
        sandboxed.run("--sandbox", "render", "--look", "anna", "--say", "Hi", "--title", "T\u001b]0;owned\u0007", "--no-wait");
        Cli.Result r = sandboxed.run("history");
        noControls(r);
        assertThat(r.out()).contains("T\\u001b]0;owned\\u0007");
    }

    @Test
    void json_output_stays_valid_json_with_the_characters_escaped() {
        Cli.Result r = cli.run("--json", "get", "vid_1");
        noControls(r);
        assertThat(r.json().get("title").asText()).isEqualTo("Evil\u001b[31mRED\u0007\r\b\u009b2J");
    }

    @Test
    void a_ten_kilobyte_id_is_abbreviated_in_messages() {
        String id = "nope" + "x".repeat(10_000);
        Cli.Result r = cli.run("get", id);
        assertThat(r.code()).isEqualTo(Main.FAILED);
        assertThat(r.err().length()).as(r.err()).isLessThan(2_000);
    }
}
