package dev.heygenkit.api;



import dev.heygenkit.internal.http.WireTest;



import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static dev.heygenkit.internal.http.WireFixture.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Looks, avatar groups and voices on the wire: filters, paging, detail reads and speech. */
class CatalogWireTest extends WireTest {
    @Test
    void looks_list_sends_filters_and_follows_next_token() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/avatars/looks")).withQueryParam("token", absent())
                .willReturn(okJson(response("looks-list.json"))));
        wire.server().stubFor(get(urlPathEqualTo("/v3/avatars/looks")).withQueryParam("token", equalTo("tok_looks2"))
                .willReturn(okJson("{\"data\":[{\"id\":\"last\",\"name\":\"Last\",\"avatar_type\":\"digital_twin\"}],\"has_more\":false}")));
        List<Look> looks = client.looks().list(Looks.LookQuery.of().groupId("grp_anna").avatarType("studio_avatar")
                .ownership("public").limit(2)).all();
        assertThat(looks).extracting(Look::id).containsExactly("anna_office", "me_photo", "last");
        Look anna = looks.get(0);
        assertThat(anna.avatarType()).isEqualTo(AvatarType.STUDIO_AVATAR);
        assertThat(anna.supportedApiEngines()).containsExactly("avatar_iv", "avatar_iii");
        assertThat(anna.defaultVoiceId()).isEqualTo("voice_anna");
        assertThat(anna.gender()).isEqualTo("female");
        assertThat(anna.previewImageUrl()).endsWith("anna_office.jpg");
        assertThat(anna.isReady()).isTrue();
        assertThat(looks.get(1).avatarType().isPhoto()).isTrue();
        var requests = wire.requests(getRequestedFor(urlPathEqualTo("/v3/avatars/looks")));
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).getUrl()).isEqualTo(
                "/v3/avatars/looks?group_id=grp_anna&avatar_type=studio_avatar&ownership=public&limit=2&token=tok_looks2");
    }

    @Test
    void looks_limit_is_one_to_fifty() {
        assertThatThrownBy(() -> client.looks().list(Looks.LookQuery.of().limit(51))).hasMessageContaining("1 to 50");
        assertThatThrownBy(() -> client.looks().list(Looks.LookQuery.of().limit(0))).hasMessageContaining("1 to 50");
        assertThat(wire.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void look_get_reads_the_detail() {
        wire.server().stubFor(get("/v3/avatars/looks/anna_office").willReturn(okJson(response("looks-get.json"))));
        Look look = client.looks().get("anna_office");
        assertThat(look.name()).isEqualTo("Anna in the office");
        assertThat(look.imageWidth()).isEqualTo(1920);
        assertThat(look.preferredOrientation()).isEqualTo("landscape");
        assertThat(look.supports("avatar_v")).isFalse();
    }

    @Test
    void avatar_groups_list_and_get() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/avatars")).willReturn(okJson(response("avatars-list.json"))));
        wire.server().stubFor(get("/v3/avatars/grp_me").willReturn(okJson(response("avatars-get.json"))));
        List<AvatarGroup> groups = client.avatars().list("public", 10).all();
        assertThat(groups).extracting(AvatarGroup::name).containsExactly("Anna");
        assertThat(groups.get(0).looksCount()).isEqualTo(3);
        wire.server().verify(getRequestedFor(urlEqualTo("/v3/avatars?ownership=public&limit=10")));
        AvatarGroup me = client.avatars().get("grp_me");
        assertThat(me.status()).isEqualTo("failed");
        assertThat(me.error()).isEqualTo(new ApiError("training_failed", "Face not detected"));
    }

    @Test
    void voices_list_sends_filters_and_reads_items() {
        wire.server().stubFor(get(urlPathEqualTo("/v3/voices")).willReturn(okJson(response("voices-list.json"))));
        List<VoiceInfo> voices = client.voices().list(Voices.VoiceQuery.of().type("public").engine("starfish")
                .language("English").gender("female").limit(100)).all();
        wire.server().verify(getRequestedFor(urlEqualTo(
                "/v3/voices?type=public&engine=starfish&language=English&gender=female&limit=100")));
        assertThat(voices).extracting(VoiceInfo::id).containsExactly("voice_anna", "voice_paul");
        assertThat(voices.get(0).pauses()).isTrue();
        assertThat(voices.get(1).previewAudioUrl()).isNull();
        assertThat(voices.get(0).language()).isEqualTo("English");
    }

    @Test
    void voice_get_reads_clone_fields() {
        wire.server().stubFor(get("/v3/voices/voice_clone_1").willReturn(okJson(response("voices-get.json"))));
        VoiceInfo v = client.voices().get("voice_clone_1");
        assertThat(v.status()).isEqualTo("complete");
        assertThat(v.createdAt()).isEqualTo(1766000000L);
        assertThat(v.supportInteractiveAvatar()).isFalse();
    }

    @Test
    void speech_posts_only_what_is_set_and_reads_the_audio() {
        wire.server().stubFor(post("/v3/voices/speech").willReturn(okJson(response("voices-speech.json"))));
        SpeechAudio audio = client.voices().speech(SpeechRequest.of("voice_anna", "Hello there").speed(1.5).locale("en-GB"));
        wire.server().verify(postRequestedFor(urlEqualTo("/v3/voices/speech")).withHeader("Idempotency-Key", matching("hk-.*"))
                .withRequestBody(equalToJson("{\"text\":\"Hello there\",\"voice_id\":\"voice_anna\",\"speed\":1.5,\"locale\":\"en-GB\"}")));
        assertThat(audio.audioUrl()).endsWith("req_1.mp3");
        assertThat(audio.duration()).isEqualTo(1.42);
        assertThat(audio.wordTimestamps()).containsExactly(new SpeechAudio.WordTimestamp("Hello", 0.0, 0.52),
                new SpeechAudio.WordTimestamp("there", 0.6, 1.1));
        client.voices().speech(SpeechRequest.of("voice_anna", "<speak>Hi</speak>").ssml().language("en"));
        wire.server().verify(postRequestedFor(urlEqualTo("/v3/voices/speech")).withRequestBody(equalToJson(
                "{\"text\":\"<speak>Hi</speak>\",\"voice_id\":\"voice_anna\",\"input_type\":\"ssml\",\"language\":\"en\"}")));
    }

    @Test
    void speech_without_word_timestamps_reads_an_empty_list() {
        wire.server().stubFor(post("/v3/voices/speech").willReturn(okJson("{\"data\":{\"audio_url\":\"u\",\"duration\":1}}")));
        assertThat(client.voices().speech("voice_anna", "Hi").wordTimestamps()).isEmpty();
    }

    @Test
    void speech_limits_are_checked_before_any_request() {
        assertThatThrownBy(() -> client.voices().speech("v", "")).hasMessageContaining("0 characters");
        assertThatThrownBy(() -> client.voices().speech("v", "x".repeat(5001))).hasMessageContaining("5001");
        assertThatThrownBy(() -> client.voices().speech(SpeechRequest.of("v", "Hi").speed(2.5))).hasMessageContaining("2.5");
        assertThatThrownBy(() -> client.voices().speech(SpeechRequest.of("v", "Hi").speed(0.4))).hasMessageContaining("0.5 to 2.0");
        assertThatThrownBy(() -> client.voices().speech(SpeechRequest.of("v", "Hi").inputType("plain_text")))
                .hasMessageContaining("plain_text");
        assertThatThrownBy(() -> client.voices().speech(" ", "Hi")).hasMessageContaining("voice id");
        assertThat(wire.server().getAllServeEvents()).isEmpty();
        wire.server().stubFor(post("/v3/voices/speech").willReturn(okJson(response("voices-speech.json"))));
        client.voices().speech(SpeechRequest.of("v", "x".repeat(5000)).speed(2.0));
        client.voices().speech(SpeechRequest.of("v", "x").speed(0.5));
    }
}
