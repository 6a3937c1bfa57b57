package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.testing.TestMedia;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Avatars made through the API: created, trained on the clock, listed, previewed, rendered, renamed, consented, deleted. */
class OwnAvatarsTest extends SandboxTestBase {

    static byte[] photo(int w, int h) {
        return TestMedia.picture(w, h, "jpg");
    }

    private String upload(String name, byte[] bytes) {
        Raw.Reply r = raw.multipart(name, bytes, "file");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.data().get("asset_id").asText();
    }

    private JsonNode createPhoto(String name) {
        String asset = upload("me.jpg", photo(600, 800));
        Raw.Reply r = raw.post("/v3/avatars", "{\"type\":\"photo\",\"name\":" + Raw.q(name)
                + ",\"file\":{\"type\":\"asset_id\",\"asset_id\":\"" + asset + "\"}}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.data();
    }

    private JsonNode look(String id) {
        Raw.Reply r = raw.get("/v3/avatars/looks/" + id);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.data();
    }

    @Test
    void a_photo_avatar_trains_on_the_clock_then_lists_previews_its_photo_and_renders() {
        JsonNode created = createPhoto("CEO");
        String lookId = created.get("avatar_item").get("id").asText();
        String groupId = created.get("avatar_group").get("id").asText();
        assertThat(created.get("avatar_item").get("status").asText()).isEqualTo("processing");
        assertThat(created.get("avatar_item").get("avatar_type").asText()).isEqualTo("photo_avatar");
        assertThat(created.get("avatar_item").get("preview_image_url").isNull()).isTrue();
        assertThat(created.get("avatar_group").get("status").asText()).isEqualTo("processing");
        assertThat(raw.post("/v3/videos", say(lookId, "Hi")).errorMessage()).contains("still processing");

        sb.advance(Duration.ofSeconds(Trainings.PHOTO_SECONDS));

        JsonNode ready = look(lookId);
        assertThat(ready.get("status").asText()).isEqualTo("completed");
        assertThat(ready.get("image_width").asInt()).isEqualTo(600);
        assertThat(ready.get("image_height").asInt()).isEqualTo(800);
        assertThat(ready.get("preferred_orientation").asText()).isEqualTo("portrait");
        assertThat(all("/v3/avatars/looks?ownership=private", 50)).extracting(l -> l.get("id").asText()).contains(lookId);
        assertThat(all("/v3/avatars?ownership=private", 50)).extracting(g -> g.get("id").asText()).contains(groupId);
        assertThat(raw.get("/v3/avatars/" + groupId).data().get("status").asText()).isEqualTo("completed");

        Raw.Reply preview = raw.fetch(ready.get("preview_image_url").asText());
        assertThat(preview.status()).isEqualTo(200);
        BufferedImage img = image(preview.body());
        // the preview is the photo (red middle on blue), not a drawn portrait
        assertThat(new Color(img.getRGB(img.getWidth() / 2, img.getHeight() / 2)).getRed()).isGreaterThan(200);
        assertThat(new Color(img.getRGB(2, 2)).getBlue()).isGreaterThan(150);

        String video = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"" + lookId + "\",\"script\":\"Hello\",\"voice_id\":\"en_ava\"}");
        sb.advance(Duration.ofMinutes(5));
        assertThat(video(video).get("status").asText()).isEqualTo("completed");
    }

    private static BufferedImage image(byte[] bytes) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_finished_training_is_announced_as_a_webhook_event() {
        String lookId = createPhoto("Evented").get("avatar_item").get("id").asText();
        sb.advance(Duration.ofSeconds(Trainings.PHOTO_SECONDS));
        List<JsonNode> events = all("/v3/webhooks/events?event_type=photo_avatar_train.success", 100);
        assertThat(events).anySatisfy(e -> assertThat(e.get("event_data").get("avatar_id").asText()).isEqualTo(lookId));
    }

