package dev.heygenkit.internal.render;

import dev.heygenkit.PollSchedule;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.ProgressListener;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.RenderFailedException;
import dev.heygenkit.RenderInterruptedException;
import dev.heygenkit.RenderTimeoutException;
import dev.heygenkit.Video;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.VideoStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The waiter on a virtual clock: schedule, deadline, interrupts, failures and statuses it does not know. */
class WaiterTest {
    @RegisterExtension
    static WireMockExtension wm = Api.server();

    @TempDir
    Path home;
    VirtualTime time;
    List<ProgressEvent> events;
    HeyGen client;

    @BeforeEach
    void setUp() {
        wm.resetAll();
        time = new VirtualTime();
        events = Api.events();
        client = Api.client(wm, time, home.resolve("renders.jsonl"), events);
    }

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private Waiter waiter(PollSchedule schedule) {
        return new Waiter(client.videos(), time, time, schedule);
    }

    private void completeAfter(String id, int sleeps) {
        Api.status(wm, id, "processing", null);
        time.afterSleep(n -> {
            if (n == sleeps) {
                Api.status(wm, id, "completed", "https://cdn.example.com/" + id + ".mp4");
            }
        });
    }

    @Test
    void without_an_estimate_polls_keep_the_cli_grid_but_skip_its_early_polls() {
        completeAfter("vid", 5);
        VideoInfo done = waiter(PollSchedule.defaults().jitter(0)).await("vid", VideoStatus.WAITING, Duration.ofMinutes(30),
                null, events::add);
        assertThat(done.status()).isEqualTo(VideoStatus.COMPLETED);
        // polls at 0, 6 (quick failures), 30, 60, 90, 120 s; HeyGen's CLI would have polled 8 times by 120 s
        assertThat(time.sleepSeconds()).containsExactly(6.0, 24.0, 30.0, 30.0, 30.0);
        wm.verify(6, getRequestedFor(urlEqualTo("/v3/videos/vid")));
    }

    @Test
    void an_expected_render_time_moves_the_polls_to_where_it_should_end() {
        completeAfter("vid", 6);
        waiter(PollSchedule.defaults().jitter(0)).await("vid", VideoStatus.WAITING, Duration.ofMinutes(30),
                Duration.ofSeconds(100), events::add);
        // 0, the early check at 6 s, the window's opening at 100·e^-0.5 = 60.653 s, then what is left of the grid's
        // budget up to the window's end (100·e^0.5 = 164.872 s: 9 polls) spread over three quarters of what is left
        // of the window, each time anew: (164.872 - 60.653) / 6 · 0.75 = 13.027 s, then 13.679 s, …
        assertThat(time.sleepSeconds()).containsExactly(6.0, 54.653, 13.027, 13.679, 14.534, 15.745);
        assertThat(events).filteredOn(e -> e instanceof ProgressEvent.Polled).first()
                .satisfies(e -> assertThat(e.message()).contains("about 1 min 40 s left"));
    }

    @Test
    void jitter_shortens_a_back_off_wait_by_at_most_twenty_percent_and_never_lengthens_it() {
        PollSchedule s = PollSchedule.defaults();
        assertThat(s.delay(0, 0.0).toMillis()).isEqualTo(2000);
        assertThat(s.delay(0, 0.999999).toMillis()).isCloseTo(1600, within(1L));
        assertThat(s.delay(40, 0.5)).isEqualTo(Duration.ofSeconds(27));
    }

