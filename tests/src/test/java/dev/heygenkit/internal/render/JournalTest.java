package dev.heygenkit.internal.render;

import dev.heygenkit.JournalEntry;
import dev.heygenkit.internal.http.Env;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal file itself: format, torn lines, concurrent writers, default location. */
class JournalTest {
    @TempDir
    Path dir;

    @Test
    void submit_created_and_status_lines_fold_into_one_entry() throws IOException {
        Journal j = new Journal(dir.resolve("renders.jsonl"), new VirtualTime());
        j.submitted("fp1", "hk-1", "https://api.heygen.com", "Avatar.look(\"a\").say(\"Hi\")", "Tour");
        j.created("fp1", "hk-1", "vid_1", JournalEntry.Status.WAITING);
        j.status("fp1", "hk-1", "vid_1", JournalEntry.Status.COMPLETED, null);
        assertThat(j.entries()).singleElement().satisfies(e -> {
            assertThat(e.fingerprint()).isEqualTo("fp1");
            assertThat(e.key()).isEqualTo("hk-1");
            assertThat(e.videoId()).isEqualTo("vid_1");
            assertThat(e.status()).isEqualTo(JournalEntry.Status.COMPLETED);
            assertThat(e.title()).isEqualTo("Tour");
            assertThat(e.summary()).contains("Avatar.look");
            assertThat(e.time()).isEqualTo("2025-01-01T00:00:00Z");
        });
        List<String> lines = Files.readAllLines(j.file());
        assertThat(lines).hasSize(3);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.path("v").asInt()).isEqualTo(1);
        assertThat(first.path("event").asText()).isEqualTo("submit");
        assertThat(first.path("base").asText()).isEqualTo("https://api.heygen.com");
    }

    @Test
    void a_torn_last_line_is_skipped_and_the_next_append_starts_a_fresh_line() throws IOException {
        Path file = dir.resolve("renders.jsonl");
        Journal j = Journal.at(file);
        j.submitted("fp1", "hk-1", "b", "s", null);
        j.created("fp1", "hk-1", "vid_1", JournalEntry.Status.WAITING);
        Files.writeString(file, "{\"v\":1,\"event\":\"created\",\"fingerprint\":\"fp2\",\"key\":\"hk-2\",\"vid",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertThat(j.entries()).extracting(JournalEntry::videoId).containsExactly("vid_1");
        j.submitted("fp3", "hk-3", "b", "s", null);
        assertThat(j.entries()).extracting(JournalEntry::key).containsExactly("hk-1", "hk-3");
        assertThat(Files.readAllLines(file)).hasSize(4).last().asString().startsWith("{\"v\":1,\"event\":\"submit\"");
    }

    @Test
    void concurrent_writers_never_corrupt_the_file() throws Exception {
        Journal j = Journal.at(dir.resolve("renders.jsonl"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                // A second Journal object on the same file, as another client in the JVM would have.
                Journal mine = thread % 2 == 0 ? j : Journal.at(dir.resolve("renders.jsonl"));
                for (int i = 0; i < 40; i++) {
                    String key = "hk-" + thread + "-" + i;
                    mine.submitted("fp-" + thread, key, "b", "summary " + "x".repeat(200), null);
                    mine.created("fp-" + thread, key, "vid-" + thread + "-" + i, JournalEntry.Status.WAITING);
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<String> lines = Files.readAllLines(j.file());
        assertThat(lines).hasSize(8 * 40 * 2);
        ObjectMapper m = new ObjectMapper();
        for (String line : lines) {
            assertThat(m.readTree(line).path("key").asText()).startsWith("hk-");
        }
        assertThat(j.entries()).hasSize(320).allMatch(e -> e.videoId() != null && e.videoId().equals(
                e.key().replace("hk-", "vid-")));
    }

    @Test
    void update_reads_and_appends_under_one_lock() {
        Journal j = Journal.at(dir.resolve("renders.jsonl"));
        j.submitted("fp", "hk-old", "b", "s", null);
        String reused = j.update(tx -> {
            String key = tx.latest("fp").filter(JournalEntry::isUnanswered).map(JournalEntry::key).orElse("new");
            tx.submitted("fp", key, "b", "s", null);
            return key;
        });
        assertThat(reused).isEqualTo("hk-old");
        assertThat(j.entries()).singleElement().extracting(JournalEntry::key).isEqualTo("hk-old");
    }

    @Test
    void default_location_honours_property_then_config_dir_then_home() {
        Path home = dir.resolve("home");
        assertThat(Journal.defaultFile(dev.heygenkit.internal.http.Env.of(Map.of(), Map.of(), home)))
                .isEqualTo(home.resolve(".heygen/renders.jsonl"));
        assertThat(Journal.defaultFile(dev.heygenkit.internal.http.Env.of(Map.of("HEYGEN_CONFIG_DIR", "/cfg"), Map.of(), home)))
                .isEqualTo(Path.of("/cfg/renders.jsonl"));
        assertThat(Journal.defaultFile(dev.heygenkit.internal.http.Env.of(Map.of("HEYGEN_CONFIG_DIR", "/cfg"),
                Map.of("heygen.journal", "/x/j.jsonl"), home))).isEqualTo(Path.of("/x/j.jsonl"));
    }

    @Test
    void journal_file_is_private_to_the_user() throws IOException {
        Journal j = new Journal(dir.resolve("sub/renders.jsonl"), Clock.systemUTC());
        j.submitted("fp", "hk", "b", "s", null);
        assertThat(Files.getPosixFilePermissions(j.file())).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }
}