    @Test
    void a_prompt_avatar_takes_its_gender_from_the_prompt_and_trains_longer() {
        Raw.Reply r = raw.post("/v3/avatars", "{\"type\":\"prompt\",\"name\":\"Host\",\"prompt\":\"a friendly woman in a navy blazer\"}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        String lookId = r.data().get("avatar_item").get("id").asText();
        assertThat(r.data().get("avatar_item").get("gender").asText()).isEqualTo("female");
        sb.advance(Duration.ofSeconds(Trainings.PHOTO_SECONDS));
        assertThat(look(lookId).get("status").asText()).isEqualTo("processing");
        sb.advance(Duration.ofSeconds(Trainings.PROMPT_SECONDS - Trainings.PHOTO_SECONDS));
        assertThat(look(lookId).get("status").asText()).isEqualTo("completed");
    }

    @Test
    void bad_inputs_are_400s_naming_the_field() {
        assertThat(raw.post("/v3/avatars", "{\"type\":\"prompt\",\"name\":\"x\",\"prompt\":\"" + "a".repeat(1001) + "\"}").errorParam())
                .isEqualTo("prompt");
        assertThat(raw.post("/v3/avatars", "{\"type\":\"photo\",\"name\":\" \",\"file\":{\"type\":\"url\",\"url\":\"https://x/p.jpg\"}}")
                .errorParam()).isEqualTo("name");
        String audio = upload("a.wav", AssetAndUrlTest.wav(0.5));
        Raw.Reply wrongKind = raw.post("/v3/avatars", "{\"type\":\"photo\",\"name\":\"x\",\"file\":{\"type\":\"asset_id\",\"asset_id\":\"" + audio + "\"}}");
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.errorParam()).isEqualTo("file.asset_id");
        byte[] broken = java.util.Arrays.copyOf(photo(600, 800), 40);
        Raw.Reply undecodable = raw.post("/v3/avatars", "{\"type\":\"photo\",\"name\":\"x\",\"file\":{\"type\":\"base64\","
                + "\"media_type\":\"image/jpeg\",\"data\":\"" + Base64.getEncoder().encodeToString(broken) + "\"}}");
        assertThat(undecodable.status()).isEqualTo(400);
        assertThat(undecodable.errorMessage()).contains("decoded");
        assertThat(raw.post("/v3/avatars", "{\"type\":\"photo\",\"name\":\"x\",\"avatar_group_id\":\"group_anna\","
                + "\"file\":{\"type\":\"url\",\"url\":\"https://x/p.jpg\"}}").errorParam()).isEqualTo("avatar_group_id");
        assertThat(raw.post("/v3/avatars", "{\"type\":\"photo\",\"name\":\"x\"}").status()).isEqualTo(400);
    }

