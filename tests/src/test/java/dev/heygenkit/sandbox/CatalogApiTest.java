package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Avatars, looks, voices and speech over raw HTTP. */
class CatalogApiTest extends SandboxTestBase {

    @Test
    void pagination_walks_every_look_exactly_once_with_opaque_tokens() {
        List<JsonNode> all = all("/v3/avatars/looks", 50);
        List<JsonNode> paged = all("/v3/avatars/looks", 7);
        assertThat(paged).extracting(l -> l.get("id").asText()).containsExactlyElementsOf(all.stream().map(l -> l.get("id").asText()).toList());
        Set<String> unique = new HashSet<>();
        paged.forEach(l -> assertThat(unique.add(l.get("id").asText())).isTrue());
        String token = raw.get("/v3/avatars/looks?limit=3").json().get("next_token").asText();
        assertThat(token).doesNotMatch("\\d+").doesNotContain("anna");
    }

    @Test
    void a_token_from_another_list_or_other_filters_or_made_up_is_a_400_on_token() {
        String lookToken = raw.get("/v3/avatars/looks?limit=2").json().get("next_token").asText();
        Raw.Reply crossList = raw.get("/v3/voices?limit=2&token=" + lookToken);
        assertThat(crossList.status()).isEqualTo(400);
        assertThat(crossList.errorParam()).isEqualTo("token");
        Raw.Reply otherFilter = raw.get("/v3/avatars/looks?limit=2&avatar_type=photo_avatar&token=" + lookToken);
        assertThat(otherFilter.status()).isEqualTo(400);
        assertThat(otherFilter.errorParam()).isEqualTo("token");
        Raw.Reply garbage = raw.get("/v3/avatars/looks?token=not-a-token");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.errorCode()).isEqualTo("invalid_parameter");
    }

    @Test
    void limits_outside_each_endpoints_range_are_rejected_with_param_limit() {
        for (String path : List.of("/v3/avatars/looks?limit=51", "/v3/avatars?limit=0", "/v3/voices?limit=101", "/v3/videos?limit=101",
                "/v3/webhooks/endpoints?limit=0", "/v3/voices?limit=abc")) {
            Raw.Reply r = raw.get(path);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.errorParam()).as(path).isEqualTo("limit");
        }
        assertThat(raw.get("/v3/avatars/looks?limit=50").status()).isEqualTo(200);
        assertThat(raw.get("/v3/voices?limit=100").status()).isEqualTo(200);
        assertThat(raw.get("/v3/avatars/looks").json().get("data").size()).isEqualTo(20);
    }

    @Test
    void look_filters_by_group_type_and_ownership() {
        assertThat(all("/v3/avatars/looks?group_id=group_anna", 50)).extracting(l -> l.get("id").asText())
                .containsExactly("anna", "anna_casual", "anna_square");
        assertThat(all("/v3/avatars/looks?avatar_type=photo_avatar", 50)).isNotEmpty()
                .allMatch(l -> l.get("avatar_type").asText().equals("photo_avatar"));
        assertThat(all("/v3/avatars/looks?ownership=private", 50)).isNotEmpty().allMatch(l -> !l.get("status").isNull());
        assertThat(all("/v3/avatars?ownership=private", 50)).extracting(g -> g.get("id").asText()).contains("group_my_twin");
        Raw.Reply bad = raw.get("/v3/avatars/looks?avatar_type=video_avatar");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorParam()).isEqualTo("avatar_type");
    }

    @Test
    void voice_filters_default_to_public_and_match_language_gender_and_engine() {
        List<JsonNode> spanishWomen = all("/v3/voices?language=Spanish&gender=female", 100);
        assertThat(spanishWomen).isNotEmpty().allMatch(v -> v.get("language").asText().equals("Spanish") && v.get("gender").asText().equals("female"));
        assertThat(all("/v3/voices?type=private", 100)).extracting(v -> v.get("voice_id").asText()).contains("my_voice_clone");
        assertThat(all("/v3/voices", 100)).extracting(v -> v.get("voice_id").asText()).doesNotContain("my_voice_clone");
        assertThat(raw.get("/v3/voices?type=shared").errorParam()).isEqualTo("type");
    }

    @Test
    void unknown_ids_are_404_with_specific_codes_and_group_look_mixups_are_explained() {
        Raw.Reply look = raw.get("/v3/avatars/looks/group_anna");
        assertThat(look.status()).isEqualTo(404);
        assertThat(look.errorCode()).isEqualTo("avatar_not_found");
        assertThat(look.errorMessage()).contains("group id");
        Raw.Reply group = raw.get("/v3/avatars/anna");
        assertThat(group.status()).isEqualTo(404);
        assertThat(group.errorMessage()).contains("look id");
        assertThat(raw.get("/v3/avatars/group_anna").data().get("looks_count").asInt()).isEqualTo(3);
        Raw.Reply voice = raw.get("/v3/voices/nobody");
        assertThat(voice.status()).isEqualTo(404);
        assertThat(voice.errorCode()).isEqualTo("voice_not_found");
        Raw.Reply video = raw.get("/v3/videos/0123456789abcdef");
        assertThat(video.errorCode()).isEqualTo("video_not_found");
        Raw.Reply unknownPath = raw.get("/v3/nothing-here");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.errorCode()).isEqualTo("not_found");
        Raw.Reply notEmulated = raw.get("/v3/lipsyncs");
        assertThat(notEmulated.status()).isEqualTo(404);
        assertThat(notEmulated.errorMessage()).contains("does not emulate");
    }

    @Test
    void private_clone_voice_reports_complete_status_and_public_voices_none() {
        assertThat(raw.get("/v3/voices/my_voice_clone").data().get("status").asText()).isEqualTo("complete");
        assertThat(raw.get("/v3/voices/my_voice_training").data().get("preview_audio_url").isNull()).isTrue();
        assertThat(raw.get("/v3/voices/en_ava").data().get("status").isNull()).isTrue();
    }

    @Test
    void speech_times_words_at_150_per_minute_and_needs_a_starfish_voice() {
        Raw.Reply r = raw.post("/v3/voices/speech", "{\"text\":\"one two three four five <break time=\\\"1s\\\"/> six\",\"voice_id\":\"en_ava\"}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode d = r.data();
        assertThat(d.get("duration").asDouble()).isEqualTo(6 * 0.4 + 1.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(d.get("word_timestamps")).hasSize(6);
        assertThat(d.get("word_timestamps").get(5).get("start").asDouble()).isEqualTo(3.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(d.get("audio_url").asText()).startsWith(sb.baseUri() + "/_media/speech/").contains("signature=");
        Raw.Reply notStarfish = raw.post("/v3/voices/speech", "{\"text\":\"Hi\",\"voice_id\":\"en_chloe\"}");
        assertThat(notStarfish.status()).isEqualTo(400);
        assertThat(notStarfish.errorParam()).isEqualTo("voice_id");
        assertThat(notStarfish.errorMessage()).contains("starfish");
        Raw.Reply tooFast = raw.post("/v3/voices/speech", "{\"text\":\"Hi\",\"voice_id\":\"en_ava\",\"speed\":2.5}");
        assertThat(tooFast.errorParam()).isEqualTo("speed");
        Raw.Reply empty = raw.post("/v3/voices/speech", "{\"text\":\"\",\"voice_id\":\"en_ava\"}");
        assertThat(empty.errorParam()).isEqualTo("text");
        Raw.Reply doubled = raw.post("/v3/voices/speech", "{\"text\":\"one two three four\",\"voice_id\":\"en_ava\",\"speed\":2}");
        assertThat(doubled.data().get("duration").asDouble()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(0.001));
    }
}
