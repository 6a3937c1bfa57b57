package dev.heygenkit.api;

import dev.heygenkit.internal.http.WireTest;
import dev.heygenkit.internal.Internals;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.internal.http.WireFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.heygenkit.internal.http.WireFixture.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assets on the wire: multipart upload, the presigned direct-upload flow, get and delete. */
class AssetsWireTest extends WireTest {
    @TempDir
    Path tmp;

    private Path file(String name, int size) throws Exception {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(tmp.resolve(name), bytes);
    }

    private void stubSlot(String headersJson, long maxBytes) {
        wire.server().stubFor(post("/v3/assets/direct-uploads").willReturn(okJson("{\"data\":{\"asset_id\":\"asset_big\","
                + "\"upload_url\":\"" + wire.baseUrl() + "/storage/put/asset_big?X-Amz-Signature=abc%2Fdef\","
                + "\"upload_headers\":" + headersJson + ",\"expires_in_seconds\":3600,\"max_bytes\":" + maxBytes
                + ",\"status\":\"pending_upload\"}}")));
        wire.server().stubFor(put(urlPathEqualTo("/storage/put/asset_big")).willReturn(aResponse().withStatus(200)));
        wire.server().stubFor(post("/v3/assets/asset_big/complete").willReturn(okJson(response("assets-complete.json"))));
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    @Test
    void a_small_file_goes_as_one_multipart_part_named_file() throws Exception {
        Path slide = file("slide.png", 4096);
        wire.server().stubFor(post("/v3/assets").willReturn(okJson(response("assets-upload.json"))));
        Asset asset = client.assets().upload(slide);
        assertThat(asset).isEqualTo(new Asset("asset_slide", "https://files.example.com/assets/slide.png", "image/png", 48213L));
        assertThat(asset.input()).isEqualTo(AssetInput.asset("asset_slide"));
        LoggedRequest r = wire.requests(postRequestedFor(urlEqualTo("/v3/assets"))).get(0);
        assertThat(r.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(r.getHeader("Idempotency-Key")).isNotBlank();
        assertThat(r.getParts()).hasSize(1);
        var part = r.getPart("file");
        assertThat(part.getBody().asBytes()).isEqualTo(Files.readAllBytes(slide));
        assertThat(part.getHeader("Content-Type").firstValue()).isEqualTo("image/png");
        assertThat(part.getHeader("Content-Disposition").firstValue()).contains("filename=\"slide.png\"");
    }

    @Test
    void multipart_upload_reports_progress_up_to_the_body_size() throws Exception {
        Path slide = file("slide.png", 200_000);
        wire.server().stubFor(post("/v3/assets").willReturn(okJson(response("assets-upload.json"))));
        List<long[]> seen = new ArrayList<>();
        client.assets().upload(slide, (done, total) -> seen.add(new long[]{done, total}));
        long total = seen.get(0)[1];
        assertThat(total).isGreaterThan(200_000);
        assertThat(seen.get(seen.size() - 1)).containsExactly(total, total);
        assertThat(seen).extracting(s -> s[0]).isSorted();
    }

    @Test
    void direct_upload_requests_a_slot_puts_the_bytes_without_the_key_and_completes() throws Exception {
        Path clip = file("talk.mp4", 300_000);
        stubSlot("{\"Content-Type\":\"video/mp4\",\"x-amz-meta-origin\":\"heygen-kit\"}", 5_000_000);
        List<Long> progress = new ArrayList<>();
        Asset asset = client.assets().uploadDirect(clip, false, (done, total) -> progress.add(done));
        assertThat(asset.assetId()).isEqualTo("asset_big");
        assertThat(asset.status()).isEqualTo("processing");
        wire.server().verify(postRequestedFor(urlEqualTo("/v3/assets/direct-uploads")).withRequestBody(equalToJson(
                "{\"filename\":\"talk.mp4\",\"content_type\":\"video/mp4\",\"size_bytes\":300000}")));
        LoggedRequest putReq = wire.requests(putRequestedFor(urlPathEqualTo("/storage/put/asset_big"))).get(0);
        assertThat(putReq.getUrl()).isEqualTo("/storage/put/asset_big?X-Amz-Signature=abc%2Fdef");
        assertThat(putReq.getHeader("Content-Type")).isEqualTo("video/mp4");
        assertThat(putReq.getHeader("x-amz-meta-origin")).isEqualTo("heygen-kit");
        assertThat(putReq.containsHeader("x-api-key")).isFalse();
        assertThat(putReq.containsHeader("Idempotency-Key")).isFalse();
        assertThat(putReq.getBody()).isEqualTo(Files.readAllBytes(clip));
        wire.server().verify(postRequestedFor(urlEqualTo("/v3/assets/asset_big/complete")).withRequestBody(equalToJson("{}")));
        assertThat(progress.get(progress.size() - 1)).isEqualTo(300_000L);
        List<String> order = wire.server().getAllServeEvents().stream()
                .map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl().replaceAll("\\?.*", "")).toList();
        assertThat(order).containsExactly("POST /v3/assets/asset_big/complete", "PUT /storage/put/asset_big",
                "POST /v3/assets/direct-uploads");
    }

    @Test
    void direct_upload_with_sha256_sends_the_checksum_to_slot_and_completion() throws Exception {
        Path clip = file("talk.mp4", 70_000);
        stubSlot("{}", 5_000_000);
        client.assets().uploadDirect(clip, true);
        String sum = sha256(clip);
        wire.server().verify(postRequestedFor(urlEqualTo("/v3/assets/direct-uploads")).withRequestBody(equalToJson(
                "{\"filename\":\"talk.mp4\",\"content_type\":\"video/mp4\",\"size_bytes\":70000,\"checksum_sha256\":\"" + sum + "\"}")));
        wire.server().verify(postRequestedFor(urlEqualTo("/v3/assets/asset_big/complete"))
                .withRequestBody(equalToJson("{\"checksum_sha256\":\"" + sum + "\"}")));
    }

    @Test
    void files_over_the_multipart_limit_take_the_direct_flow_and_the_limit_itself_stays_multipart() throws Exception {
        Assets assets = new Assets(Internals.transport(client), 1000);
        stubSlot("{\"Content-Type\":\"video/mp4\"}", 1L << 40);
        wire.server().stubFor(post("/v3/assets").willReturn(okJson(response("assets-upload.json"))));
        assertThat(assets.upload(file("big.mp4", 1001)).assetId()).isEqualTo("asset_big");
        assertThat(wire.requests(postRequestedFor(urlEqualTo("/v3/assets")))).isEmpty();
        assertThat(wire.requests(putRequestedFor(urlPathEqualTo("/storage/put/asset_big"))).get(0).getBody()).hasSize(1001);
        wire.reset();
        stubSlot("{}", 1L << 40);
        wire.server().stubFor(post("/v3/assets").willReturn(okJson(response("assets-upload.json"))));
        assertThat(assets.upload(file("edge.mp4", 1000)).assetId()).isEqualTo("asset_slide");
        assertThat(wire.requests(postRequestedFor(urlEqualTo("/v3/assets/direct-uploads")))).isEmpty();
    }

    @Test
    void the_multipart_limit_is_the_32_mb_of_post_v3_assets() {
        assertThat(Assets.MULTIPART_LIMIT).isEqualTo(32L * 1024 * 1024);
        assertThat(client.assets().multipartLimit()).isEqualTo(Assets.MULTIPART_LIMIT);
    }

    @Test
    void a_storage_refusal_fails_with_the_status_and_never_completes() throws Exception {
        Path clip = file("talk.mp4", 1000);
        stubSlot("{}", 5_000_000);
        wire.server().stubFor(put(urlPathEqualTo("/storage/put/asset_big")).willReturn(aResponse().withStatus(403)
                .withBody("<Error><Code>SignatureDoesNotMatch</Code></Error>")));
        assertThatThrownBy(() -> client.assets().uploadDirect(clip, false)).isInstanceOfSatisfying(HeyGenException.class, e -> {
            assertThat(e.code()).isEqualTo("upload_failed");
            assertThat(e.getMessage()).contains("HTTP 403").contains("SignatureDoesNotMatch");
            assertThat(e.hint()).contains("expired");
        });
        assertThat(wire.requests(postRequestedFor(urlEqualTo("/v3/assets/asset_big/complete")))).isEmpty();
        assertThat(wire.requests(putRequestedFor(urlPathEqualTo("/storage/put/asset_big")))).hasSize(1);
    }

    @Test
    void a_storage_server_error_is_retried_with_the_whole_file() throws Exception {
        Path clip = file("talk.mp4", 50_000);
        stubSlot("{}", 5_000_000);
        wire.server().stubFor(put(urlPathEqualTo("/storage/put/asset_big")).inScenario("s").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        wire.server().stubFor(put(urlPathEqualTo("/storage/put/asset_big")).inScenario("s").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        client.assets().uploadDirect(clip, false);
        List<LoggedRequest> puts = wire.requests(putRequestedFor(urlPathEqualTo("/storage/put/asset_big")));
        assertThat(puts).hasSize(2);
        assertThat(puts.get(1).getBody()).isEqualTo(Files.readAllBytes(clip));
        assertThat(wire.sleeper().millis()).containsExactly(1000L);
    }

    @Test
    void a_file_larger_than_the_slot_allows_fails_before_the_put() throws Exception {
        Path clip = file("talk.mp4", 2000);
        stubSlot("{}", 1000);
        assertThatThrownBy(() -> client.assets().uploadDirect(clip, false)).isInstanceOfSatisfying(HeyGenException.class,
                e -> assertThat(e.code()).isEqualTo("file_too_large"));
        assertThat(wire.requests(putRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void a_slot_expecting_another_length_fails_before_the_put() throws Exception {
        Path clip = file("talk.mp4", 2000);
        stubSlot("{\"Content-Length\":\"1999\"}", 5000);
        assertThatThrownBy(() -> client.assets().uploadDirect(clip, false)).hasMessageContaining("1999");
        assertThat(wire.requests(putRequestedFor(anyUrl()))).isEmpty();
        wire.reset();
        stubSlot("{\"Content-Length\":\"2000\"}", 5000);
        client.assets().uploadDirect(clip, false);
        assertThat(wire.requests(putRequestedFor(anyUrl())).get(0).getHeader("Content-Length")).isEqualTo("2000");
    }

    @Test
    void a_missing_file_fails_before_any_request() {
        assertThatThrownBy(() -> client.assets().upload(tmp.resolve("nope.png"))).isInstanceOfSatisfying(HeyGenException.class,
                e -> assertThat(e.code()).isEqualTo("file_not_found"));
        assertThat(wire.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void get_and_delete_an_asset() {
        wire.server().stubFor(get("/v3/assets/asset_slide").willReturn(okJson(response("assets-get.json"))));
        wire.server().stubFor(delete("/v3/assets/asset_slide").willReturn(okJson(response("assets-delete.json"))));
        AssetInfo info = client.assets().get("asset_slide");
        assertThat(info).isEqualTo(new AssetInfo("asset_slide", "slide.png", "jane", "space_1", "image", 1767225600L, null,
                "https://files.example.com/assets/slide.png"));
        assertThat(client.assets().delete("asset_slide")).isEqualTo(new AssetDeleted("asset_slide"));
    }
}
