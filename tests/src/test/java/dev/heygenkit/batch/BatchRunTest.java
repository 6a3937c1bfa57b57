package dev.heygenkit.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.Batch;
import dev.heygenkit.BatchResult;
import dev.heygenkit.BatchRow;
import dev.heygenkit.HeyGen;
import dev.heygenkit.PollSchedule;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch from CSV on a fast sandbox: every row gets one video, the manifest says so, a re-run pays nothing. */
class BatchRunTest {
    @TempDir
    Path dir;
    Sandbox sb;
    HeyGen client;

    @BeforeEach
    void start() {
        sb = Sandbox.builder().clockSpeed(600).start();
        client = HeyGen.builder().apiKey("k").baseUrl(sb.baseUri().toString()).noJournal()
                .pollSchedule(new PollSchedule(Duration.ofMillis(50), 1.5, Duration.ofMillis(300), Duration.ZERO, 0))
                .build();
    }

    @AfterEach
    void stop() {
        sb.close();
    }

    private Path csv(int rows) throws IOException {
        StringBuilder b = new StringBuilder("first_name,company,last_name\n");
        for (int i = 1; i <= rows; i++) {
            b.append("Ana").append(i).append(",\"Acme, Inc.\",Doe").append(i).append('\n');
        }
        return Files.writeString(dir.resolve("customers.csv"), b.toString());
    }

    @Test
    void every_row_gets_one_video_and_the_manifest_lists_them() throws IOException {
        Batch batch = Batch.of(Avatar.look("anna").say("Hi {{first_name}}, welcome to {{company}}.")
                .on(Background.color("#0A84FF")).title("{{first_name}} {{last_name}}")).rows(csv(150));
        BatchResult r = batch.run(client, dir.resolve("out"));

        assertThat(r.rows()).hasSize(150).allMatch(BatchRow::isCompleted);
        assertThat(r.rows().stream().map(BatchRow::videoId).distinct()).hasSize(150);
        assertThat(sb.requestCount("POST", "/v3/videos/batches")).isEqualTo(2);
        assertThat(sb.requestCount("POST", "/v3/videos")).isZero();
        assertThat(sb.requestCount("GET", "/v3/videos/statuses")).isPositive();
        List<String> manifest = Files.readAllLines(r.manifestCsv());
        assertThat(manifest.get(0)).isEqualTo("row,video_id,status,video_url,failure_code,failure_message,file,first_name,company,last_name");
        assertThat(manifest).hasSize(151);
        JsonNode first = new ObjectMapper().readTree(Files.readAllLines(r.manifestJsonl()).get(0));
        assertThat(first.get("row").asInt()).isEqualTo(1);
        assertThat(first.get("status").asText()).isEqualTo("completed");
        assertThat(first.get("company").asText()).isEqualTo("Acme, Inc.");
        assertThat(first.get("video_url").asText()).startsWith("http://127.0.0.1");
    }

    @Test
    void running_again_resumes_and_creates_nothing_new() throws IOException {
        Batch batch = Batch.of(Avatar.look("anna").say("Hi {{first_name}}.")).rows(csv(30));
        BatchResult first = batch.run(client, dir.resolve("out"));
        long posts = sb.requestCount("POST", "/v3/videos/batches");
        BatchResult again = batch.run(client, dir.resolve("out"));
        assertThat(sb.requestCount("POST", "/v3/videos/batches")).isEqualTo(posts);
        assertThat(again.rows().stream().map(BatchRow::videoId).collect(Collectors.toList()))
                .isEqualTo(first.rows().stream().map(BatchRow::videoId).collect(Collectors.toList()));
    }

    @Test
    void a_folder_from_another_sandbox_starts_over_and_one_from_another_api_is_refused() throws IOException {
        Batch batch = Batch.of(Avatar.look("anna").say("Hi {{first_name}}.")).rows(csv(3));
        Path out = dir.resolve("out");
        batch.run(client, out);
        try (Sandbox other = Sandbox.builder().clockSpeed(600).start()) {
            HeyGen second = HeyGen.builder().apiKey("k").baseUrl(other.baseUri().toString()).noJournal()
                    .pollSchedule(new PollSchedule(Duration.ofMillis(50), 1.5, Duration.ofMillis(300), Duration.ZERO, 0))
                    .build();
            List<String> notes = new java.util.ArrayList<>();
            BatchResult r = batch.run(second, out, e -> notes.add(e.message()));
            assertThat(r.completed()).hasSize(3);
            assertThat(notes).anyMatch(n -> n.contains("belongs to another sandbox"));
            try (var files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("batch.jsonl.") && n.endsWith(".old"));
            }
        }
        Path foreign = dir.resolve("foreign");
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("batch.jsonl"), "{\"event\":\"run\",\"run\":\"abc\",\"base\":\"https://api.heygen.com\",\"v\":1}\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> batch.run(client, foreign))
                .hasMessageContaining("holds a batch run against https://api.heygen.com");
        assertThat(sb.requestCount("POST", "/v3/videos/batches")).isEqualTo(1);
    }

    @Test
    void rows_that_fail_before_they_have_a_video_are_reported_with_their_code() throws IOException {
        try (Sandbox poor = Sandbox.builder().clockSpeed(600).creditBalance(0.2).start()) {
            HeyGen c = HeyGen.builder().apiKey("k").baseUrl(poor.baseUri().toString()).noJournal()
                    .pollSchedule(new PollSchedule(Duration.ofMillis(50), 1.5, Duration.ofMillis(300), Duration.ZERO, 0))
                    .build();
            // The local credit check would refuse the whole batch; with it waived, the server's refusals land per row.
            BatchResult r = Batch.of(Avatar.look("anna").say("Hi {{first_name}}.").ignore(ProblemCodes.CREDIT_INSUFFICIENT))
                    .rows(csv(12)).run(c, dir.resolve("poor"));
            assertThat(r.isFinished()).isTrue();
            assertThat(r.failed()).isNotEmpty().allSatisfy(row -> {
                assertThat(row.failureCode()).isEqualTo("insufficient_credit");
                assertThat(row.failureMessage()).contains("wallet");
            });
            assertThat(r.completed()).isNotEmpty();
            assertThat(Files.readString(r.manifestCsv())).contains("insufficient_credit");
        }
    }

    @Test
    void downloads_are_named_by_the_pattern_and_stay_in_the_folder() throws IOException {
        Path data = Files.writeString(dir.resolve("d.csv"), "name\n../../etc/passwd\nBo\n");
        BatchResult r = Batch.of(Avatar.look("anna").say("Hi {{name}}.")).rows(data).download("{{name}}-{{row}}.sh")
                .run(client, dir.resolve("out"));
        assertThat(r.rows()).allMatch(BatchRow::isCompleted);
        assertThat(r.rows().get(0).file()).isEqualTo(dir.resolve("out/etc_passwd-1.sh.mp4").toAbsolutePath().normalize());
        assertThat(r.rows().get(1).file().getFileName().toString()).isEqualTo("Bo-2.sh.mp4");
        assertThat(r.rows()).allSatisfy(row -> assertThat(row.file()).exists().hasParentRaw(dir.resolve("out").toAbsolutePath().normalize()));
    }
}
