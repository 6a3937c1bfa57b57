///usr/bin/env jbang "$0" "$@" ; exit $?
// A webhook receiver: WebhookReceiver serves 127.0.0.1 and takes a delivery only when its signature (HMAC-SHA256 of
// the raw body with the endpoint's secret) matches, answering repeats without taking them twice. The script registers
// an endpoint, renders a video and waits for its avatar_video.success delivery; a forged delivery is shown being
// rejected. Then it removes the endpoint and exits; with --serve it keeps receiving until Ctrl-C. No key: offline sandbox.
//   ./jbang webhook-receiver
//   ./jbang webhook-receiver --serve --port 8787 --public-url https://<your-tunnel>/   # real API
// The same receiver from the command line: ./jbang heygen webhooks listen --port 8787 --secret-file secret.txt
//SOURCES kit/heygen_kit.java

import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.RenderJob;
import dev.heygenkit.WebhookReceiver;
import dev.heygenkit.api.Look;
import dev.heygenkit.api.WebhookEndpoint;
import dev.heygenkit.api.WebhookEndpointRequest;
import dev.heygenkit.api.WebhookEndpointUpdate;
import dev.heygenkit.api.WebhookEventType;
import dev.heygenkit.api.WebhookSignature;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

class webhook_receiver {
    public static void main(String[] args) throws Exception {
        List<String> a = List.of(args);
        boolean serve = a.contains("--serve");
        int port = a.contains("--port") ? Integer.parseInt(a.get(a.indexOf("--port") + 1)) : 0;
        String publicUrl = a.contains("--public-url") ? a.get(a.indexOf("--public-url") + 1) : null;

        HeyGen client = HeyGen.fromEnvOrSandbox();
        if (client.isSandbox()) {
            System.err.println("No HEYGEN_API_KEY found: using the offline sandbox, which delivers to 127.0.0.1.");
        }
        boolean local = client.baseUrl().getHost().startsWith("127.");
        if (!local && publicUrl == null) {
            System.err.println("The real API delivers only to public HTTPS URLs: expose --port with a tunnel and pass --public-url.");
            System.exit(2);
        }

        // The receiver needs the endpoint's secret, so the endpoint comes first; locally it is then pointed at the port.
        WebhookEndpoint endpoint = client.webhooks().createEndpoint(
                WebhookEndpointRequest.of(publicUrl != null ? publicUrl : "https://example.com/placeholder")
                        .events(WebhookEventType.AVATAR_VIDEO_SUCCESS, WebhookEventType.AVATAR_VIDEO_FAIL));
        BlockingQueue<WebhookReceiver.Received> verified = new LinkedBlockingQueue<>();
        try (WebhookReceiver receiver = WebhookReceiver.builder().port(port).secret(endpoint.secret())
                .onEvent(e -> {
                    System.err.println("verified " + e.eventType() + " for video " + e.videoId() + " (event " + e.eventId() + ")");
                    verified.add(e);
                }).listener(System.err::println).start()) {
            String url = publicUrl != null ? publicUrl : receiver.url().toString();
            if (publicUrl == null) {
                client.webhooks().updateEndpoint(endpoint.endpointId(), WebhookEndpointUpdate.of().url(url));
            }
            System.err.println("endpoint " + endpoint.endpointId() + " receives at " + url);
            forgeryIsRejected(receiver.url());
            RenderJob job = Avatar.look(firstLook(client)).say("This video announces itself by webhook.").submit(client);
            System.err.println("rendering video " + job.id() + "; waiting for its webhook...");
            WebhookReceiver.Received done = null;
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(local ? 2 : 30);
            while (done == null && System.nanoTime() < until) {
                WebhookReceiver.Received e = verified.poll(1, TimeUnit.SECONDS);
                if (e != null && job.id().equals(e.videoId())) {
                    done = e;
                }
            }
            if (done == null) {
                throw new IllegalStateException("no verified webhook for video " + job.id() + " arrived in time");
            }
            System.out.println(done.eventType() + " " + done.videoId() + " " + done.event().video().videoUrl());
            if (serve) {
                System.err.println("--serve: still receiving at " + url + " (Ctrl-C to stop)");
                receiver.awaitTermination();
            }
        } finally {
            client.webhooks().deleteEndpoint(endpoint.endpointId());
        }
    }

    /** Posts a delivery signed with the wrong secret to the receiver: it must answer 401. */
    static void forgeryIsRejected(URI url) throws Exception {
        byte[] body = "{\"event_type\":\"avatar_video.success\",\"event_data\":{\"video_id\":\"forged\"}}".getBytes(StandardCharsets.UTF_8);
        HttpRequest forged = HttpRequest.newBuilder(url)
                .header(WebhookSignature.DEFAULT_HEADER, WebhookSignature.sign("whsec_not_the_secret", body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        int status = HttpClient.newHttpClient().send(forged, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 401) {
            throw new IllegalStateException("a forged delivery was accepted (HTTP " + status + ")");
        }
        System.err.println("rejected a delivery signed with the wrong secret (HTTP 401)");
    }

    static String firstLook(HeyGen client) {
        for (Look l : client.looks().list()) {
            if (l.isReady() && l.defaultVoiceId() != null) {
                return l.id();
            }
        }
        throw new IllegalStateException("no ready look with a default voice");
    }
}
