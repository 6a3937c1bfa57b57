package dev.heygenkit.internal.webhooks;

import dev.heygenkit.HeyGen;
import dev.heygenkit.WebhookReceiver;
import dev.heygenkit.testing.Deliveries;
import dev.heygenkit.api.WebhookEndpoint;
import dev.heygenkit.api.WebhookEndpointRequest;
import dev.heygenkit.api.WebhookEndpointUpdate;
import dev.heygenkit.api.WebhookEventType;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox delivering to the receiver end to end. The sandbox accepts plain http:// endpoint and callback URLs on
 * loopback only (https anywhere), so the receiver's 127.0.0.1 URL is registered as it is.
 */
class SandboxDeliveryTest {
    @TempDir
    Path dir;
    Sandbox sb;
    HeyGen client;
    WebhookReceiver receiver;
    final BlockingQueue<WebhookReceiver.Received> received = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() {
        sb = Sandbox.builder().manualClock().webhookBackoff(Duration.ofMillis(50)).start();
        client = HeyGen.builder().apiKey("k").baseUrl(sb.baseUri().toString()).noJournal().build();
    }

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.close();
        }
        sb.close();
    }

    /** Creates a video with a raw request, so the test does not lean on the DSL. */
    String createVideo(String extra) {
        String body = "{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hello from the sandbox.\"" + extra + "}";
        HttpResponse<String> r = Deliveries.send(HttpRequest.newBuilder(URI.create(sb.baseUri() + "/v3/videos"))
                .header("x-api-key", "k").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body().replaceAll(".*\"video_id\":\"([^\"]+)\".*", "$1");
    }

    WebhookReceiver.Received next() throws InterruptedException {
        WebhookReceiver.Received r = received.poll(10, TimeUnit.SECONDS);
        assertThat(r).as("an event reached the receiver within 10 s").isNotNull();
        return r;
    }

    /** Registers an endpoint, then points it at a receiver started with its secret. */
    WebhookEndpoint register(WebhookReceiver.Builder b) {
        WebhookEndpoint e = client.webhooks().createEndpoint(WebhookEndpointRequest.of("https://example.com/placeholder")
                .events(WebhookEventType.AVATAR_VIDEO_SUCCESS, WebhookEventType.AVATAR_VIDEO_FAIL));
        receiver = b.secret(e.secret()).events(dir.resolve("events.jsonl")).onEvent(received::add).start();
        client.webhooks().updateEndpoint(e.endpointId(), WebhookEndpointUpdate.of().url(receiver.url().toString()));
        return e;
    }

    @Test
    void a_finished_render_reaches_the_receiver_signed_verified_and_recorded() throws Exception {
        register(WebhookReceiver.builder());
        String id = createVideo("");
        sb.advance(Duration.ofMinutes(10));
        WebhookReceiver.Received e = next();
        assertThat(e.eventType()).isEqualTo(WebhookEventType.AVATAR_VIDEO_SUCCESS);
        assertThat(e.videoId()).isEqualTo(id);
        assertThat(e.eventId()).startsWith("evt_");
        assertThat(e.verified()).isTrue();
        assertThat(e.event().video().videoUrl()).contains(id);
        WebhookReceiver.Tail t = WebhookReceiver.read(dir.resolve("events.jsonl"), 0);
        assertThat(t.events()).extracting(WebhookReceiver.Received::videoId).containsExactly(id);
        // The sandbox's own history names the same event the receiver recorded.
        assertThat(client.webhooks().events().all()).extracting(ev -> ev.eventId()).contains(e.eventId());
    }

    @Test
    void a_rotation_drops_nothing_when_the_receiver_takes_the_new_secret_while_the_sandbox_retries() throws Exception {
        CountDownLatch firstRefusal = new CountDownLatch(1);
        WebhookEndpoint e = register(WebhookReceiver.builder().listener(n -> {
            if (n.contains("(401)")) {
                firstRefusal.countDown();
            }
        }));
        String fresh = client.webhooks().rotateSecret(e.endpointId()).secret();
        String id = createVideo("");
        sb.advance(Duration.ofMinutes(10));
        // Signed with the new secret, the delivery is refused until the receiver accepts it; the sandbox retries.
        assertThat(firstRefusal.await(10, TimeUnit.SECONDS)).isTrue();
        receiver.addSecret(fresh);
        WebhookReceiver.Received got = next();
        assertThat(got.videoId()).isEqualTo(id);
        assertThat(got.verified()).isTrue();
        assertThat(receiver.removeSecret(e.secret())).isTrue();
        byte[] forged = Deliveries.event("evt_forged", "avatar_video.success", "v_forged");
        assertThat(Deliveries.post(receiver.url(), forged, e.secret())).isEqualTo(401);
        assertThat(Deliveries.post(receiver.url(), forged, fresh)).isEqualTo(200);
    }

    @Test
    void per_video_callback_deliveries_are_unsigned_so_only_an_insecure_receiver_takes_them() throws Exception {
        CountDownLatch refused = new CountDownLatch(1);
        try (WebhookReceiver strict = WebhookReceiver.builder().secret("whsec_unused").listener(n -> {
            if (n.contains("no X-HeyGen-Signature header (401)")) {
                refused.countDown();
            }
        }).start()) {
            receiver = WebhookReceiver.builder().insecure().events(dir.resolve("callbacks.jsonl")).onEvent(received::add).start();
            String id = createVideo(",\"callback_url\":\"" + receiver.url() + "\",\"callback_id\":\"order-7\"");
            createVideo(",\"callback_url\":\"" + strict.url() + "\"");
            sb.advance(Duration.ofMinutes(10));
            WebhookReceiver.Received e = next();
            assertThat(e.videoId()).isEqualTo(id);
            assertThat(e.verified()).isFalse();
            assertThat(e.event().callbackId()).isEqualTo("order-7");
            assertThat(refused.await(10, TimeUnit.SECONDS)).as("the strict receiver refused the unsigned callback").isTrue();
            assertThat(strict.accepted()).isZero();
        }
    }
}