    @Test
    void a_create_repeated_with_its_idempotency_key_makes_one_avatar() {
        String body = "{\"type\":\"prompt\",\"name\":\"Once\",\"prompt\":\"a presenter\"}";
        Raw.Reply first = raw.post("/v3/avatars", body, java.util.Map.of("Idempotency-Key", "avatar-once-1"));
        Raw.Reply again = raw.post("/v3/avatars", body, java.util.Map.of("Idempotency-Key", "avatar-once-1"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.data().get("avatar_item").get("id").asText()).isEqualTo(first.data().get("avatar_item").get("id").asText());
        assertThat(all("/v3/avatars?ownership=private", 50)).filteredOn(g -> g.get("name").asText().equals("Once")).hasSize(1);
    }

    @Test
    void a_second_look_joins_an_existing_group() {
        JsonNode first = createPhoto("Me");
        String groupId = first.get("avatar_group").get("id").asText();
        Raw.Reply second = raw.post("/v3/avatars", "{\"type\":\"photo\",\"name\":\"Me, outdoors\",\"avatar_group_id\":\"" + groupId
                + "\",\"file\":{\"type\":\"url\",\"url\":\"https://example.com/me2.jpg\"}}");
        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(second.data().get("avatar_group").get("looks_count").asInt()).isEqualTo(2);
        assertThat(all("/v3/avatars/looks?group_id=" + groupId, 10)).hasSize(2);
    }

    @Test
    void a_digital_twin_waits_for_consent_given_by_video() {
        String video = upload("train.mp4", mp4());
        Raw.Reply r = raw.post("/v3/avatars", "{\"type\":\"digital_twin\",\"name\":\"Twin\",\"file\":{\"type\":\"asset_id\",\"asset_id\":\"" + video + "\"}}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        String groupId = r.data().get("avatar_group").get("id").asText();
        String lookId = r.data().get("avatar_item").get("id").asText();
        assertThat(r.data().get("avatar_group").get("status").asText()).isEqualTo("pending_consent");
        assertThat(r.data().get("avatar_group").get("consent_status").asText()).isEqualTo("pending");
        sb.advance(Duration.ofHours(1));
        assertThat(look(lookId).get("status").asText()).as("no consent, no training").isEqualTo("pending_consent");

        Raw.Reply consent = raw.post("/v3/avatars/" + groupId + "/consent", "{\"consent_video\":{\"type\":\"asset_id\",\"asset_id\":\"" + video + "\"}}");
        assertThat(consent.status()).as(consent.text()).isEqualTo(200);
        assertThat(consent.data().get("avatar_group").get("consent_status").asText()).isEqualTo("approved");
        assertThat(consent.data().get("url").isNull()).isTrue();
        assertThat(look(lookId).get("status").asText()).isEqualTo("processing");
        sb.advance(Duration.ofSeconds(Trainings.TWIN_SECONDS));
        assertThat(look(lookId).get("status").asText()).isEqualTo("completed");
        assertThat(look(lookId).get("avatar_type").asText()).isEqualTo("digital_twin");
    }

    @Test
    void a_digital_twin_consent_url_starts_training_when_the_person_opens_it() {
        String video = upload("train.mp4", mp4());
        JsonNode created = raw.post("/v3/avatars", "{\"type\":\"digital_twin\",\"name\":\"Twin\",\"file\":{\"type\":\"asset_id\",\"asset_id\":\""
                + video + "\"}}").data();
        String groupId = created.get("avatar_group").get("id").asText();
        Raw.Reply consent = raw.post("/v3/avatars/" + groupId + "/consent", "{\"consent_text\":\"I agree\",\"reroute_url\":\"https://example.com/thanks\"}");
        assertThat(consent.status()).as(consent.text()).isEqualTo(200);
        String url = consent.data().get("url").asText();
        assertThat(consent.data().get("avatar_group").get("status").asText()).isEqualTo("pending_consent");

        Raw.Reply page = raw.fetch(url);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).isEqualTo("https://example.com/thanks");
        assertThat(raw.get("/v3/avatars/" + groupId).data().get("consent_status").asText()).isEqualTo("approved");
        assertThat(raw.fetch(url.replace("signature=", "signature=0")).status()).as("a forged link does nothing").isEqualTo(403);
    }

    @Test
    void consent_is_refused_where_none_is_needed_and_for_unknown_groups() {
        String groupId = createPhoto("Photo").get("avatar_group").get("id").asText();
        Raw.Reply photo = raw.post("/v3/avatars/" + groupId + "/consent", "{\"consent_text\":\"yes\"}");
        assertThat(photo.status()).isEqualTo(400);
        assertThat(photo.errorMessage()).contains("needs no consent");
        assertThat(raw.post("/v3/avatars/nope/consent", "{}").status()).isEqualTo(404);
    }

    @Test
    void looks_are_renamed_and_deleted_and_the_last_look_takes_its_group_with_it() {
        JsonNode created = createPhoto("Old name");
        String lookId = created.get("avatar_item").get("id").asText();
        String groupId = created.get("avatar_group").get("id").asText();
        Raw.Reply renamed = raw.patch("/v3/avatars/looks/" + lookId, "{\"name\":\"New name\"}");
        assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
        assertThat(renamed.data().get("name").asText()).isEqualTo("New name");
        assertThat(look(lookId).get("name").asText()).isEqualTo("New name");

        Raw.Reply deleted = raw.delete("/v3/avatars/looks/" + lookId);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.data().get("id").asText()).isEqualTo(lookId);
        assertThat(raw.get("/v3/avatars/looks/" + lookId).status()).isEqualTo(404);
        assertThat(raw.get("/v3/avatars/" + groupId).status()).isEqualTo(404);
        assertThat(raw.post("/v3/videos", say(lookId, "Hi")).status()).isEqualTo(400);
    }

