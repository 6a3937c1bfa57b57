package dev.heygenkit.internal.http;

import dev.heygenkit.internal.Internals;
import dev.heygenkit.HeyGen;
import dev.heygenkit.MissingApiKeyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the key comes from: builder, system property, HEYGEN_API_KEY, then the credentials file. */
class CredentialsTest {
    @TempDir
    Path home;

    private Env env(Map<String, String> vars, Map<String, String> props) {
        return Env.of(vars, props, home);
    }

    private Path writeCredentials(String text) throws Exception {
        Path dir = Files.createDirectories(home.resolve(".heygen"));
        return Files.writeString(dir.resolve("credentials"), text);
    }

    @Test
    void the_builder_key_beats_every_other_source() throws Exception {
        writeCredentials("{\"api_key\":\"from-file\"}");
        ApiKey key = Credentials.resolve("from-builder", env(Map.of("HEYGEN_API_KEY", "from-env"), Map.of("heygen.api.key", "from-prop")));
        assertThat(key.secret()).isEqualTo("from-builder");
        assertThat(key.source()).isEqualTo("builder");
    }

    @Test
    void the_system_property_beats_the_environment_and_the_file() throws Exception {
        writeCredentials("{\"api_key\":\"from-file\"}");
        ApiKey key = Credentials.resolve(null, env(Map.of("HEYGEN_API_KEY", "from-env"), Map.of("heygen.api.key", "from-prop")));
        assertThat(key.secret()).isEqualTo("from-prop");
        assertThat(key.source()).contains("heygen.api.key");
    }

    @Test
    void heygen_api_key_beats_the_file() throws Exception {
        writeCredentials("{\"api_key\":\"from-file\"}");
        ApiKey key = Credentials.resolve(null, env(Map.of("HEYGEN_API_KEY", " from-env "), Map.of()));
        assertThat(key.secret()).isEqualTo("from-env");
        assertThat(key.source()).isEqualTo("HEYGEN_API_KEY");
    }

    @Test
    void the_credentials_file_may_be_json() throws Exception {
        Path file = writeCredentials("{\"api_key\": \"from-json\", \"user\": {\"email\": \"a@b.c\"}}\n");
        ApiKey key = Credentials.resolve(null, env(Map.of(), Map.of()));
        assertThat(key.secret()).isEqualTo("from-json");
        assertThat(key.source()).isEqualTo(file.toString());
    }

    @Test
    void the_credentials_file_may_be_a_bare_key_line() throws Exception {
        writeCredentials("  bare-key-123\n");
        assertThat(Credentials.resolve(null, env(Map.of(), Map.of())).secret()).isEqualTo("bare-key-123");
    }

    @Test
    void heygen_config_dir_moves_the_credentials_file() throws Exception {
        Path dir = Files.createDirectories(home.resolve("elsewhere"));
        Files.writeString(dir.resolve("credentials"), "{\"api_key\":\"moved\"}");
        writeCredentials("{\"api_key\":\"default-place\"}");
        ApiKey key = Credentials.resolve(null, env(Map.of("HEYGEN_CONFIG_DIR", dir.toString()), Map.of()));
        assertThat(key.secret()).isEqualTo("moved");
    }

    @Test
    void a_blank_builder_key_is_one_clear_error() {
        assertThatThrownBy(() -> Credentials.resolve("  ", env(Map.of("HEYGEN_API_KEY", "x"), Map.of())))
                .isInstanceOf(MissingApiKeyException.class).hasMessageContaining("blank");
    }

    @Test
    void no_key_anywhere_is_one_error_naming_every_source_and_the_sandbox() {
        assertThatThrownBy(() -> Internals.env(HeyGen.builder(), env(Map.of("HEYGEN_API_KEY", "   "), Map.of())).build())
                .isInstanceOfSatisfying(MissingApiKeyException.class, e -> {
                    assertThat(e.code()).isEqualTo("missing_api_key");
                    assertThat(e.getMessage()).contains("HEYGEN_API_KEY").contains("apiKey(")
                            .contains(home.resolve(".heygen").resolve("credentials").toString()).doesNotContain("\n");
                    assertThat(e.hint()).contains("sandbox");
                });
    }

    @Test
    void an_empty_credentials_file_is_an_error_not_absent() throws Exception {
        writeCredentials("\n");
        assertThatThrownBy(() -> Credentials.resolve(null, env(Map.of(), Map.of())))
                .isInstanceOf(MissingApiKeyException.class).hasMessageContaining("is empty");
    }

    @Test
    void malformed_json_in_the_credentials_file_is_an_error() throws Exception {
        writeCredentials("{\"api_key\": ");
        assertThatThrownBy(() -> Credentials.resolve(null, env(Map.of(), Map.of())))
                .isInstanceOf(MissingApiKeyException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void json_without_an_api_key_is_an_error_that_says_so() throws Exception {
        writeCredentials("{\"oauth\": {\"access_token\": \"t\"}}");
        assertThatThrownBy(() -> Credentials.resolve(null, env(Map.of(), Map.of())))
                .isInstanceOf(MissingApiKeyException.class).hasMessageContaining("OAuth");
        writeCredentials("{\"api_key\": \"\"}");
        assertThatThrownBy(() -> Credentials.resolve(null, env(Map.of(), Map.of())))
                .isInstanceOf(MissingApiKeyException.class).hasMessageContaining("no \"api_key\"");
    }

    @Test
    void a_line_that_is_not_a_key_is_refused() throws Exception {
        writeCredentials("HEYGEN_API_KEY=abc");
        assertThatThrownBy(() -> Credentials.resolve(null, env(Map.of(), Map.of())))
                .isInstanceOf(MissingApiKeyException.class).hasMessageContaining("neither JSON nor a single key line");
    }

    @Test
    void the_key_never_shows_in_its_string_form() {
        ApiKey key = Credentials.resolve("sekrit-value", env(Map.of(), Map.of()));
        assertThat(key.toString()).doesNotContain("sekrit-value").contains("builder");
    }
}
