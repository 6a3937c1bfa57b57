package dev.heygenkit.internal.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.PollSchedule;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.RenderJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Render-time estimates on a virtual clock: none shown before the account has history (the rule of thumb only caps
 * polling), learnt from completed renders per API, account and mode, taken from a sandbox's own word from the first
 * render on, and a schedule that polls when the video is expected to be done.
 */
class EstimatesTest {
    @RegisterExtension
    static WireMockExtension wm = Api.server();

    @TempDir
    Path home;
    VirtualTime time;
    List<ProgressEvent> events;
    HeyGen client;
    Path journal;

    @BeforeEach
    void setUp() {
        wm.resetAll();
        time = new VirtualTime();
        events = Api.events();
        journal = home.resolve("renders.jsonl");
        client = Api.client(wm, time, journal, events);
        Api.stockLook(wm, "look_anna");
    }

    /** A video that was created at {@code created} and completes {@code seconds} later, once {@code sleeps} have passed. */
    private void rendersIn(String id, long seconds, int sleeps) {
        long created = time.instant().getEpochSecond();
        Api.creates(wm, id);
        Api.status(wm, id, "processing", null);
        time.afterSleep(n -> {
            if (n == sleeps) {
                wm.stubFor(get(urlPathEqualTo("/v3/videos/" + id)).willReturn(Api.data("{\"id\":\"" + id
                        + "\",\"status\":\"completed\",\"video_url\":\"https://cdn.example.com/" + id + ".mp4\","
                        + "\"duration\":4.0,\"created_at\":" + created + ",\"completed_at\":" + (created + seconds) + "}")));
            }
        });
    }

