package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Multipart and direct uploads, asset metadata, and presigned URLs that expire on the sandbox clock. */
class AssetAndUrlTest extends SandboxTestBase {
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR4nGP4z8DwnwEIYAwAPe8F+4qHH0sAAAAASUVORK5CYII=");

    @Override
    Sandbox.Builder configure(Sandbox.Builder b) {
        return b.urlTtl(Duration.ofHours(1));
    }

    /** A mono 16-bit 8 kHz PCM WAV of silence. */
    static byte[] wav(double seconds) {
        int samples = (int) (8000 * seconds);
        ByteBuffer b = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1).putInt(8000).putInt(16000)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        return b.array();
    }

    Raw.Reply multipart(String filename, byte[] bytes, String partName) {
        return raw.multipart(filename, bytes, partName);
    }

    @Test
    void multipart_upload_sniffs_the_type_and_the_asset_can_be_read_and_deleted() {
        Raw.Reply up = multipart("pixel.png", PNG, "file");
        assertThat(up.status()).as(up.text()).isEqualTo(200);
        JsonNode d = up.data();
        assertThat(d.get("mime_type").asText()).isEqualTo("image/png");
        assertThat(d.get("size_bytes").asInt()).isEqualTo(PNG.length);
        String id = d.get("asset_id").asText();
        assertThat(raw.fetch(d.get("url").asText()).body()).isEqualTo(PNG);
        JsonNode meta = raw.get("/v3/assets/" + id).data();
        assertThat(meta.get("type").asText()).isEqualTo("image");
        assertThat(meta.get("name").asText()).isEqualTo("pixel.png");
        assertThat(raw.delete("/v3/assets/" + id).data().get("id").asText()).isEqualTo(id);
        Raw.Reply gone = raw.get("/v3/assets/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.errorCode()).isEqualTo("asset_not_found");
        assertThat(raw.fetch(d.get("url").asText()).status()).isEqualTo(404);
    }

    @Test
    void a_multipart_file_over_32_mb_is_413_payload_too_large() {
        byte[] big = new byte[32 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        Raw.Reply r = multipart("big.png", big, "file");
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.errorCode()).isEqualTo("payload_too_large");
        assertThat(raw.post("/v3/assets/direct-uploads", "{\"filename\":\"big.mp4\",\"content_type\":\"video/mp4\",\"size_bytes\":" + big.length + "}")
                .errorParam()).isEqualTo("size_bytes");
    }

    @Test
    void uploads_of_unknown_types_or_without_a_file_part_are_400_on_file() {
        Raw.Reply text = multipart("notes.txt", "just some text".getBytes(StandardCharsets.UTF_8), "file");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.errorParam()).isEqualTo("file");
        Raw.Reply wrongPart = multipart("pixel.png", PNG, "upload");
        assertThat(wrongPart.errorParam()).isEqualTo("file");
        Raw.Reply json = raw.post("/v3/assets", "{\"file\":\"x\"}");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.errorMessage()).contains("multipart/form-data");
    }

    @Test
    void an_uploaded_wav_drives_the_duration_of_an_audio_video_and_an_uploaded_png_animates_in_image_mode() {
        String audio = multipart("voice.wav", wav(3.5), "file").data().get("asset_id").asText();
        String photo = multipart("me.png", PNG, "file").data().get("asset_id").asText();
        String a = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"audio_asset_id\":\"" + audio + "\"}");
        String b = createVideo("{\"type\":\"image\",\"image\":{\"type\":\"asset_id\",\"asset_id\":\"" + photo + "\"},\"audio_asset_id\":\"" + audio + "\"}");
        Raw.Reply imageAsAudio = raw.post("/v3/videos", "{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"audio_asset_id\":\"" + photo + "\"}");
        assertThat(imageAsAudio.errorParam()).isEqualTo("audio_asset_id");
        assertThat(imageAsAudio.errorMessage()).contains("image/png");
        sb.advance(Duration.ofMinutes(10));
        assertThat(video(a).get("duration").asDouble()).isEqualTo(3.5, within(0.001));
        assertThat(video(b).get("status").asText()).isEqualTo("completed");
    }

    @Test
    void direct_upload_puts_signed_bytes_to_the_sandbox_and_complete_sniffs_them() throws Exception {
        byte[] bytes = wav(1.0);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        JsonNode slot = raw.post("/v3/assets/direct-uploads", "{\"filename\":\"a.wav\",\"content_type\":\"audio/wav\",\"size_bytes\":" + bytes.length
                + ",\"checksum_sha256\":\"" + sha + "\"}").data();
        assertThat(slot.get("status").asText()).isEqualTo("pending_upload");
        assertThat(slot.get("max_bytes").asInt()).isEqualTo(bytes.length);
        String url = slot.get("upload_url").asText();
        assertThat(url).startsWith(sb.baseUri() + "/_upload/").contains("signature=");
        String id = slot.get("asset_id").asText();
        Map<String, String> headers = new LinkedHashMap<>();
        slot.get("upload_headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        assertThat(headers).containsKey("Content-Type");

        Raw.Reply early = raw.post("/v3/assets/" + id + "/complete", "{}");
        assertThat(early.status()).isEqualTo(409);

        Raw.Reply wrongType = raw.sendBytes("PUT", url.substring(sb.baseUri().toString().length()), bytes,
                Map.of("Content-Type", "image/png", "x-amz-checksum-sha256", headers.get("x-amz-checksum-sha256")));
        assertThat(wrongType.status()).isEqualTo(403);
        Raw.Reply shortBody = raw.sendBytes("PUT", url.substring(sb.baseUri().toString().length()), new byte[10], headers);
        assertThat(shortBody.status()).isEqualTo(400);
        Raw.Reply put = raw.sendBytes("PUT", url.substring(sb.baseUri().toString().length()), bytes, headers);
        assertThat(put.status()).isEqualTo(200);

        JsonNode done = raw.post("/v3/assets/" + id + "/complete", "{\"checksum_sha256\":\"" + sha + "\"}").data();
        assertThat(done.get("mime_type").asText()).isEqualTo("audio/wav");
        assertThat(done.get("size_bytes").asInt()).isEqualTo(bytes.length);
        assertThat(raw.post("/v3/assets/" + id + "/complete", null).status()).as("complete is idempotent").isEqualTo(200);
        assertThat(raw.fetch(done.get("url").asText()).body()).isEqualTo(bytes);
        assertThat(raw.get("/v3/assets/" + id).data().get("type").asText()).isEqualTo("audio");
    }

    @Test
    void direct_upload_checks_the_declared_type_and_the_checksum() throws Exception {
        JsonNode slot = raw.post("/v3/assets/direct-uploads", "{\"filename\":\"x.png\",\"content_type\":\"image/png\",\"size_bytes\":" + 44
                + "}").data();
        String path = slot.get("upload_url").asText().substring(sb.baseUri().toString().length());
        assertThat(raw.sendBytes("PUT", path, wav(0), Map.of("Content-Type", "image/png")).status()).isEqualTo(200);
        Raw.Reply lie = raw.post("/v3/assets/" + slot.get("asset_id").asText() + "/complete", "{}");
        assertThat(lie.status()).isEqualTo(400);
        assertThat(lie.errorParam()).isEqualTo("content_type");
        Raw.Reply badSum = raw.post("/v3/assets/" + slot.get("asset_id").asText() + "/complete", "{\"checksum_sha256\":\"" + "0".repeat(64) + "\"}");
        assertThat(badSum.errorParam()).isEqualTo("checksum_sha256");
        assertThat(raw.post("/v3/assets/direct-uploads", "{\"filename\":\"x\",\"content_type\":\"image/png\",\"size_bytes\":0}").errorParam())
                .isEqualTo("size_bytes");
        assertThat(raw.post("/v3/assets/nope/complete", "{}").errorCode()).isEqualTo("asset_not_found");
    }

    @Test
    void presigned_urls_work_without_a_key_and_answer_403_once_the_ttl_has_passed_on_the_sandbox_clock() {
        String url = multipart("pixel.png", PNG, "file").data().get("url").asText();
        assertThat(raw.fetch(url).status()).isEqualTo(200);
        sb.advance(Duration.ofMinutes(59));
        assertThat(raw.fetch(url).status()).isEqualTo(200);
        sb.advance(Duration.ofMinutes(2));
        Raw.Reply expired = raw.fetch(url);
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.text()).contains("AccessDenied").contains("expired");
        String id = url.replaceAll(".*/_media/assets/([^/]+)/.*", "$1");
        String fresh = raw.get("/v3/assets/" + id).data().get("url").asText();
        assertThat(fresh).isNotEqualTo(url);
        assertThat(raw.fetch(fresh).status()).as("a re-fetched URL works again").isEqualTo(200);
        char first = fresh.charAt(fresh.indexOf("signature=") + "signature=".length());
        // Flip the signature's first character to a different one (a fixed replacement matches 1 time in 16).
        Raw.Reply tampered = raw.fetch(fresh.replaceAll("signature=.", "signature=" + (first == '0' ? '1' : '0')));
        assertThat(tampered.status()).isEqualTo(403);
        assertThat(tampered.text()).contains("SignatureDoesNotMatch");
        assertThat(raw.fetch(fresh.substring(0, fresh.indexOf('?'))).status()).isEqualTo(403);
        Raw.Reply extended = raw.fetch(fresh.replaceAll("expires=\\d+", "expires=99999999999"));
        assertThat(extended.status()).as("the expiry is signed").isEqualTo(403);
    }

    @Test
    void video_urls_expire_too_and_a_fresh_get_renews_them() {
        String id = createVideo(say("anna", "Hi"));
        sb.advance(Duration.ofMinutes(5));
        String thumb = video(id).get("thumbnail_url").asText();
        assertThat(raw.fetch(thumb).status()).isEqualTo(200);
        sb.advance(Duration.ofHours(2));
        assertThat(raw.fetch(thumb).status()).isEqualTo(403);
        assertThat(raw.fetch(video(id).get("thumbnail_url").asText()).status()).isEqualTo(200);
    }

    @Test
    void the_asset_list_needs_the_username_and_pages_through_usable_assets() {
        Raw.Reply missing = raw.get("/v3/assets");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorParam()).isEqualTo("username");
        String first = raw.multipart("a.png", PNG, "file").data().get("asset_id").asText();
        String second = raw.multipart("b.png", PNG, "file").data().get("asset_id").asText();
        raw.post("/v3/assets/direct-uploads", "{\"filename\":\"c.png\",\"content_type\":\"image/png\",\"size_bytes\":10}");
        assertThat(all("/v3/assets?username=sandbox", 1)).extracting(a -> a.get("id").asText()).containsExactly(first, second);
        assertThat(raw.get("/v3/assets?username=someone_else").data()).isEmpty();
        assertThat(raw.get("/v3/assets?username=sandbox&limit=101").errorParam()).isEqualTo("limit");
    }
}
