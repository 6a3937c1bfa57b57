package dev.heygenkit.internal.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.WebhookReceiver;
import dev.heygenkit.testing.Deliveries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.heygenkit.testing.Deliveries.HEADER;
import static dev.heygenkit.testing.Deliveries.event;
import static dev.heygenkit.testing.Deliveries.post;
import static dev.heygenkit.testing.Deliveries.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The receiver over real HTTP on 127.0.0.1: what it accepts, refuses, records once, and how it starts and stops. */
class WebhookReceiverTest {
    static final String SECRET = "whsec_receiver_test_secret_1";
    static final String OTHER = "whsec_receiver_test_secret_2";
    static final Instant NOW = Instant.parse("2026-01-05T10:00:48.500Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    final List<WebhookReceiver> started = new ArrayList<>();
    final List<String> notes = new CopyOnWriteArrayList<>();
    final BlockingQueue<WebhookReceiver.Received> received = new LinkedBlockingQueue<>();

    WebhookReceiver.Builder builder() {
        return WebhookReceiver.builder().events(dir.resolve("events.jsonl")).onEvent(received::add).listener(notes::add)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    WebhookReceiver start(WebhookReceiver.Builder b) {
        WebhookReceiver r = b.start();
        started.add(r);
        return r;
    }

    @AfterEach
    void stop() {
        started.forEach(WebhookReceiver::close);
        assertThat(notes).as("no secret in any note").noneMatch(n -> n.contains(SECRET) || n.contains(OTHER));
    }

    List<String> lines() throws Exception {
        Path f = dir.resolve("events.jsonl");
        return Files.exists(f) ? Files.readAllLines(f, StandardCharsets.UTF_8) : List.of();
    }

    WebhookReceiver.Received next() throws InterruptedException {
        WebhookReceiver.Received r = received.poll(5, TimeUnit.SECONDS);
        assertThat(r).as("the callback got an event within 5 s").isNotNull();
        return r;
    }

    @Test
    void a_signed_delivery_is_answered_200_written_as_one_line_and_handed_to_the_callback() throws Exception {
        WebhookReceiver r = start(builder().secret(SECRET));
        assertThat(r.url().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
        byte[] body = event("evt_1", "avatar_video.success", "vid_1");
        assertThat(post(r.url(), body, SECRET)).isEqualTo(200);
        // The line is on disk before the 200, so it is there now.
        List<String> lines = lines();
        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.get(0));
        List<String> keys = new ArrayList<>();
        line.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("received_at", "event_id", "event_type", "created_at", "verified", "event_data");
        assertThat(line.get("received_at").asText()).isEqualTo("2026-01-05T10:00:48.500Z");
        assertThat(line.get("event_id").asText()).isEqualTo("evt_1");
        assertThat(line.get("event_type").asText()).isEqualTo("avatar_video.success");
        assertThat(line.get("created_at").asText()).isEqualTo("2026-01-05T10:00:47Z");
        assertThat(line.get("verified").asBoolean()).isTrue();
        assertThat(line.get("event_data")).isEqualTo(JSON.readTree("{\"video_id\":\"vid_1\",\"video_url\":\"https://x/v.mp4\",\"callback_id\":\"order-42\"}"));
        WebhookReceiver.Received e = next();
        assertThat(e.eventId()).isEqualTo("evt_1");
        assertThat(e.videoId()).isEqualTo("vid_1");
        assertThat(e.event().callbackId()).isEqualTo("order-42");
        assertThat(e.verified()).isTrue();
        assertThat(e.receivedAt()).isEqualTo(NOW);
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.toString()).doesNotContain(SECRET);
    }

    @Test
    void a_tampered_body_a_wrong_secret_and_a_missing_or_blank_header_are_401_and_not_recorded() throws Exception {
        WebhookReceiver r = start(builder().secret(SECRET));
        byte[] body = event("evt_1", "avatar_video.success", "vid_1");
        byte[] tampered = event("evt_1", "avatar_video.success", "vid_2");
        assertThat(post(r.url(), tampered, HEADER, sign(SECRET, body))).isEqualTo(401);
        assertThat(post(r.url(), body, OTHER)).isEqualTo(401);
        assertThat(post(r.url(), body, HEADER, null)).isEqualTo(401);
        assertThat(post(r.url(), body, HEADER, " ")).isEqualTo(401);
        assertThat(post(r.url(), body, HEADER, "not-hex")).isEqualTo(401);
        assertThat(lines()).isEmpty();
        assertThat(r.rejected()).isEqualTo(5);
        assertThat(r.accepted()).isZero();
        assertThat(received).isEmpty();
        assertThat(notes).anyMatch(n -> n.contains("no X-HeyGen-Signature header (401)"))
                .anyMatch(n -> n.contains("does not match the body under any accepted secret (401)"));
    }

    @Test
    void a_repeated_delivery_is_answered_200_but_recorded_once() throws Exception {
        WebhookReceiver r = start(builder().secret(SECRET));
        byte[] body = event("evt_1", "avatar_video.success", "vid_1");
        assertThat(post(r.url(), body, SECRET)).isEqualTo(200);
        assertThat(post(r.url(), body, SECRET)).isEqualTo(200);
        // Without an event id, the type and video id identify the event.
        byte[] noId = event(null, "avatar_video.fail", "vid_2");
        assertThat(post(r.url(), noId, SECRET)).isEqualTo(200);
        assertThat(post(r.url(), noId, SECRET)).isEqualTo(200);
        // Another type for the same video is another event.
        assertThat(post(r.url(), event(null, "avatar_video_gif.success", "vid_2"), SECRET)).isEqualTo(200);
        assertThat(lines()).hasSize(3);
        assertThat(r.accepted()).isEqualTo(3);
        assertThat(r.duplicates()).isEqualTo(2);
        assertThat(List.of(next().eventId(), String.valueOf(next().eventType()), String.valueOf(next().eventType())))
                .containsExactly("evt_1", "avatar_video.fail", "avatar_video_gif.success");
        assertThat(received).isEmpty();
        assertThat(notes).anyMatch(n -> n.contains("repeat of avatar_video.success video vid_1 (evt_1)"));
    }

    @Test
    void a_restarted_receiver_still_recognises_repeats_of_events_in_its_file() throws Exception {
        WebhookReceiver first = start(builder().secret(SECRET));
        byte[] body = event("evt_1", "avatar_video.success", "vid_1");
        assertThat(post(first.url(), body, SECRET)).isEqualTo(200);
        first.close();
        WebhookReceiver second = start(builder().secret(SECRET));
        assertThat(post(second.url(), body, SECRET)).isEqualTo(200);
        assertThat(lines()).hasSize(1);
        assertThat(second.duplicates()).isEqualTo(1);
    }

    @Test
    void during_a_rotation_both_secrets_verify_and_the_old_one_fails_once_removed() throws Exception {
        WebhookReceiver r = start(builder().secret(SECRET));
        r.addSecret(OTHER);
        assertThat(r.secretCount()).isEqualTo(2);
        assertThat(post(r.url(), event("evt_old", "avatar_video.success", "v1"), SECRET)).isEqualTo(200);
        assertThat(post(r.url(), event("evt_new", "avatar_video.success", "v2"), OTHER)).isEqualTo(200);
        assertThat(r.removeSecret(SECRET)).isTrue();
        assertThat(r.removeSecret(SECRET)).isFalse();
        assertThat(post(r.url(), event("evt_late", "avatar_video.success", "v3"), SECRET)).isEqualTo(401);
        assertThat(post(r.url(), event("evt_new2", "avatar_video.success", "v4"), OTHER)).isEqualTo(200);
        assertThat(lines()).hasSize(3).noneMatch(l -> l.contains("evt_late"));
    }

    @Test
    void a_body_over_the_limit_is_413_and_one_at_the_limit_is_taken() throws Exception {
        WebhookReceiver r = start(builder().secret(SECRET).maxBodyBytes(1024));
        byte[] base = event("evt_1", "avatar_video.success", "vid_1");
        byte[] atLimit = (new String(base, StandardCharsets.UTF_8) + " ".repeat(1024 - base.length)).getBytes(StandardCharsets.UTF_8);
        byte[] over = (new String(base, StandardCharsets.UTF_8) + " ".repeat(1025 - base.length)).getBytes(StandardCharsets.UTF_8);
        assertThat(post(r.url(), over, SECRET)).isEqualTo(413);
        assertThat(lines()).isEmpty();
        assertThat(post(r.url(), atLimit, SECRET)).isEqualTo(200);
        assertThat(lines()).hasSize(1);
    }

    @Test
    void a_chunked_body_without_a_length_is_cut_off_at_the_limit_too() throws Exception {
        WebhookReceiver r = start(builder().secret(SECRET).maxBodyBytes(1024));
        byte[] base = event("evt_1", "avatar_video.success", "vid_1");
        byte[] over = (new String(base, StandardCharsets.UTF_8) + " ".repeat(1025 - base.length)).getBytes(StandardCharsets.UTF_8);
        // A publisher of unknown length makes the client send chunks and no Content-Length.
        HttpResponse<String> chunked = Deliveries.send(HttpRequest.newBuilder(r.url()).header(HEADER, sign(SECRET, over))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(over))).build());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(lines()).isEmpty();
    }

    @Test
    void methods_other_than_post_are_405_with_an_allow_header_and_options_is_answered() {
        WebhookReceiver r = start(builder().secret(SECRET));
        HttpResponse<String> get = Deliveries.send(HttpRequest.newBuilder(r.url()).GET().build());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST, OPTIONS");
        assertThat(Deliveries.send(HttpRequest.newBuilder(r.url()).PUT(HttpRequest.BodyPublishers.ofString("{}")).build())
                .statusCode()).isEqualTo(405);
        assertThat(Deliveries.send(HttpRequest.newBuilder(r.url()).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build())
                .statusCode()).isEqualTo(204);
        assertThat(r.rejected()).isEqualTo(2);
    }

    @Test
    void a_signed_body_that_is_not_an_event_is_400() throws Exception {
        WebhookReceiver r = start(builder().secret(SECRET));
        for (String body : List.of("not json", "[1,2]", "{\"event_data\":{}}", "{\"event_type\":\" \"}")) {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            assertThat(post(r.url(), b, SECRET)).as(body).isEqualTo(400);
        }
        assertThat(lines()).isEmpty();
    }

    @Test
    void the_signature_header_name_is_configurable() throws Exception {
        WebhookReceiver r = start(builder().secret(SECRET).header("Signature"));
        byte[] body = event("evt_1", "avatar_video.success", "vid_1");
        assertThat(post(r.url(), body, HEADER, sign(SECRET, body))).isEqualTo(401);
        assertThat(post(r.url(), body, "signature", sign(SECRET, body))).isEqualTo(200);
    }

    @Test
    void without_a_secret_it_refuses_to_start_unless_insecure_which_takes_unsigned_deliveries() throws Exception {
        assertThatThrownBy(() -> builder().start()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs the endpoint's secret").hasMessageContaining("insecure()");
        WebhookReceiver r = start(builder().insecure());
        assertThat(post(r.url(), event(null, "avatar_video.success", "vid_1"), HEADER, null)).isEqualTo(200);
        assertThat(next().verified()).isFalse();
        assertThat(JSON.readTree(lines().get(0)).get("verified").asBoolean()).isFalse();
    }

    @Test
    void insecure_with_a_secret_still_refuses_a_bad_signature_and_marks_only_checked_ones_verified() throws Exception {
        WebhookReceiver r = start(builder().insecure().secret(SECRET));
        assertThat(post(r.url(), event("evt_1", "avatar_video.success", "v1"), OTHER)).isEqualTo(401);
        assertThat(post(r.url(), event("evt_2", "avatar_video.success", "v2"), SECRET)).isEqualTo(200);
        assertThat(post(r.url(), event("evt_3", "avatar_video.success", "v3"), HEADER, null)).isEqualTo(200);
        assertThat(List.of(next().verified(), next().verified())).containsExactly(true, false);
    }

    @Test
    void a_port_in_use_and_an_events_file_in_use_fail_with_one_line_errors() {
        WebhookReceiver r = start(builder().secret(SECRET));
        assertThatThrownBy(() -> WebhookReceiver.builder().secret(SECRET).port(r.port()).start())
                .isInstanceOf(HeyGenException.class).hasMessage("Port " + r.port() + " on 127.0.0.1 is already in use.")
                .satisfies(e -> assertThat(((HeyGenException) e).hint()).contains("another port"));
        assertThatThrownBy(() -> builder().secret(SECRET).start())
                .isInstanceOf(HeyGenException.class).hasMessageContaining("is in use by another receiver");
        assertThatThrownBy(() -> WebhookReceiver.builder().port(70000)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("port 70000 is out of range; use 1 to 65535, or 0 for any free port");
    }

    @Test
    void a_failing_callback_is_noted_and_later_events_still_arrive() throws Exception {
        BlockingQueue<String> ids = new LinkedBlockingQueue<>();
        WebhookReceiver r = start(builder().secret(SECRET).onEvent(e -> {
            if ("evt_1".equals(e.eventId())) {
                throw new IllegalStateException("boom");
            }
            ids.add(e.eventId());
        }));
        assertThat(post(r.url(), event("evt_1", "avatar_video.success", "v1"), SECRET)).isEqualTo(200);
        assertThat(post(r.url(), event("evt_2", "avatar_video.success", "v2"), SECRET)).isEqualTo(200);
        assertThat(ids.poll(5, TimeUnit.SECONDS)).isEqualTo("evt_2");
        assertThat(notes).anyMatch(n -> n.contains("onEvent callback failed on avatar_video.success") && n.contains("boom"));
    }

    @Test
    void close_stops_answering_and_is_safe_twice() {
        WebhookReceiver r = start(builder().secret(SECRET));
        URI url = r.url();
        r.close();
        r.close();
        assertThat(notes).filteredOn(n -> n.startsWith("webhooks: stopped ")).hasSize(1);
        assertThatThrownBy(() -> post(url, event("evt_1", "avatar_video.success", "v1"), SECRET)).isInstanceOf(AssertionError.class);
    }

    @Test
    void concurrent_deliveries_each_land_on_their_own_whole_line() throws Exception {
        WebhookReceiver r = start(builder().secret(SECRET));
        List<Thread> threads = new ArrayList<>();
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        for (int t = 0; t < 4; t++) {
            int base = t * 25;
            Thread thread = new Thread(() -> {
                for (int i = base; i < base + 25; i++) {
                    statuses.add(post(r.url(), event("evt_" + i, "avatar_video.success", "v" + i), SECRET));
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(statuses).hasSize(100).containsOnly(200);
        List<String> lines = lines();
        assertThat(lines).hasSize(100);
        for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
            assertThat(JSON.readTree(it.next()).get("event_type").asText()).isEqualTo("avatar_video.success");
        }
        assertThat(WebhookReceiver.read(dir.resolve("events.jsonl"), 0).events()).extracting(WebhookReceiver.Received::eventId)
                .hasSize(100).doesNotHaveDuplicates();
    }
}
