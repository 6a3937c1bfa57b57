package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue the sandbox ships, as seen through the API. */
class FixturesTest extends SandboxTestBase {

    private static Set<String> values(List<JsonNode> items, String field) {
        return items.stream().map(i -> i.path(field).asText(null)).filter(v -> v != null).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void looks_cover_types_genders_orientations_and_engines_across_enough_groups() {
        List<JsonNode> looks = all("/v3/avatars/looks", 50);
        List<JsonNode> groups = all("/v3/avatars", 50);
        assertThat(looks).hasSizeGreaterThanOrEqualTo(20);
        assertThat(groups).hasSizeGreaterThanOrEqualTo(8);
        assertThat(values(looks, "avatar_type")).containsExactlyInAnyOrder("studio_avatar", "digital_twin", "photo_avatar");
        assertThat(values(looks, "gender")).contains("female", "male");
        assertThat(values(looks, "preferred_orientation")).containsExactlyInAnyOrder("portrait", "landscape", "square");
        assertThat(looks.stream().map(l -> l.get("supported_api_engines").toString()).distinct().count()).isGreaterThanOrEqualTo(4);
        assertThat(looks).anyMatch(l -> l.get("default_voice_id").isNull());
        assertThat(looks).anyMatch(l -> "processing".equals(l.path("status").asText()) && l.get("preview_image_url").isNull());
        assertThat(looks).anyMatch(l -> l.get("avatar_type").asText().equals("photo_avatar") && "completed".equals(l.path("status").asText()));
        assertThat(looks.stream().map(l -> l.get("image_width").asText() + "x" + l.get("image_height").asText()).distinct().count())
                .isGreaterThanOrEqualTo(5);
        assertThat(looks).allMatch(l -> l.get("tags").isArray());
        for (JsonNode l : looks) {
            if (!l.get("preview_image_url").isNull()) {
                assertThat(l.get("preview_image_url").asText()).startsWith(sb.baseUri().toString() + "/_media/looks/");
            }
        }
        int sumOfCounts = groups.stream().mapToInt(g -> g.get("looks_count").asInt()).sum();
        assertThat(sumOfCounts).isEqualTo(looks.size());
    }

    @Test
    void anna_is_a_public_female_studio_avatar_with_a_default_voice_and_avatar_iv_and_v() {
        JsonNode anna = raw.get("/v3/avatars/looks/anna").data();
        assertThat(anna.get("gender").asText()).isEqualTo("female");
        assertThat(anna.get("avatar_type").asText()).isEqualTo("studio_avatar");
        assertThat(anna.get("status").isNull()).as("public looks carry no status").isTrue();
        assertThat(anna.get("supported_api_engines")).extracting(JsonNode::asText).contains("avatar_iv", "avatar_v");
        String voice = anna.get("default_voice_id").asText();
        assertThat(raw.get("/v3/voices/" + voice).status()).isEqualTo(200);
        assertThat(raw.get("/v3/avatars/looks/anna_casual").status()).isEqualTo(200);
        assertThat(raw.get("/v3/avatars/looks/marcus").status()).isEqualTo(200);
        assertThat(raw.get("/v3/avatars/looks/josh_lite").status()).isEqualTo(200);
    }

    @Test
    void voices_span_six_languages_both_genders_pauses_starfish_and_private_clones() {
        List<JsonNode> publicVoices = all("/v3/voices", 100);
        List<JsonNode> privateVoices = all("/v3/voices?type=private", 100);
        assertThat(publicVoices.size() + privateVoices.size()).isGreaterThanOrEqualTo(30);
        assertThat(privateVoices).isNotEmpty().allMatch(v -> v.get("type").asText().equals("private"));
        assertThat(publicVoices).allMatch(v -> v.get("type").asText().equals("public"));
        Set<String> languages = values(publicVoices, "language");
        assertThat(languages).hasSizeGreaterThanOrEqualTo(6).contains("English", "Spanish").allMatch(l -> l.matches("[A-Z][a-z]+"));
        assertThat(values(publicVoices, "gender")).contains("female", "male");
        assertThat(publicVoices).anyMatch(v -> v.get("support_pause").asBoolean()).anyMatch(v -> !v.get("support_pause").asBoolean());
        List<JsonNode> starfish = all("/v3/voices?engine=starfish", 100);
        assertThat(starfish).isNotEmpty().hasSizeLessThan(publicVoices.size());
        assertThat(publicVoices).allMatch(v -> v.get("preview_audio_url").asText().startsWith(sb.baseUri() + "/_media/voices/"));
    }
}
