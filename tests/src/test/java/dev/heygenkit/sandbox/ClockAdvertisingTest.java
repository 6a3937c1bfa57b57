package dev.heygenkit.sandbox;

import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.ProgressListener;
import dev.heygenkit.RenderJob;
import dev.heygenkit.Video;
import dev.heygenkit.notebook.VideoTable;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox says how its clock relates to real time in every answer and how long each video it names takes, so
 * clients estimate sandbox renders right from the first one and show sandbox times as their own clock read them.
 */
class ClockAdvertisingTest extends SandboxTestBase {
    @Test
    void every_answer_carries_the_clock_and_video_answers_each_videos_render_time() {
        String id = createVideo(say("anna", "Hello there, this is a short one."));
        Raw.Reply get = raw.get("/v3/videos/" + id);
        Raw.Reply looks = raw.get("/v3/avatars/looks?limit=1");
        Raw.Reply health = raw.get("/_sandbox/health");
        Raw.Reply missing = raw.get("/v3/videos/nope");

        for (Raw.Reply r : List.of(get, looks, health, missing)) {
            assertThat(r.headers().firstValue("X-Sandbox-Clock")).as(r.text())
                    .hasValue("speed=manual; now=" + START.getEpochSecond() + ".000");
        }
        assertThat(get.headers().firstValue("X-Sandbox-Render-Seconds").orElseThrow()).matches(id + "=\\d+\\.\\d+");
        double seconds = Double.parseDouble(get.headers().firstValue("X-Sandbox-Render-Seconds").orElseThrow()
                .substring(id.length() + 1));
        sb.advance(Duration.ofMillis(Math.round(seconds * 1000) - 1000));
        assertThat(video(id).path("status").asText()).as("a second before: not yet").isNotEqualTo("completed");
        sb.advance(Duration.ofSeconds(1));
        assertThat(video(id).path("status").asText()).isEqualTo("completed");
        assertThat(looks.headers().firstValue("X-Sandbox-Render-Seconds")).isEmpty();
    }

    @Test
    void on_a_running_clock_the_first_render_is_estimated_from_the_sandboxs_word_and_lands_close() {
        try (Sandbox running = Sandbox.builder().clockSpeed(30).start()) {
            HeyGen client = HeyGen.builder().sandbox(running).noJournal().build();
            List<ProgressEvent> events = new CopyOnWriteArrayList<>();

            long t0 = System.nanoTime();
            RenderJob job = Avatar.look("anna").say("Hello! This video was made in a Java notebook.").resolution("720p")
                    .submit(client, ProgressListener.NONE);
            Video done = job.await(Duration.ofMinutes(1), events::add);
            Duration took = Duration.ofNanos(System.nanoTime() - t0);

            // 5 s pending + 30 + 4 x 3.6 s at 720p = 49.4 sandbox seconds, 1.65 s at 30x.
            assertThat(job.estimate()).isEqualTo(Duration.ofMillis(1647));
            assertThat(done.status().isCompleted()).isTrue();
            List<ProgressEvent.Polled> polls = events.stream().filter(e -> e instanceof ProgressEvent.Polled)
                    .map(e -> (ProgressEvent.Polled) e).toList();
            assertThat(polls).as("a look at once, one when it should be done, at most one more").hasSizeBetween(1, 3);
            assertThat(polls.get(0).message()).contains("s left");
            // just past the estimate, but never before HeyGen CLI's own second poll at 2 s (the waiter's request budget)
            Duration landing = job.estimate().plus(job.estimate().dividedBy(20));
            assertThat(polls.get(0).nextPoll()).as("the second look lands just past the estimate or at 2 s, not later")
                    .isLessThanOrEqualTo(landing.compareTo(Duration.ofSeconds(2)) > 0 ? landing : Duration.ofSeconds(2));
            assertThat(took).as("a loose bound: the machine may be busy").isLessThan(Duration.ofSeconds(10));
            System.out.println("sandbox render: estimated " + job.estimate().toMillis() + " ms, seen done after "
                    + took.toMillis() + " ms");
        }
    }

    @Test
    void a_video_table_shows_sandbox_times_as_the_local_clock_read_them() {
        Instant ahead = Instant.now().plus(Duration.ofHours(6)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        try (Sandbox fast = Sandbox.builder().clockSpeed(30).startTime(ahead).start()) {
            HeyGen client = HeyGen.builder().sandbox(fast).noJournal().build();
            Video v = Avatar.look("anna").say("Hi.").resolution("720p").render(client, ProgressListener.NONE);

            String table = VideoTable.ofVideos(List.of(v)).text();

            DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
            Instant now = Instant.now();
            assertThat(table).as("sandbox time is six hours ahead; the table shows local time")
                    .containsAnyOf(minute.format(now), minute.format(now.minusSeconds(60)))
                    .doesNotContain(minute.format(ahead));
        }
    }
}
