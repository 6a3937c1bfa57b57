package dev.heygenkit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.heygenkit.BadRequestException;
import dev.heygenkit.InsufficientCreditException;
import dev.heygenkit.NotFoundException;
import dev.heygenkit.internal.http.WireFixture;
import dev.heygenkit.internal.http.WireTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.heygenkit.internal.http.WireFixture.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Creating avatars and voices, consent, renames and deletes on the wire, including the API's refusals. */
class OwnAvatarsWireTest extends WireTest {
    private static final String ERROR = "{\"error\":{\"code\":\"%s\",\"message\":\"%s\"%s}}";

    private static String error(String code, String message, String param) {
        return String.format(ERROR, code, message, param == null ? "" : ",\"param\":\"" + param + "\"");
    }

    private JsonNode onlyBody(String method, String path) {
        var requests = wire.requests(new RequestPatternBuilder(RequestMethod.fromString(method), urlEqualTo(path)));
        assertThat(requests).hasSize(1);
        return WireFixture.body(requests.get(0));
    }

    @Test
    void create_posts_the_kind_with_an_idempotency_key_and_reads_group_and_look() {
        wire.server().stubFor(post("/v3/avatars").willReturn(okJson(response("avatars-create.json"))));
        AvatarCreated created = client.avatars().create(CreateAvatarRequest.photo("CEO", AssetInput.asset("asset_ceo")).inGroup("grp_1"));
        assertThat(created.avatarItem().status()).isEqualTo("processing");
        assertThat(created.avatarGroup().looksCount()).isEqualTo(1);
        JsonNode body = onlyBody("POST", "/v3/avatars");
        assertThat(body.toString()).isEqualTo("{\"type\":\"photo\",\"name\":\"CEO\",\"file\":{\"type\":\"asset_id\","
                + "\"asset_id\":\"asset_ceo\"},\"avatar_group_id\":\"grp_1\"}");
        assertThat(wire.requests(postRequestedFor(urlEqualTo("/v3/avatars"))).get(0).getHeader("Idempotency-Key")).isNotBlank();
    }

    @Test
    void create_sends_the_caller_key_and_prompt_fields() {
        wire.server().stubFor(post("/v3/avatars").willReturn(okJson(response("avatars-create.json"))));
        client.avatars().create(CreateAvatarRequest.prompt("Host", "a presenter").references(List.of(AssetInput.url("https://x/r.jpg"))),
                "key-123");
        var r = wire.requests(postRequestedFor(urlEqualTo("/v3/avatars"))).get(0);
        assertThat(r.getHeader("Idempotency-Key")).isEqualTo("key-123");
        assertThat(WireFixture.body(r).toString()).isEqualTo("{\"type\":\"prompt\",\"name\":\"Host\",\"prompt\":\"a presenter\","
                + "\"reference_images\":[{\"type\":\"url\",\"url\":\"https://x/r.jpg\"}]}");
    }

