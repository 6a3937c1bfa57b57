package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Videos move through their statuses on the sandbox clock, with durations and costs derived from the request. */
class VideoLifecycleTest extends SandboxTestBase {

    @Test
    void a_ten_second_script_is_pending_then_processing_then_completed_after_95_sandbox_seconds() {
        String id = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"title\":\"Tour\",\"script\":" + Raw.q(wordsOf(25)) + "}");
        JsonNode v = video(id);
        assertThat(v.get("status").asText()).isEqualTo("pending");
        assertThat(v.get("created_at").asLong()).isEqualTo(START.getEpochSecond());
        assertThat(v.get("video_url").isNull()).isTrue();
        assertThat(v.get("duration").isNull()).isTrue();
        sb.advance(Duration.ofSeconds(5));
        assertThat(video(id).get("status").asText()).isEqualTo("processing");
        sb.advance(Duration.ofSeconds(89));
        assertThat(video(id).get("status").asText()).as("30 + 4 x 10 s x 1.5 = 90 s of processing").isEqualTo("processing");
        sb.advance(Duration.ofSeconds(1));
        JsonNode done = video(id);
        assertThat(done.get("status").asText()).isEqualTo("completed");
        assertThat(done.get("duration").asDouble()).isEqualTo(10.0, within(0.001));
        assertThat(done.get("completed_at").asLong()).isEqualTo(START.getEpochSecond() + 95);
        assertThat(done.get("title").asText()).isEqualTo("Tour");
        for (String field : List.of("video_url", "thumbnail_url", "gif_url", "subtitle_url")) {
            assertThat(done.get(field).asText()).as(field).startsWith(sb.baseUri() + "/_media/videos/" + id + "/").contains("signature=");
        }
        assertThat(done.get("captioned_video_url").isNull()).as("no caption style requested").isTrue();
        assertThat(done.get("video_page_url").asText()).isEqualTo(sb.baseUri() + "/_sandbox/videos/" + id);
        assertThat(done.get("failure_code").isNull()).isTrue();
    }

    @Test
    void render_time_scales_with_resolution_and_duration() {
        String hd = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"resolution\":\"720p\",\"script\":" + Raw.q(wordsOf(25)) + "}");
        String uhd = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"resolution\":\"4k\",\"script\":" + Raw.q(wordsOf(25)) + "}");
        sb.advance(Duration.ofSeconds(5 + 30 + 40));
        assertThat(video(hd).get("status").asText()).isEqualTo("completed");
        assertThat(video(uhd).get("status").asText()).isEqualTo("processing");
        sb.advance(Duration.ofSeconds(80));
        assertThat(video(uhd).get("status").asText()).as("5 + 30 + 4 x 10 x 3 = 155 s").isEqualTo("completed");
    }

    @Test
    void pauses_count_only_for_voices_that_support_them_and_speed_shortens_speech() {
        String script = Raw.q("one two three four five <break time=\"1.5s\"/> six seven eight nine ten");
        String pausing = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"voice_id\":\"en_ava\",\"script\":" + script + "}");
        String ignoring = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"voice_id\":\"en_chloe\",\"script\":" + script + "}");
        String fast = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"voice_id\":\"en_chloe\",\"voice_settings\":{\"speed\":1.25},\"script\":" + script + "}");
        sb.advance(Duration.ofHours(1));
        assertThat(video(pausing).get("duration").asDouble()).isEqualTo(4.0 + 1.5, within(0.001));
        assertThat(video(ignoring).get("duration").asDouble()).isEqualTo(4.0, within(0.001));
        assertThat(video(fast).get("duration").asDouble()).isEqualTo(3.2, within(0.001));
    }

    @Test
    void studio_duration_is_the_sum_of_its_scenes_in_order() {
        String img = "{\"type\":\"url\",\"url\":\"https://example.com/slide.png\"}";
        String id = createVideo("{\"type\":\"studio\",\"scenes\":["
                + "{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":" + Raw.q(wordsOf(10)) + "}},"
                + "{\"type\":\"image\",\"source\":" + img + ",\"duration\":3},"
                + "{\"type\":\"avatar_video\",\"input\":{\"type\":\"avatar\",\"avatar_id\":\"marcus\",\"script\":" + Raw.q(wordsOf(5)) + "}}]}");
        sb.advance(Duration.ofHours(1));
        assertThat(video(id).get("duration").asDouble()).isEqualTo(4.0 + 3.0 + 2.0, within(0.001));
    }

    @Test
    void cinematic_lasts_its_duration_and_image_mode_follows_its_script() {
        String cine = createVideo("{\"type\":\"cinematic_avatar\",\"prompt\":\"Anna in a park\",\"avatar_id\":[\"anna\"],\"duration\":7}");
        String photo = createVideo("{\"type\":\"image\",\"image\":{\"type\":\"url\",\"url\":\"https://example.com/me.jpg\"},\"voice_id\":\"en_ava\",\"script\":"
                + Raw.q(wordsOf(5)) + "}");
        sb.advance(Duration.ofHours(1));
        assertThat(video(cine).get("duration").asDouble()).isEqualTo(7.0);
        assertThat(video(photo).get("duration").asDouble()).isEqualTo(2.0, within(0.001));
    }

    @Test
    void a_script_over_5000_characters_fails_with_script_too_long_and_costs_nothing() {
        String id = createVideo(say("anna", "word ".repeat(1001)));
        sb.advance(Duration.ofHours(1));
        JsonNode v = video(id);
        assertThat(v.get("status").asText()).isEqualTo("failed");
        assertThat(v.get("failure_code").asText()).isEqualTo("script_too_long");
        assertThat(v.get("failure_message").asText()).contains("5000");
        assertThat(v.get("video_url").isNull()).isTrue();
        assertThat(v.get("completed_at").asLong()).isEqualTo(START.getEpochSecond() + 10);
        assertThat(sb.remainingBalance()).isEqualTo(50.0);
    }

    @Test
    void failure_rate_one_fails_every_render_with_a_failure_code_and_the_seed_repeats_ids() {
        java.time.Instant start = java.time.Instant.parse("2026-01-01T09:00:00Z");
        try (Sandbox failing = Sandbox.builder().manualClock().failureRate(1.0).seed(7).startTime(start).start();
             Sandbox same = Sandbox.builder().manualClock().failureRate(1.0).seed(7).startTime(start).start()) {
            Raw a = new Raw(failing);
            Raw b = new Raw(same);
            String idA = a.post("/v3/videos", say("anna", "Hello")).data().get("video_id").asText();
            String idB = b.post("/v3/videos", say("anna", "Hello")).data().get("video_id").asText();
            assertThat(idA).isEqualTo(idB).matches("[0-9a-f]{32}");
            failing.advance(Duration.ofHours(1));
            JsonNode v = a.get("/v3/videos/" + idA).data();
            assertThat(v.get("status").asText()).isEqualTo("failed");
            assertThat(v.get("failure_code").asText()).isIn("render_failed", "tts_failed", "avatar_processing_failed");
            assertThat(v.get("failure_message").asText()).isNotBlank();
        }
    }

    @Test
    void a_restarted_sandbox_never_reuses_the_ids_of_an_earlier_run() {
        java.time.Instant start = java.time.Instant.parse("2026-01-01T09:00:00Z");
        try (Sandbox earlier = Sandbox.builder().manualClock().seed(7).startTime(start).start();
             Sandbox later = Sandbox.builder().manualClock().seed(7).startTime(start.plusSeconds(1)).start()) {
            String first = new Raw(earlier).post("/v3/videos", say("anna", "Hello")).data().get("video_id").asText();
            String second = new Raw(later).post("/v3/videos", say("anna", "Hello")).data().get("video_id").asText();
            assertThat(second).isNotEqualTo(first);
        }
    }

    @Test
    void a_failure_rate_fails_a_seeded_share_of_renders_the_same_way_every_run() {
        List<List<String>> runs = new java.util.ArrayList<>();
        for (int run = 0; run < 2; run++) {
            try (Sandbox half = Sandbox.builder().manualClock().failureRate(0.5).seed(11).start()) {
                Raw r = new Raw(half);
                List<String> ids = new java.util.ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    ids.add(r.post("/v3/videos", say("anna", "Take " + i)).data().get("video_id").asText());
                }
                half.advance(Duration.ofHours(1));
                runs.add(ids.stream().map(id -> r.get("/v3/videos/" + id).data().get("status").asText()).toList());
            }
        }
        assertThat(runs.get(0)).isEqualTo(runs.get(1));
        long failed = runs.get(0).stream().filter("failed"::equals).count();
        assertThat(failed).isBetween(4L, 16L);
        assertThat(runs.get(0)).containsOnly("completed", "failed");
    }

    @Test
    void completion_charges_the_wallet_per_rendered_second() {
        assertThat(raw.get("/v3/users/me").data().get("wallet").get("remaining_balance").asDouble()).isEqualTo(50.0);
        createVideo(say("anna", wordsOf(25)));
        assertThat(raw.get("/v3/users/me").data().get("wallet").get("remaining_balance").asDouble()).as("charged at completion only").isEqualTo(50.0);
        sb.advance(Duration.ofHours(1));
        JsonNode me = raw.get("/v3/users/me").data();
        assertThat(me.get("billing_type").asText()).isEqualTo("wallet");
        assertThat(me.get("wallet").get("remaining_balance").asDouble()).isEqualTo(50.0 - 10 * 0.0333, within(0.0001));
    }

    @Test
    void out_of_credit_is_402_counting_renders_still_in_progress() {
        try (Sandbox poor = Sandbox.builder().manualClock().creditBalance(0.5).start()) {
            Raw r = new Raw(poor);
            assertThat(r.post("/v3/videos", say("anna", wordsOf(25))).status()).isEqualTo(200);
            Raw.Reply second = r.post("/v3/videos", say("anna", wordsOf(25)));
            assertThat(second.status()).isEqualTo(402);
            assertThat(second.errorCode()).isEqualTo("insufficient_credit");
            assertThat(second.errorMessage()).contains("$");
        }
    }

    @Test
    void list_filters_by_title_substring_pages_newest_first_and_delete_makes_it_404() {
        String a = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"title\":\"Onboarding part 1\",\"script\":\"Hi\"}");
        String b = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"title\":\"Pricing\",\"script\":\"Hi\"}");
        String c = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"title\":\"onboarding part 2\",\"script\":\"Hi\"}");
        assertThat(all("/v3/videos", 1)).extracting(v -> v.get("id").asText()).containsExactly(c, b, a);
        assertThat(all("/v3/videos?title=ONBOARDING", 10)).extracting(v -> v.get("id").asText()).containsExactly(c, a);
        assertThat(all("/v3/videos?folder_id=f1", 10)).isEmpty();
        assertThat(raw.get("/v3/videos").json().get("data")).hasSize(3);
        Raw.Reply del = raw.delete("/v3/videos/" + b);
        assertThat(del.data().get("deleted").asBoolean()).isTrue();
        assertThat(raw.get("/v3/videos/" + b).status()).isEqualTo(404);
        assertThat(raw.delete("/v3/videos/" + b).errorCode()).isEqualTo("video_not_found");
        assertThat(all("/v3/videos", 10)).extracting(v -> v.get("id").asText()).containsExactly(c, a);
    }

    @Test
    void webm_output_format_is_echoed_on_create_and_captions_add_a_captioned_url() {
        Raw.Reply r = raw.post("/v3/videos", "{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hi there\",\"output_format\":\"webm\"}");
        assertThat(r.data().get("output_format").asText()).isEqualTo("webm");
        String captioned = createVideo("{\"type\":\"avatar\",\"avatar_id\":\"anna\",\"script\":\"Hi there\",\"caption\":{\"style\":\"default\"}}");
        sb.advance(Duration.ofHours(1));
        assertThat(video(captioned).get("captioned_video_url").asText()).contains("/captioned.mp4?");
    }

    @Test
    void scaled_clock_completes_a_short_render_in_real_seconds() throws Exception {
        try (Sandbox fast = Sandbox.builder().clockSpeed(400).start()) {
            Raw r = new Raw(fast);
            String id = r.post("/v3/videos", say("anna", "Quick one")).data().get("video_id").asText();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            String status = "";
            while (System.nanoTime() < deadline && !status.equals("completed")) {
                Thread.sleep(50);
                status = r.get("/v3/videos/" + id).data().get("status").asText();
            }
            assertThat(status).isEqualTo("completed");
        }
    }
}
