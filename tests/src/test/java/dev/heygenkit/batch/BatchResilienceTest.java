package dev.heygenkit.batch;

import dev.heygenkit.Avatar;
import dev.heygenkit.Batch;
import dev.heygenkit.BatchResult;
import dev.heygenkit.BatchRow;
import dev.heygenkit.HeyGen;
import dev.heygenkit.PollSchedule;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.sandbox.Fault;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 rows against a sandbox that limits creates and fails on purpose (500, 429, a create whose answer never comes
 * in time, 503 and dropped connections while polling): every row still ends with exactly one video.
 */
class BatchResilienceTest {
    @TempDir
    Path dir;

    @Test
    void a_thousand_rows_through_rate_limits_and_faults_make_exactly_a_thousand_videos() throws IOException {
        try (Sandbox sb = Sandbox.builder().clockSpeed(600).createRate(400).creditBalance(10_000).start()) {
            sb.injectFault(Fault.status(500).on("POST", "/v3/videos/batches").times(3));
            sb.injectFault(Fault.status(429).on("POST", "/v3/videos/batches").times(2));
            sb.injectFault(Fault.timeout(Duration.ofSeconds(3)).on("POST", "/v3/videos/batches").times(1));
            sb.injectFault(Fault.status(503).on("GET", "/v3/videos/statuses").times(3));
            sb.injectFault(Fault.reset().on("GET", "/v3/videos/statuses").times(2));
            HeyGen client = HeyGen.builder().apiKey("k").baseUrl(sb.baseUri().toString()).noJournal()
                    .writeTimeout(Duration.ofSeconds(1))
                    .pollSchedule(new PollSchedule(Duration.ofMillis(100), 1.5, Duration.ofMillis(500), Duration.ZERO, 0))
                    .build();
            StringBuilder csv = new StringBuilder("first_name,company\n");
            for (int i = 1; i <= 1000; i++) {
                csv.append("Name").append(i).append(",Company ").append(i % 7).append('\n');
            }
            Path data = Files.writeString(dir.resolve("customers.csv"), csv);

            BatchResult r = Batch.of(Avatar.look("anna").say("Hi {{first_name}} from {{company}}.")).rows(data)
                    .concurrency(3).run(client, dir.resolve("out"), e -> { });

            assertThat(r.rows()).hasSize(1000).allMatch(BatchRow::isCompleted);
            Set<String> ids = new HashSet<>();
            r.forEach(row -> ids.add(row.videoId()));
            assertThat(ids).hasSize(1000);
            List<String> sandbox = new ArrayList<>();
            for (VideoInfo v : client.videos().list()) {
                sandbox.add(v.id());
            }
            assertThat(sandbox).as("the sandbox's own list: one video per row, no duplicates").hasSize(1000)
                    .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
            assertThat(Files.readAllLines(r.manifestCsv())).hasSize(1001);
            assertThat(r.statusCalls()).as("bulk status calls").isLessThan(400);
        }
    }
}
