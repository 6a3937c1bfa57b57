package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Voices made through the API: designed at once, cloned on the clock, listed as private, spoken with, deleted. */
class OwnVoicesTest extends SandboxTestBase {

    private JsonNode design(String body) {
        Raw.Reply r = raw.post("/v3/voices", body);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.data();
    }

    @Test
    void a_designed_voice_is_private_complete_and_speaks_in_a_render_at_once() {
        JsonNode d = design("{\"prompt\":\"warm, mid-30s, British\",\"gender\":\"female\",\"locale\":\"en-GB\"}");
        assertThat(d.get("seed").asInt()).isZero();
        assertThat(d.get("voices")).hasSize(VoiceApi.DESIGNED);
        JsonNode v = d.get("voices").get(0);
        assertThat(v.get("type").asText()).isEqualTo("private");
        assertThat(v.get("gender").asText()).isEqualTo("female");
        assertThat(v.get("language").asText()).isEqualTo("English");
        String id = v.get("voice_id").asText();
        assertThat(raw.get("/v3/voices/" + id).data().get("status").asText()).isEqualTo("complete");
        assertThat(all("/v3/voices?type=private", 100)).extracting(x -> x.get("voice_id").asText()).contains(id);
        assertThat(all("/v3/voices", 100)).extracting(x -> x.get("voice_id").asText()).doesNotContain(id);

        String video = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hello there\",\"voice_id\":\"" + id + "\"}");
        sb.advance(Duration.ofMinutes(5));
        assertThat(video(video).get("status").asText()).isEqualTo("completed");
    }

    @Test
    void the_same_prompt_and_seed_give_the_same_voices_and_another_seed_others() {
        String[] first = ids(design("{\"prompt\":\"calm narrator\"}"));
        String[] again = ids(design("{\"prompt\":\"calm narrator\"}"));
        String[] next = ids(design("{\"prompt\":\"calm narrator\",\"seed\":1}"));
        assertThat(again).containsExactly(first);
        assertThat(next).doesNotContainAnyElementsOf(java.util.List.of(first));
        assertThat(all("/v3/voices?type=private", 100)).hasSize(2 + 2 * VoiceApi.DESIGNED);
    }

    private static String[] ids(JsonNode design) {
        String[] out = new String[design.get("voices").size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = design.get("voices").get(i).get("voice_id").asText();
        }
        return out;
    }

    @Test
    void a_clone_is_processing_until_the_clock_finishes_it() {
        String audio = raw.multipart("me.wav", AssetAndUrlTest.wav(3), "file").data().get("asset_id").asText();
        Raw.Reply r = raw.post("/v3/voices/clone", "{\"voice_name\":\"Brand\",\"audio\":{\"type\":\"asset_id\",\"asset_id\":\"" + audio + "\"}}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        String id = r.data().get("voice_clone_id").asText();
        JsonNode v = raw.get("/v3/voices/" + id).data();
        assertThat(v.get("status").asText()).isEqualTo("processing");
        assertThat(v.get("preview_audio_url").isNull()).isTrue();
        assertThat(raw.post("/v3/videos", "{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hi\",\"voice_id\":\"" + id + "\"}")
                .errorMessage()).contains("still processing");
        sb.advance(Duration.ofSeconds(Trainings.CLONE_SECONDS));
        JsonNode done = raw.get("/v3/voices/" + id).data();
        assertThat(done.get("status").asText()).isEqualTo("complete");
        assertThat(done.get("name").asText()).isEqualTo("Brand");
        assertThat(raw.fetch(done.get("preview_audio_url").asText()).status()).isEqualTo(200);
        assertThat(raw.post("/v3/voices/speech", "{\"text\":\"Hi\",\"voice_id\":\"" + id + "\"}").status()).isEqualTo(200);
    }

    @Test
    void a_clone_needs_audio_and_a_name() {
        Raw.Reply image = raw.post("/v3/voices/clone", "{\"voice_name\":\"x\",\"audio\":{\"type\":\"url\",\"url\":\"https://x/p.png\"}}");
        assertThat(image.status()).isEqualTo(400);
        assertThat(image.errorParam()).isEqualTo("audio.url");
        assertThat(raw.post("/v3/voices/clone", "{\"voice_name\":\"\",\"audio\":{\"type\":\"url\",\"url\":\"https://x/a.mp3\"}}")
                .errorParam()).isEqualTo("voice_name");
        assertThat(raw.post("/v3/voices", "{\"prompt\":\" \"}").errorParam()).isEqualTo("prompt");
        assertThat(raw.post("/v3/voices", "{}").status()).isEqualTo(400);
    }

    @Test
    void own_voices_are_deleted_public_ones_refused_unknown_ones_404() {
        String id = design("{\"prompt\":\"deep and slow\"}").get("voices").get(0).get("voice_id").asText();
        Raw.Reply r = raw.delete("/v3/voices/" + id);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("voice_id").asText()).isEqualTo(id);
        assertThat(raw.get("/v3/voices/" + id).status()).isEqualTo(404);
        assertThat(raw.delete("/v3/voices/" + id).errorCode()).isEqualTo("voice_not_found");
        assertThat(raw.delete("/v3/voices/en_ava").status()).isEqualTo(400);
        assertThat(raw.delete("/v3/voices/my_voice_training").status()).isEqualTo(200);
        assertThat(raw.get("/v3/voices/my_voice_training").status()).isEqualTo(404);
    }
}
