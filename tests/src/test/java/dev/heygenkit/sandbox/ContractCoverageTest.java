package dev.heygenkit.sandbox;

import dev.heygenkit.testing.V3Schemas;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** One pass over every endpoint the sandbox serves: each success answer is checked against its v3 response schema. */
class ContractCoverageTest extends SandboxTestBase {

    static final Set<String> SERVED = Set.of(
            "GET /v3/avatars", "GET /v3/avatars/{group_id}", "GET /v3/avatars/looks", "GET /v3/avatars/looks/{look_id}",
            "GET /v3/voices", "GET /v3/voices/{voice_id}", "POST /v3/voices/speech", "GET /v3/users/me",
            "POST /v3/videos", "GET /v3/videos", "GET /v3/videos/{video_id}", "DELETE /v3/videos/{video_id}", "GET /v3/videos/statuses",
            "POST /v3/videos/batches", "GET /v3/videos/batches/{batch_id}",
            "POST /v3/assets", "POST /v3/assets/direct-uploads", "POST /v3/assets/{asset_id}/complete", "GET /v3/assets/{asset_id}",
            "DELETE /v3/assets/{asset_id}",
            "POST /v3/webhooks/endpoints", "GET /v3/webhooks/endpoints", "PATCH /v3/webhooks/endpoints/{endpoint_id}",
            "DELETE /v3/webhooks/endpoints/{endpoint_id}", "POST /v3/webhooks/endpoints/{endpoint_id}/rotate-secret",
            "GET /v3/webhooks/event-types", "GET /v3/webhooks/events",
            "GET /v3/templates", "GET /v3/templates/{template_id}", "POST /v3/templates/{template_id}",
            "GET /v3/assets", "POST /v3/avatars", "POST /v3/avatars/{group_id}/consent", "DELETE /v3/avatars/{group_id}",
            "PATCH /v3/avatars/looks/{look_id}", "DELETE /v3/avatars/looks/{look_id}",
            "POST /v3/voices", "POST /v3/voices/clone", "DELETE /v3/voices/{voice_id}");

    @Test
    void every_served_endpoint_answers_within_its_v3_response_schema() {
        raw.get("/v3/avatars");
        raw.get("/v3/avatars/group_anna");
        raw.get("/v3/avatars/looks?group_id=group_my_twin");
        raw.get("/v3/avatars/looks/my_twin_new");
        raw.get("/v3/voices?engine=starfish");
        raw.get("/v3/voices/my_voice_clone");
        raw.post("/v3/voices/speech", "{\"text\":\"Hi there\",\"voice_id\":\"en_ava\",\"input_type\":\"ssml\"}");
        raw.get("/v3/users/me");
        String ok = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hi\",\"caption\":{\"style\":\"default\"}}");
        String failing = createVideo(say("anna", "word ".repeat(1001)));
        String batch = raw.post("/v3/videos/batches", "{\"videos\":[" + say("anna", "Hi") + "," + say("ghost", "Hi") + "]}").data().get("batch_id").asText();
        raw.get("/v3/videos/" + ok);
        raw.get("/v3/videos/statuses?video_ids=" + ok + ",nope&batch_ids=" + batch);
        raw.get("/v3/videos/batches/" + batch);
        raw.get("/v3/templates?limit=2");
        raw.get("/v3/templates/tpl_event");
        String templated = raw.post("/v3/templates/tpl_welcome", TemplateApiTest.WELCOME).data().get("id").asText();
        String endpoint = raw.post("/v3/webhooks/endpoints", "{\"url\":\"https://example.com/h\",\"events\":[\"avatar_video.success\"],\"entity_id\":\"x\"}")
                .data().get("endpoint_id").asText();
        sb.advance(Duration.ofHours(1));
        raw.get("/v3/videos");
        raw.get("/v3/videos/" + ok);
        raw.get("/v3/videos/" + failing);
        raw.get("/v3/videos/" + templated);
        raw.get("/v3/videos/statuses?video_ids=" + ok + "," + failing + "&batch_ids=" + batch);
        raw.get("/v3/videos/batches/" + batch);
        raw.delete("/v3/videos/" + failing);
        String asset = raw.multipart("p.png", AssetAndUrlTest.PNG, "file").data().get("asset_id").asText();
        raw.get("/v3/assets/" + asset);
        String slot = raw.post("/v3/assets/direct-uploads", "{\"filename\":\"p.png\",\"content_type\":\"image/png\",\"size_bytes\":"
                + AssetAndUrlTest.PNG.length + "}").data().get("upload_url").asText();
        String slotId = slot.replaceAll(".*/_upload/([^?]+).*", "$1");
        raw.sendBytes("PUT", slot.substring(sb.baseUri().toString().length()), AssetAndUrlTest.PNG, Map.of("Content-Type", "image/png"));
        raw.post("/v3/assets/" + slotId + "/complete", "{}");
        raw.delete("/v3/assets/" + asset);
        raw.get("/v3/webhooks/endpoints");
        raw.patch("/v3/webhooks/endpoints/" + endpoint, "{\"url\":\"https://example.com/h2\",\"events\":null}");
        raw.post("/v3/webhooks/endpoints/" + endpoint + "/rotate-secret", null);
        raw.get("/v3/webhooks/event-types");
        raw.get("/v3/webhooks/events");
        raw.delete("/v3/webhooks/endpoints/" + endpoint);
        ownAvatarsAndVoices();