    private List<ProgressEvent.Polled> polls() {
        return events.stream().filter(e -> e instanceof ProgressEvent.Polled).map(e -> (ProgressEvent.Polled) e).toList();
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(journal)) {
            out.add(new ObjectMapper().readTree(line));
        }
        return out;
    }

    @Test
    void without_history_nothing_is_shown_and_polling_keeps_the_cli_grid() {
        rendersIn("vid_1", 600, 4);

        RenderJob job = Avatar.look("look_anna").say("Ten words to speak, about four seconds of video here.")
                .submit(client);
        job.await();

        assertThat(job.estimate()).as("a guess is not shown").isNull();
        assertThat(polls()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.estimate()).isNull();
            assertThat(p.message()).doesNotContain("left");
        });
        assertThat(time.sleepSeconds()).as("0, 6, 30, 60, 90 s: a rule of thumb is too rough to move polls")
                .containsExactly(6.0, 24.0, 30.0, 30.0);
    }

    @Test
    void a_completed_render_is_journaled_with_what_estimates_learn_from_and_never_the_key() throws IOException {
        rendersIn("vid_1", 540, 2);

        Avatar.look("look_anna").say("Ten words to speak, about four seconds of video here.").render(client);

        List<JsonNode> lines = lines();
        JsonNode submit = lines.stream().filter(n -> n.path("event").asText().equals("submit")).findFirst().orElseThrow();
        JsonNode done = lines.get(lines.size() - 1);
        assertThat(submit.path("mode").asText()).isEqualTo("avatar");
        assertThat(submit.path("length").asDouble()).isEqualTo(4.0, within(0.1));
        assertThat(submit.path("account").asText()).hasSize(16).isNotEqualTo(Api.KEY);
        assertThat(Files.readString(journal)).doesNotContain(Api.KEY);
        assertThat(done.path("status").asText()).isEqualTo("completed");
        assertThat(done.path("render_seconds").asDouble()).as("the server's timestamps").isEqualTo(540.0);
        assertThat(done.path("duration").asDouble()).isEqualTo(4.0);
    }

    @Test
    void the_next_render_of_the_same_mode_expects_what_the_last_ones_took() {
        rendersIn("vid_1", 600, 2);
        Avatar.look("look_anna").say("Ten words to speak, about four seconds of video here.").render(client);
        events.clear();
        rendersIn("vid_2", 620, 3);

        RenderJob next = Avatar.look("look_anna").say("Another ten words to speak, about four seconds of video.")
                .submit(client);

        assertThat(next.estimate()).as("same length: what the last one took").isEqualTo(Duration.ofSeconds(600));
        next.await();
        assertThat(polls().get(0).message()).contains("about 10 min 0 s left");
    }

    @Test
    void history_counts_only_for_the_same_api_and_account() {
        rendersIn("vid_1", 600, 2);
        Avatar.look("look_anna").say("Ten words to speak, about four seconds of video here.").render(client);
        HeyGen otherAccount = HeyGen.builder().apiKey("another-key-987654").baseUrl(Api.base(wm)).maxRetries(0)
                .clock(time).sleeper(time).journal(journal).progress(events::add)
                .pollSchedule(PollSchedule.defaults().jitter(0)).build();
        rendersIn("vid_2", 600, 2);

        RenderJob theirs = Avatar.look("look_anna").say("Another ten words to speak, about four seconds of video.")
                .submit(otherAccount);

        assertThat(theirs.estimate()).isNull();
    }

    @Test
    void a_sandbox_says_how_long_each_video_takes_so_the_first_render_is_estimated_right() {
        wm.stubFor(post("/v3/videos").willReturn(okJson("{\"data\":{\"video_id\":\"vid_s\",\"status\":\"waiting\"}}")
                .withHeader("X-Sandbox-Clock", "speed=30.0; now=1735689600.000")
                .withHeader("X-Sandbox-Render-Seconds", "vid_s=96.0")));
        Api.status(wm, "vid_s", "processing", null);
        time.afterSleep(n -> {
            if (n == 1) {
                Api.status(wm, "vid_s", "completed", "https://cdn.example.com/s.mp4");
            }
        });

        RenderJob job = Avatar.look("look_anna").say("Hello there").submit(client);
        job.await();

        assertThat(job.estimate()).isEqualTo(Duration.ofMillis(3200));
        assertThat(time.sleepSeconds()).as("one poll, a twentieth after it should be done").containsExactly(3.36);
        assertThat(polls().get(0).message()).contains("about 3 s left");
        assertThat(client.toString()).startsWith("HeyGen[sandbox ");
    }

    @Test
    void a_sandbox_on_a_manual_clock_teaches_nothing() throws IOException {
        wm.stubFor(post("/v3/videos").willReturn(okJson("{\"data\":{\"video_id\":\"vid_m\",\"status\":\"waiting\"}}")
                .withHeader("X-Sandbox-Clock", "speed=manual; now=1735689600.000")
                .withHeader("X-Sandbox-Render-Seconds", "vid_m=96.0")));
        wm.stubFor(get(urlPathEqualTo("/v3/videos/vid_m")).willReturn(Api.data("{\"id\":\"vid_m\",\"status\":"
                + "\"completed\",\"video_url\":\"https://cdn.example.com/m.mp4\",\"created_at\":1735689600,"
                + "\"completed_at\":1735689696}")));

        RenderJob job = Avatar.look("look_anna").say("Hello there").submit(client);
        job.await();

        assertThat(job.estimate()).as("manual sandbox time says nothing about real time").isNull();
        assertThat(lines().get(lines().size() - 1).has("render_seconds")).isFalse();
    }

    @Test
    void with_several_lengths_a_line_is_fitted_and_one_odd_render_does_not_drag_it() {
        List<RenderHistory.Sample> samples = new ArrayList<>();
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        for (int length = 5; length <= 60; length += 5) {
            samples.add(new RenderHistory.Sample(at, "b", "acct", "avatar", (double) length, 300 + 20.0 * length));
        }
        samples.add(new RenderHistory.Sample(at, "b", "acct", "avatar", 10.0, 5000));

        Estimate e = RenderHistory.estimate(samples, "b", "acct", "avatar", Duration.ofSeconds(30));

        assertThat(e.basis()).isEqualTo(Estimate.Basis.HISTORY);
        assertThat(e.samples()).isEqualTo(13);
        assertThat(e.time().toSeconds()).isCloseTo(900, within(45L));
    }

    @Test
    void another_mode_stands_in_only_with_enough_renders_and_other_apis_never() {
        Instant at = Instant.parse("2025-01-01T00:00:00Z");
        List<RenderHistory.Sample> two = List.of(new RenderHistory.Sample(at, "b", "a", "studio", 10.0, 700),
                new RenderHistory.Sample(at, "b", "a", "studio", 10.0, 720));
        List<RenderHistory.Sample> three = new ArrayList<>(two);
        three.add(new RenderHistory.Sample(at, "b", "a", "image", 10.0, 710));

        assertThat(RenderHistory.estimate(two, "b", "a", "avatar", Duration.ofSeconds(10))).isNull();
        assertThat(RenderHistory.estimate(three, "b", "a", "avatar", Duration.ofSeconds(10)).time())
                .isEqualTo(Duration.ofSeconds(710));
        assertThat(RenderHistory.estimate(three, "other", "a", "studio", Duration.ofSeconds(10))).isNull();
        assertThat(RenderHistory.estimate(two, "b", "a", "studio", null).time()).as("no length: the median")
                .isEqualTo(Duration.ofSeconds(710));
    }
}
