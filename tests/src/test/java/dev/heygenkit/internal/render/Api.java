package dev.heygenkit.internal.render;

import dev.heygenkit.PollSchedule;
import dev.heygenkit.ProgressEvent;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.heygenkit.HeyGen;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** WireMock stubs shaped like the v3 API, and clients pointed at them on a virtual clock. */
public final class Api {
    /** The key every test client sends. */
    public static final String KEY = "test-key-0123456789";

    private Api() {
    }

    /** A WireMock server on 127.0.0.1 with a random port. */
    public static WireMockExtension server() {
        return WireMockExtension.newInstance()
                .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
                .build();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public static String base(WireMockExtension wm) {
        return "http://127.0.0.1:" + wm.getPort();
    }

    /** Progress events collected by a test client. */
    public static List<ProgressEvent> events() {
        return new CopyOnWriteArrayList<>();
    }

    /** A client on the virtual clock with no retries, its own journal and an exact poll schedule. */
    public static HeyGen client(WireMockExtension wm, VirtualTime time, Path journal, List<ProgressEvent> events) {
        return HeyGen.builder().apiKey(KEY).baseUrl(base(wm)).maxRetries(0).clock(time).sleeper(time)
                .journal(journal).progress(events::add).pollSchedule(PollSchedule.defaults().jitter(0)).build();
    }

    /** {@code {"data": json}}. */
    public static ResponseDefinitionBuilder data(String json) {
        return okJson("{\"data\":" + json + "}");
    }

    /** A v3 error answer. */
    public static ResponseDefinitionBuilder error(int status, String code, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}}");
    }

    /** A look object. */
    public static String look(String id, String type, String gender, String defaultVoice, String engines, String status) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name(id) + "\",\"avatar_type\":\"" + type + "\",\"group_id\":\"grp_"
                + id + "\",\"gender\":" + q(gender) + ",\"default_voice_id\":" + q(defaultVoice)
                + ",\"supported_api_engines\":[" + engines + "],\"tags\":[],\"status\":" + q(status) + "}";
    }

    /** A voice object. */
    public static String voice(String id, String gender, String language, boolean pauses) {
        return "{\"voice_id\":\"" + id + "\",\"name\":\"" + name(id) + "\",\"language\":\"" + language
                + "\",\"gender\":\"" + gender + "\",\"support_pause\":" + pauses + ",\"support_locale\":false,\"type\":\"public\"}";
    }

    /** A video object. */
    public static String video(String id, String status, String url) {
        return "{\"id\":\"" + id + "\",\"status\":\"" + status + "\",\"video_url\":" + q(url) + ",\"duration\":12.5}";
    }

    /** Stubs GET look, answering with a public studio avatar that speaks with {@code voice_default}. */
    public static void stockLook(WireMockExtension wm, String lookId) {
        wm.stubFor(get("/v3/avatars/looks/" + lookId).willReturn(data(look(lookId, "studio_avatar", "female",
                "voice_default", "\"avatar_iv\",\"avatar_v\"", null))));
    }

    /** Stubs GET voice for a female English voice that supports pauses. */
    public static void stockVoice(WireMockExtension wm, String voiceId) {
        wm.stubFor(get("/v3/voices/" + voiceId).willReturn(data(voice(voiceId, "female", "English", true))));
    }

    /** Stubs POST /v3/videos answering with this id. */
    public static void creates(WireMockExtension wm, String videoId) {
        wm.stubFor(post("/v3/videos").willReturn(data("{\"video_id\":\"" + videoId
                + "\",\"status\":\"waiting\",\"output_format\":\"mp4\"}")));
    }

    /** Stubs GET video with a fixed status. */
    public static void status(WireMockExtension wm, String videoId, String status, String url) {
        wm.stubFor(get(urlPathEqualTo("/v3/videos/" + videoId)).willReturn(data(video(videoId, status, url))));
    }

    /** The POST /v3/videos requests the server saw. */
    public static List<ServeEvent> creates(WireMockExtension wm) {
        return wm.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getMethod().getName().equals("POST")
                        && e.getRequest().getUrl().equals("/v3/videos"))
                .toList();
    }

    /** A WireMock matcher for the create endpoint. */
    public static com.github.tomakehurst.wiremock.matching.RequestPatternBuilder createRequests() {
        return WireMock.postRequestedFor(WireMock.urlEqualTo("/v3/videos"));
    }

    private static String name(String id) {
        return id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }

    private static String q(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }
}
