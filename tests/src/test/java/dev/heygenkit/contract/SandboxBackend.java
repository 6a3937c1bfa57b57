package dev.heygenkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.HeyGen;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Speaker;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.sandbox.Sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The embedded sandbox as a contract backend: a manual clock so renders complete only when the contract advances
 * time, and one accepted key so any other key is rejected. Look ids are read with plain {@code java.net.http}, not
 * the client under test.
 */
final class SandboxBackend implements Backend {
    private static final String KEY = "contract-sandbox-key";
    private final Sandbox sandbox = Sandbox.builder().manualClock().apiKey(KEY).start();
    private final HeyGen client = builder(KEY).build();

    private HeyGen.Builder builder(String key) {
        return HeyGen.builder().apiKey(key).baseUrl(sandbox.baseUri().toString()).sleeper(d -> { }).noJournal();
    }

    @Override
    public HeyGen client() {
        return client;
    }

    @Override
    public HeyGen clientWithWrongKey() {
        return builder("not-the-sandbox-key").build();
    }

    @Override
    public List<String> looks(int atLeast) {
        List<String> ids = new ArrayList<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String token = null;
        try {
            do {
                URI uri = URI.create(sandbox.baseUri() + "/v3/avatars/looks?limit=50" + (token == null ? "" : "&token=" + token));
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("x-api-key", KEY).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode page = new ObjectMapper().readTree(r.body());
                page.path("data").forEach(l -> ids.add(l.path("id").asText()));
                token = page.path("has_more").asBoolean() ? page.path("next_token").asText() : null;
            } while (token != null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the sandbox's looks", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (ids.size() < atLeast) {
            throw new IllegalStateException("the sandbox lists " + ids.size() + " looks, fewer than " + atLeast);
        }
        return ids;
    }

    @Override
    public List<String> voiceFilter() {
        return List.of("English", "female");
    }

    @Override
    public CreateVideoRequest validCreate() {
        return AvatarVideoRequest.of("anna", Speaker.saying("Hello from the contract"));
    }

    @Override
    public String unknownVideoId() {
        return "vid_missing_from_sandbox";
    }

    @Override
    public void advance(Duration time) {
        sandbox.advance(time);
    }

    @Override
    public int requestCount(String method, String path) {
        return (int) sandbox.requestCount(method, path);
    }

    @Override
    public void reset() {
        sandbox.reset();
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