        Set<String> validated = new TreeSet<>();
        for (String call : raw.validated) {
            String[] parts = call.split(" ", 2);
            validated.add(parts[0] + " " + V3Schemas.endpoint(parts[0], parts[1]).path("path").asText());
        }
        Set<String> expected = new TreeSet<>(SERVED);
        expected.remove("POST /v3/videos/batches");
        assertThat(V3Schemas.hasSchema("POST", "/v3/videos/batches", "response_schema")).as("batch create has no published body").isFalse();
        assertThat(validated).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Creates, consents, trains, renames and deletes own avatars and voices; lists assets. */
    private void ownAvatarsAndVoices() {
        String photo = raw.multipart("me.jpg", OwnAvatarsTest.photo(600, 800), "file").data().get("asset_id").asText();
        raw.get("/v3/assets?username=sandbox&limit=2");
        String look = raw.post("/v3/avatars", "{\"type\":\"photo\",\"name\":\"CEO\",\"file\":{\"type\":\"asset_id\",\"asset_id\":\""
                + photo + "\"}}").data().get("avatar_item").get("id").asText();
        raw.post("/v3/avatars", "{\"type\":\"prompt\",\"name\":\"Host\",\"prompt\":\"a man in a suit\",\"reference_images\":"
                + "[{\"type\":\"url\",\"url\":\"https://example.com/r.jpg\"}]}");
        String clip = raw.multipart("t.mp4", OwnAvatarsTest.mp4(), "file").data().get("asset_id").asText();
        String twin = raw.post("/v3/avatars", "{\"type\":\"digital_twin\",\"name\":\"Twin\",\"file\":{\"type\":\"asset_id\",\"asset_id\":\""
                + clip + "\"}}").data().get("avatar_group").get("id").asText();
        raw.post("/v3/avatars/" + twin + "/consent", "{\"consent_text\":\"I agree\"}");
        raw.post("/v3/voices", "{\"prompt\":\"warm, British\",\"gender\":\"female\",\"locale\":\"en-GB\",\"seed\":2}");
        String audio = raw.multipart("a.wav", AssetAndUrlTest.wav(1), "file").data().get("asset_id").asText();
        String voice = raw.post("/v3/voices/clone", "{\"voice_name\":\"Brand\",\"audio\":{\"type\":\"asset_id\",\"asset_id\":\""
                + audio + "\"},\"language\":\"English\",\"remove_background_noise\":false}").data().get("voice_clone_id").asText();
        sb.advance(Duration.ofHours(1));
        raw.get("/v3/avatars/looks/" + look);
        raw.get("/v3/voices/" + voice);
        raw.patch("/v3/avatars/looks/" + look, "{\"name\":\"Chief\"}");
        raw.delete("/v3/avatars/looks/" + look);
        raw.delete("/v3/avatars/" + twin);
        raw.delete("/v3/voices/" + voice);
    }
}