    @Test
    void deadline_raises_timeout_with_id_and_last_status_and_never_resubmits() {
        Api.stockLook(wm, "look_anna");
        Api.creates(wm, "vid_slow");
        Api.status(wm, "vid_slow", "processing", null);
        assertThatThrownBy(() -> Avatar.look("look_anna").say("Hi").render(client, Duration.ofMinutes(2)))
                .isInstanceOfSatisfying(RenderTimeoutException.class, e -> {
                    assertThat(e.videoId()).isEqualTo("vid_slow");
                    assertThat(e.lastStatus()).isEqualTo(VideoStatus.PROCESSING);
                    assertThat(e.waited()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(e.getMessage()).contains("vid_slow", "processing", "not resubmitted");
                    assertThat(e.code()).isEqualTo("timeout");
                });
        assertThat(time.sleeps().stream().mapToLong(Duration::toMillis).sum()).isEqualTo(120_000);
        wm.verify(1, Api.createRequests());
    }

    @Test
    void interrupt_between_polls_stops_waiting_and_keeps_the_flag() {
        Api.status(wm, "vid", "processing", null);
        time.afterSleep(n -> {
            if (n == 2) {
                Thread.currentThread().interrupt();
            }
        });
        assertThatThrownBy(() -> waiter(PollSchedule.defaults()).await("vid", VideoStatus.WAITING, Duration.ofMinutes(5),
                null, events::add))
                .isInstanceOfSatisfying(RenderInterruptedException.class, e -> {
                    assertThat(e.videoId()).isEqualTo("vid");
                    assertThat(e.lastStatus()).isEqualTo(VideoStatus.PROCESSING);
                });
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void interrupt_during_a_wait_stops_waiting_and_keeps_the_flag() {
        Api.status(wm, "vid", "pending", null);
        ProgressListener interruptOnFirstPoll = e -> {
            if (e instanceof ProgressEvent.Polled) {
                Thread.currentThread().interrupt();
            }
        };
        assertThatThrownBy(() -> waiter(PollSchedule.defaults()).await("vid", VideoStatus.WAITING, Duration.ofMinutes(5),
                null, interruptOnFirstPoll))
                .isInstanceOf(RenderInterruptedException.class)
                .hasCauseInstanceOf(InterruptedException.class);
        assertThat(Thread.currentThread().isInterrupted()).isTrue();
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void failed_video_raises_render_failed_with_its_code_message_and_video() {
        Api.stockLook(wm, "look_anna");
        Api.creates(wm, "vid_bad");
        wm.stubFor(get("/v3/videos/vid_bad").willReturn(Api.data("{\"id\":\"vid_bad\",\"status\":\"failed\","
                + "\"failure_code\":\"script_too_long\",\"failure_message\":\"Script too long for selected avatar\"}")));
        assertThatThrownBy(() -> Avatar.look("look_anna").say("Hi").render(client))
                .isInstanceOfSatisfying(RenderFailedException.class, e -> {
                    assertThat(e.failureCode()).isEqualTo("script_too_long");
                    assertThat(e.failureMessage()).isEqualTo("Script too long for selected avatar");
                    assertThat(e.video().id()).isEqualTo("vid_bad");
                    assertThat(e.video().status()).isEqualTo(VideoStatus.FAILED);
                    assertThat(e.getMessage()).isEqualTo("Video vid_bad failed (script_too_long): Script too long for selected avatar");
                    assertThat(e.hint()).contains("Scenes.of");
                });
    }

    @Test
    void unknown_statuses_count_as_in_progress() {
        wm.stubFor(get("/v3/videos/vid").willReturn(Api.data(Api.video("vid", "rendering_on_gpu", null))));
        time.afterSleep(n -> {
            if (n == 3) {
                Api.status(wm, "vid", "completed", "https://cdn.example.com/vid.mp4");
            }
        });
        VideoInfo done = waiter(PollSchedule.defaults().jitter(0)).await("vid", VideoStatus.WAITING, Duration.ofMinutes(5),
                null, events::add);
        assertThat(done.status().isCompleted()).isTrue();
        assertThat(events).filteredOn(e -> e instanceof ProgressEvent.StatusChanged).extracting(ProgressEvent::message)
                .containsExactly("video vid: waiting -> rendering_on_gpu after 0 s", "video vid: rendering_on_gpu -> completed after 1 min 0 s");
    }

    @Test
    void a_failed_status_check_is_reported_and_polled_through() {
        wm.stubFor(get("/v3/videos/vid").willReturn(Api.error(503, "internal_error", "busy")));
        time.afterSleep(n -> {
            if (n == 1) {
                Api.status(wm, "vid", "completed", "https://cdn.example.com/vid.mp4");
            }
        });
        VideoInfo done = waiter(PollSchedule.defaults()).await("vid", VideoStatus.WAITING, Duration.ofMinutes(5), null, events::add);
        assertThat(done.status().isCompleted()).isTrue();
        assertThat(events).anyMatch(e -> e instanceof ProgressEvent.Note n && n.message().contains("status check failed"));
    }

    @Test
    void render_reports_submit_status_changes_and_finish_to_the_listener() {
        Api.stockLook(wm, "look_anna");
        Api.creates(wm, "vid_ok");
        completeAfter("vid_ok", 2);
        Video v = Avatar.look("look_anna").say("Hello there").render(client);
        assertThat(v.id()).isEqualTo("vid_ok");
        assertThat(v.url()).isEqualTo("https://cdn.example.com/vid_ok.mp4");
        assertThat(v).hasToString("Video[id=vid_ok, status=completed, 12.5s]");
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsSubsequence(
                "Note", "Submitted", "StatusChanged", "Polled", "Polled", "StatusChanged", "Finished");
    }

    @Test
    void process_default_listener_receives_events_when_the_client_has_none() {
        List<ProgressEvent> seen = Api.events();
        ProgressListener previous = ProgressListener.replaceProcessDefault(seen::add);
        try {
            HeyGen plain = HeyGen.builder().apiKey(Api.KEY).baseUrl(Api.base(wm)).maxRetries(0).clock(time).sleeper(time)
                    .journal(home.resolve("p.jsonl")).build();
            Api.stockLook(wm, "look_anna");
            Api.creates(wm, "vid_p");
            Api.status(wm, "vid_p", "completed", "https://cdn.example.com/p.mp4");
            Avatar.look("look_anna").say("Hi").render(plain);
            assertThat(seen).anyMatch(e -> e instanceof ProgressEvent.Finished);
            List<ProgressEvent> perCall = Api.events();
            Avatar.look("look_anna").say("Hi").fresh().render(plain, perCall::add);
            assertThat(perCall).anyMatch(e -> e instanceof ProgressEvent.Finished);
        } finally {
            ProgressListener.replaceProcessDefault(previous);
        }
    }
}