    @Test
    void stock_avatars_cannot_be_renamed_or_deleted_and_unknown_ones_are_404() {
        assertThat(raw.patch("/v3/avatars/looks/anna", "{\"name\":\"x\"}").errorMessage()).contains("studio avatar");
        assertThat(raw.delete("/v3/avatars/looks/anna").status()).isEqualTo(400);
        assertThat(raw.delete("/v3/avatars/group_anna").status()).isEqualTo(400);
        assertThat(raw.delete("/v3/avatars/looks/ghost").errorCode()).isEqualTo("avatar_not_found");
        assertThat(raw.delete("/v3/avatars/ghost").status()).isEqualTo(404);
        assertThat(raw.patch("/v3/avatars/looks/my_photo", "{\"name\":\"\"}").errorParam()).isEqualTo("name");
    }

    @Test
    void private_fixtures_can_be_renamed_and_deleted_until_the_sandbox_resets() {
        assertThat(raw.patch("/v3/avatars/looks/my_photo", "{\"name\":\"Renamed\"}").data().get("name").asText()).isEqualTo("Renamed");
        assertThat(raw.delete("/v3/avatars/group_my_photo").status()).isEqualTo(200);
        assertThat(raw.get("/v3/avatars/looks/my_photo_pose").status()).isEqualTo(404);
        assertThat(all("/v3/avatars", 50)).extracting(g -> g.get("id").asText()).doesNotContain("group_my_photo");
        sb.reset();
        assertThat(look("my_photo").get("name").asText()).isEqualTo("My Photo");
    }

    @Test
    void deleting_a_group_removes_its_looks() {
        JsonNode created = createPhoto("Doomed");
        String groupId = created.get("avatar_group").get("id").asText();
        String lookId = created.get("avatar_item").get("id").asText();
        Raw.Reply r = raw.delete("/v3/avatars/" + groupId);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.data().get("id").asText()).isEqualTo(groupId);
        assertThat(raw.get("/v3/avatars/looks/" + lookId).status()).isEqualTo(404);
    }

    @Test
    void an_empty_wallet_creates_no_avatar() {
        sb.close();
        sb = Sandbox.builder().manualClock().startTime(START).creditBalance(0).start();
        raw = new Raw(sb);
        Raw.Reply r = raw.post("/v3/avatars", "{\"type\":\"prompt\",\"name\":\"x\",\"prompt\":\"a presenter\"}");
        assertThat(r.status()).isEqualTo(402);
        assertThat(r.errorCode()).isEqualTo("insufficient_credit");
    }

    @Test
    void with_failure_rate_one_every_training_fails_with_a_reason() {
        sb.close();
        sb = Sandbox.builder().manualClock().startTime(START).failureRate(1.0).start();
        raw = new Raw(sb);
        String lookId = raw.post("/v3/avatars", "{\"type\":\"prompt\",\"name\":\"x\",\"prompt\":\"a presenter\"}").data()
                .get("avatar_item").get("id").asText();
        sb.advance(Duration.ofSeconds(Trainings.PROMPT_SECONDS));
        JsonNode l = look(lookId);
        assertThat(l.get("status").asText()).isEqualTo("failed");
        assertThat(l.get("error").get("code").asText()).isEqualTo("training_failed");
        assertThat(raw.get("/v3/avatars/" + l.get("group_id").asText()).data().get("error").get("message").asText()).contains("failure rate");
    }

    static byte[] mp4() {
        return TestMedia.mp4();
    }
}
