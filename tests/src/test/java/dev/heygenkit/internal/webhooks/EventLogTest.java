package dev.heygenkit.internal.webhooks;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.heygenkit.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import static dev.heygenkit.testing.Deliveries.event;
import static dev.heygenkit.testing.Deliveries.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Reading the events file from an offset, as the batch runner does, with lines torn or still being written. */
class EventLogTest {
    static final String SECRET = "whsec_event_log_test";

    @TempDir
    Path dir;

    static String line(String eventId, String videoId) {
        return new String(new EventLine(Instant.parse("2026-01-05T10:00:00Z"), eventId, "avatar_video.success", null, true,
                JsonNodeFactory.instance.objectNode().put("video_id", videoId)).toBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void a_read_returns_complete_lines_and_the_offset_to_continue_from() throws Exception {
        Path f = dir.resolve("events.jsonl");
        Files.writeString(f, line("evt_1", "v1") + line("evt_2", "v2"));
        WebhookReceiver.Tail all = WebhookReceiver.read(f, 0);
        assertThat(all.events()).extracting(WebhookReceiver.Received::eventId).containsExactly("evt_1", "evt_2");
        assertThat(all.events()).extracting(WebhookReceiver.Received::videoId).containsExactly("v1", "v2");
        assertThat(all.offset()).isEqualTo(Files.size(f));
        Files.writeString(f, line("evt_3", "v3"), StandardOpenOption.APPEND);
        WebhookReceiver.Tail more = WebhookReceiver.read(f, all.offset());
        assertThat(more.events()).extracting(WebhookReceiver.Received::eventId).containsExactly("evt_3");
        assertThat(WebhookReceiver.read(f, more.offset()).events()).isEmpty();
    }

    @Test
    void a_torn_last_line_is_left_unread_until_it_is_complete() throws Exception {
        Path f = dir.resolve("events.jsonl");
        String second = line("evt_2", "v2");
        Files.writeString(f, line("evt_1", "v1") + second.substring(0, 30));
        WebhookReceiver.Tail first = WebhookReceiver.read(f, 0);
        assertThat(first.events()).extracting(WebhookReceiver.Received::eventId).containsExactly("evt_1");
        assertThat(first.skipped()).isZero();
        assertThat(first.offset()).isEqualTo(line("evt_1", "v1").getBytes(StandardCharsets.UTF_8).length);
        Files.writeString(f, second.substring(30), StandardOpenOption.APPEND);
        WebhookReceiver.Tail rest = WebhookReceiver.read(f, first.offset());
        assertThat(rest.events()).extracting(WebhookReceiver.Received::eventId).containsExactly("evt_2");
        assertThat(rest.offset()).isEqualTo(Files.size(f));
    }

    @Test
    void a_receiver_opening_a_file_torn_by_a_crash_isolates_the_torn_line_and_appends_after_it() throws Exception {
        Path f = dir.resolve("events.jsonl");
        Files.writeString(f, line("evt_1", "v1") + line("evt_2", "v2").substring(0, 40));
        try (WebhookReceiver r = WebhookReceiver.builder().secret(SECRET).events(f).start()) {
            assertThat(post(r.url(), event("evt_3", "avatar_video.success", "v3"), SECRET)).isEqualTo(200);
            // The torn event was never answered 200, so the sender delivers it again: it is new, not a repeat.
            assertThat(post(r.url(), event("evt_2", "avatar_video.success", "v2"), SECRET)).isEqualTo(200);
            assertThat(r.duplicates()).isZero();
        }
        WebhookReceiver.Tail t = WebhookReceiver.read(f, 0);
        assertThat(t.events()).extracting(WebhookReceiver.Received::eventId).containsExactly("evt_1", "evt_3", "evt_2");
        assertThat(t.skipped()).isEqualTo(1);
        assertThat(Files.readAllLines(f)).hasSize(4);
    }

    @Test
    void an_offset_that_is_not_at_a_line_start_or_past_the_end_is_refused() throws Exception {
        Path f = dir.resolve("events.jsonl");
        Files.writeString(f, line("evt_1", "v1"));
        assertThatThrownBy(() -> WebhookReceiver.read(f, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offset 5 is not at the start of a line");
        assertThatThrownBy(() -> WebhookReceiver.read(f, Files.size(f) + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookReceiver.read(f, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    @Test
    void a_missing_file_reads_as_empty_from_zero_only() {
        Path f = dir.resolve("none.jsonl");
        WebhookReceiver.Tail t = WebhookReceiver.read(f, 0);
        assertThat(t.events()).isEmpty();
        assertThat(t.offset()).isZero();
        assertThatThrownBy(() -> WebhookReceiver.read(f, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void a_line_that_is_whole_but_not_an_event_is_skipped_and_counted() throws Exception {
        Path f = dir.resolve("events.jsonl");
        Files.writeString(f, "garbage\n\n" + line("evt_1", "v1") + "{\"event_type\":\"x\"}\n");
        WebhookReceiver.Tail t = WebhookReceiver.read(f, 0);
        assertThat(t.events()).extracting(WebhookReceiver.Received::eventId).containsExactly("evt_1");
        assertThat(t.skipped()).isEqualTo(2);
    }

    @Test
    void a_new_events_file_is_readable_by_its_owner_only() throws Exception {
        Path f = dir.resolve("sub/events.jsonl");
        try (WebhookReceiver r = WebhookReceiver.builder().secret(SECRET).events(f).start()) {
            assertThat(r.eventsFile()).isEqualTo(f.toAbsolutePath());
        }
        assumeTrue(f.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
    }
}