    @Test
    void local_files_and_blank_names_are_refused_before_any_request() {
        assertThatThrownBy(() -> client.avatars().create(CreateAvatarRequest.photo("CEO", AssetInput.file(Path.of("ceo.jpg")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ceo.jpg").hasMessageContaining("CustomAvatar");
        assertThatThrownBy(() -> client.avatars().create(CreateAvatarRequest.prompt(" ", "x")))
                .hasMessageContaining("needs a name");
        assertThatThrownBy(() -> client.voices().clone(VoiceCloneRequest.of(AssetInput.file(Path.of("me.wav")), "Me")))
                .hasMessageContaining("CustomVoice");
        assertThatThrownBy(() -> client.voices().design(" ")).hasMessageContaining("prompt");
        assertThatThrownBy(() -> client.looks().rename("look_1", "")).hasMessageContaining("blank");
        assertThatThrownBy(() -> client.assets().list(null, null)).hasMessageContaining("username");
        assertThat(wire.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void api_refusals_map_to_typed_errors() {
        wire.server().stubFor(post("/v3/avatars").willReturn(aResponse().withStatus(402).withHeader("Content-Type", "application/json")
                .withBody(error("insufficient_credit", "Not enough credit", null))));
        wire.server().stubFor(post("/v3/avatars/grp_photo/consent").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(error("invalid_parameter", "needs no consent", null))));
        wire.server().stubFor(delete("/v3/voices/gone").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(error("voice_not_found", "voice gone not found", null))));
        wire.server().stubFor(delete("/v3/avatars/looks/ghost").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody(error("avatar_not_found", "look ghost not found", null))));
        assertThatThrownBy(() -> client.avatars().create(CreateAvatarRequest.prompt("x", "y")))
                .isInstanceOf(InsufficientCreditException.class);
        assertThatThrownBy(() -> client.avatars().consent("grp_photo", AvatarConsentRequest.text("yes")))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("needs no consent");
        assertThatThrownBy(() -> client.voices().delete("gone")).isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((NotFoundException) e).code()).isEqualTo("voice_not_found"));
        assertThatThrownBy(() -> client.looks().delete("ghost")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void consent_rename_and_deletes_hit_their_paths() {
        wire.server().stubFor(post("/v3/avatars/grp_twin/consent").willReturn(okJson(response("avatars-consent.json"))));
        wire.server().stubFor(patch(urlEqualTo("/v3/avatars/looks/me_photo")).willReturn(okJson(response("looks-update.json"))));
        wire.server().stubFor(delete("/v3/avatars/looks/me_photo").willReturn(okJson(response("looks-delete.json"))));
        wire.server().stubFor(delete("/v3/avatars/grp_me").willReturn(okJson(response("avatars-delete.json"))));
        AvatarConsent consent = client.avatars().consent("grp_twin", AvatarConsentRequest.video(AssetInput.asset("clip")));
        assertThat(consent.url()).contains("consent");
        assertThat(onlyBody("POST", "/v3/avatars/grp_twin/consent").toString())
                .isEqualTo("{\"consent_video\":{\"type\":\"asset_id\",\"asset_id\":\"clip\"}}");
        assertThat(client.looks().rename("me_photo", "Me, renamed").name()).isEqualTo("Me, renamed");
        assertThat(onlyBody("PATCH", "/v3/avatars/looks/me_photo").toString()).isEqualTo("{\"name\":\"Me, renamed\"}");
        assertThat(client.looks().delete("me_photo").id()).isEqualTo("me_photo");
        assertThat(client.avatars().delete("grp_me").id()).isEqualTo("grp_me");
    }

    @Test
    void voices_design_clone_delete_and_assets_list() {
        wire.server().stubFor(post("/v3/voices").willReturn(okJson(response("voices-design.json"))));
        wire.server().stubFor(post("/v3/voices/clone").willReturn(okJson(response("voices-clone.json"))));
        wire.server().stubFor(delete("/v3/voices/voice_clone_1").willReturn(okJson(response("voices-delete.json"))));
        wire.server().stubFor(get(urlPathEqualTo("/v3/assets")).willReturn(okJson(response("assets-list.json"))));
        assertThat(client.voices().design(VoiceDesignRequest.of("warm").gender("female").seed(1)).voices()).hasSize(2);
        assertThat(onlyBody("POST", "/v3/voices").toString()).isEqualTo("{\"prompt\":\"warm\",\"gender\":\"female\",\"seed\":1}");
        assertThat(client.voices().clone(VoiceCloneRequest.of(AssetInput.asset("aud"), "Brand").removeBackgroundNoise(false))
                .voiceCloneId()).isEqualTo("voice_clone_2");
        assertThat(onlyBody("POST", "/v3/voices/clone").toString()).isEqualTo(
                "{\"audio\":{\"type\":\"asset_id\",\"asset_id\":\"aud\"},\"voice_name\":\"Brand\",\"remove_background_noise\":false}");
        assertThat(client.voices().delete("voice_clone_1").id()).isEqualTo("voice_clone_1");
        assertThat(client.assets().list("ana", 5).items()).hasSize(1);
        wire.server().verify(getRequestedFor(urlEqualTo("/v3/assets?username=ana&limit=5")));
    }
}
