///usr/bin/env jbang "$0" "$@" ; exit $?
// A webhook receiver that verifies signatures: it serves POST /webhooks/heygen on 127.0.0.1, registers that URL as an
// endpoint, renders a video, and checks the avatar_video.success delivery with WebhookSignature (HMAC-SHA256 of the
// raw body with the endpoint's secret) before trusting it. A forged delivery is shown being rejected. Then it removes
// the endpoint and exits; with --serve it keeps receiving until Ctrl-C. No key: offline sandbox.
//   ./jbang webhook-receiver
//   ./jbang webhook-receiver --serve --port 8787 --public-url https://<your-tunnel>/webhooks/heygen   # real API
//SOURCES kit/heygen_kit.java

import com.sun.net.httpserver.HttpServer;
import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.RenderJob;
import dev.heygenkit.WebhookSignatureException;
import dev.heygenkit.api.Look;
import dev.heygenkit.api.WebhookEndpoint;
import dev.heygenkit.api.WebhookEndpointRequest;
import dev.heygenkit.api.WebhookEvent;
import dev.heygenkit.api.WebhookEventType;
import dev.heygenkit.api.WebhookSignature;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
    static volatile WebhookSignature signature;

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

        BlockingQueue<WebhookEvent> verified = new LinkedBlockingQueue<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/webhooks/heygen", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int status;
            try {
                // Verify the raw bytes before parsing: never trust a payload whose signature does not match.
                WebhookEvent event = signature.verifyAndParse(body, exchange.getRequestHeaders().getFirst(signature.header()));
                System.err.println("verified " + event.eventType() + " for video " + event.videoId() + " (event " + event.eventId() + ")");
                verified.add(event);
                status = 200;
            } catch (WebhookSignatureException e) {
                System.err.println("rejected a delivery: " + e.getMessage());
                status = 401;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        String url = publicUrl != null ? publicUrl : "http://127.0.0.1:" + server.getAddress().getPort() + "/webhooks/heygen";

        WebhookEndpoint endpoint = client.webhooks().createEndpoint(WebhookEndpointRequest.of(url)
                .events(WebhookEventType.AVATAR_VIDEO_SUCCESS, WebhookEventType.AVATAR_VIDEO_FAIL));
        signature = WebhookSignature.of(endpoint.secret());
        System.err.println("endpoint " + endpoint.endpointId() + " receives at " + url);
        try {
            forgeryIsRejected(server.getAddress().getPort());
            RenderJob job = Avatar.look(firstLook(client)).say("This video announces itself by webhook.").submit(client);
            System.err.println("rendering video " + job.id() + "; waiting for its webhook...");
            WebhookEvent done = null;
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(local ? 2 : 30);
            while (done == null && System.nanoTime() < until) {
                WebhookEvent e = verified.poll(1, TimeUnit.SECONDS);
                if (e != null && job.id().equals(e.videoId())) {
                    done = e;
                }
            }
            if (done == null) {
                throw new IllegalStateException("no verified webhook for video " + job.id() + " arrived in time");
            }
            System.out.println(done.eventType() + " " + done.videoId() + " " + done.video().videoUrl());
            if (serve) {
                System.err.println("--serve: still receiving at " + url + " (Ctrl-C to stop)");
                Thread.currentThread().join();
            }
        } finally {
            client.webhooks().deleteEndpoint(endpoint.endpointId());
            server.stop(0);
        }
    }

    /** Posts a delivery signed with the wrong secret to ourselves: the receiver must answer 401. */
    static void forgeryIsRejected(int port) throws Exception {
        byte[] body = "{\"event_type\":\"avatar_video.success\",\"event_data\":{\"video_id\":\"forged\"}}".getBytes(StandardCharsets.UTF_8);
        HttpRequest forged = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/heygen"))
                .header(signature.header(), WebhookSignature.sign("whsec_not_the_secret", body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        int status = HttpClient.newHttpClient().send(forged, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 401) {
            throw new IllegalStateException("a forged delivery was accepted (HTTP " + status + ")");
        }
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
