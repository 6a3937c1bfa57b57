package dev.heygenkit.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Run in a fresh JVM by {@link SandboxLifecycleTest}: prints cold start-up and first-answer times in milliseconds. */
public final class StartupProbe {
    private StartupProbe() {
    }

    /** Starts a sandbox, asks it one question and prints both timings on one line. */
    public static void main(String[] args) throws Exception {
        // the probe's own HTTP client is built first so its cold start is not counted as the sandbox's
        HttpClient client = HttpClient.newHttpClient();
        long t0 = System.nanoTime();
        try (Sandbox sb = Sandbox.builder().start()) {
            long started = System.nanoTime();
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(sb.baseUri() + "/v3/avatars/looks?limit=1"))
                    .header("x-api-key", "probe").build(), HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            System.out.println("start_ms=" + (started - t0) / 1_000_000 + " first_answer_ms=" + (answered - started) / 1_000_000 + " status=" + r.statusCode());
        }
    }
}
