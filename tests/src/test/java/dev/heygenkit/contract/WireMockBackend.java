package dev.heygenkit.contract;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import dev.heygenkit.HeyGen;
import dev.heygenkit.api.AvatarVideoRequest;
import dev.heygenkit.api.Speaker;
import dev.heygenkit.api.CreateVideoRequest;
import dev.heygenkit.internal.http.WireFixture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

/**
 * A tiny HeyGen emulator made of WireMock stubs: paged looks, filtered voices, videos whose id derives from the
 * Idempotency-Key (so a replay returns the same video) and which complete once time is advanced, 404s and 401s.
 */
final class WireMockBackend implements Backend {
    private static final int LOOKS = 5;
    private static final String UNKNOWN = "vid_missing";
    private final WireFixture wire = WireFixture.start();

    WireMockBackend() {
        stub();
    }

    private void stub() {
        var server = wire.server();
        // Any key but the canary is rejected, before every other stub.
        server.stubFor(any(anyUrl()).atPriority(1).withHeader("x-api-key", notMatching(Pattern.quote(WireFixture.CANARY_KEY)))
                .willReturn(aResponse().withStatus(401).withBody("{\"error\":{\"code\":\"unauthorized\",\"message\":\"Invalid API key\"}}")));
        for (int page = 0; page * 2 < LOOKS; page++) {
            StringBuilder items = new StringBuilder();
            for (int i = page * 2; i < Math.min(LOOKS, page * 2 + 2); i++) {
                items.append(items.length() == 0 ? "" : ",").append(look(i));
            }
            boolean more = page * 2 + 2 < LOOKS;
            var mapping = get(urlPathEqualTo("/v3/avatars/looks")).withQueryParam("limit", equalTo("2"));
            mapping = page == 0 ? mapping.withQueryParam("token", absent()) : mapping.withQueryParam("token", equalTo("p" + page));
            server.stubFor(mapping.willReturn(okJson("{\"data\":[" + items + "],\"has_more\":" + more
                    + ",\"next_token\":" + (more ? "\"p" + (page + 1) + "\"" : "null") + "}")));
        }
        for (int i = 0; i < LOOKS; i++) {
            server.stubFor(get("/v3/avatars/looks/look_" + i).willReturn(okJson("{\"data\":" + look(i) + "}")));
        }
        server.stubFor(get(urlPathEqualTo("/v3/voices")).willReturn(okJson("{\"data\":[" + voice("v_paul", "male", "English") + ","
                + voice("v_anna", "female", "English") + "," + voice("v_lena", "female", "German") + "]}")));
        server.stubFor(get(urlPathEqualTo("/v3/voices")).withQueryParam("language", equalTo("English")).withQueryParam("gender", equalTo("female"))
                .willReturn(okJson("{\"data\":[" + voice("v_anna", "female", "English") + "]}")));
        server.stubFor(post("/v3/videos").willReturn(okJson("{\"data\":{\"video_id\":\"vid_{{request.headers.[Idempotency-Key]}}\","
                + "\"status\":\"waiting\"}}").withTransformers("response-template")));
        server.stubFor(get(urlPathMatching("/v3/videos/vid_[^/]+")).inScenario("render").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"data\":{\"id\":\"{{request.path.[2]}}\",\"status\":\"processing\"}}").withTransformers("response-template")));
        server.stubFor(get(urlPathMatching("/v3/videos/vid_[^/]+")).inScenario("render").whenScenarioStateIs("done")
                .willReturn(okJson("{\"data\":{\"id\":\"{{request.path.[2]}}\",\"status\":\"completed\","
                        + "\"video_url\":\"https://files.example.com/{{request.path.[2]}}.mp4\"}}").withTransformers("response-template")));
        server.stubFor(get("/v3/videos/" + UNKNOWN).atPriority(2).willReturn(aResponse().withStatus(404)
                .withBody("{\"error\":{\"code\":\"video_not_found\",\"message\":\"Video not found\"}}")));
        server.stubFor(get(urlPathEqualTo("/v3/videos/statuses")).withQueryParam("video_ids", equalTo(UNKNOWN)).willReturn(okJson(
                "{\"data\":[{\"status\":\"not_found\",\"video_id\":\"" + UNKNOWN + "\"}],\"has_more\":false}")));
        server.stubFor(get("/v3/users/me").willReturn(okJson("{\"data\":{\"username\":\"jane\",\"email\":null,"
                + "\"first_name\":null,\"last_name\":null}}")));
    }

    private static String look(int i) {
        return "{\"id\":\"look_" + i + "\",\"name\":\"Look " + i + "\",\"avatar_type\":\"studio_avatar\",\"gender\":\"female\"}";
    }

    private static String voice(String id, String gender, String language) {
        return "{\"voice_id\":\"" + id + "\",\"name\":\"" + id + "\",\"language\":\"" + language + "\",\"gender\":\"" + gender
                + "\",\"support_pause\":true,\"support_locale\":false,\"type\":\"public\"}";
    }

    @Override
    public HeyGen client() {
        return wire.client();
    }

    @Override
    public HeyGen clientWithWrongKey() {
        return wire.builder().apiKey("wrong-key").build();
    }

    @Override
    public List<String> looks(int atLeast) {
        if (atLeast > LOOKS) {
            throw new IllegalArgumentException("the WireMock backend seeds " + LOOKS + " looks");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < LOOKS; i++) {
            ids.add("look_" + i);
        }
        return ids;
    }

    @Override
    public List<String> voiceFilter() {
        return List.of("English", "female");
    }

    @Override
    public CreateVideoRequest validCreate() {
        return AvatarVideoRequest.of("look_0", Speaker.saying("Hello from the contract"));
    }

    @Override
    public String unknownVideoId() {
        return UNKNOWN;
    }

    @Override
    public void advance(Duration time) {
        if (time.compareTo(Duration.ofMinutes(1)) >= 0) {
            wire.server().setScenarioState("render", "done");
        }
    }

    @Override
    public int requestCount(String method, String path) {
        return wire.requests(new RequestPatternBuilder(RequestMethod.fromString(method), urlPathEqualTo(path))).size();
    }

    @Override
    public void reset() {
        wire.server().resetRequests();
        wire.server().resetScenarios();
        wire.sleeper().clear();
    }

    @Override
    public void close() {
        wire.close();
    }
}
