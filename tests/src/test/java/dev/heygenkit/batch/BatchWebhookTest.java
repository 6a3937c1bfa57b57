package dev.heygenkit.batch;

import dev.heygenkit.Avatar;
import dev.heygenkit.Batch;
import dev.heygenkit.BatchResult;
import dev.heygenkit.BatchRow;
import dev.heygenkit.HeyGen;
import dev.heygenkit.PollSchedule;
import dev.heygenkit.WebhookReceiver;
import dev.heygenkit.api.WebhookEndpoint;
import dev.heygenkit.api.WebhookEndpointRequest;
import dev.heygenkit.api.WebhookEndpointUpdate;
import dev.heygenkit.api.WebhookEventType;
import dev.heygenkit.sandbox.RecordedRequest;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Results from signed webhook deliveries: rows finish from the events file, polling stays as the safety net. */
class BatchWebhookTest {
    @TempDir
    Path dir;

    @Test
    void signed_deliveries_finish_rows_without_reading_each_video() throws IOException {
        try (Sandbox sb = Sandbox.builder().clockSpeed(600).webhookBackoff(Duration.ofMillis(50)).start()) {
            HeyGen client = HeyGen.builder().apiKey("k").baseUrl(sb.baseUri().toString()).noJournal()
                    .pollSchedule(new PollSchedule(Duration.ofMillis(200), 1.5, Duration.ofMillis(500), Duration.ZERO, 0))
                    .build();
            WebhookEndpoint e = client.webhooks().createEndpoint(WebhookEndpointRequest.of("https://example.com/hook")
                    .events(WebhookEventType.AVATAR_VIDEO_SUCCESS, WebhookEventType.AVATAR_VIDEO_FAIL));
            Path events = dir.resolve("events.jsonl");
            try (WebhookReceiver receiver = WebhookReceiver.builder().secret(e.secret()).events(events).start()) {
                client.webhooks().updateEndpoint(e.endpointId(), WebhookEndpointUpdate.of().url(receiver.url().toString()));
                StringBuilder csv = new StringBuilder("name\n");
                for (int i = 1; i <= 40; i++) {
                    csv.append("N").append(i).append('\n');
                }
                Path data = Files.writeString(dir.resolve("d.csv"), csv);
                BatchResult r = Batch.of(Avatar.look("anna").say("Hi {{name}}")).rows(data).events(events)
                        .run(client, dir.resolve("out"), ev -> { });
                assertThat(r.rows()).hasSize(40).allMatch(BatchRow::isCompleted)
                        .allSatisfy(row -> assertThat(row.videoUrl()).isNotBlank());
                long detailReads = sb.requests().stream().map(RecordedRequest::path)
                        .filter(p -> p.matches("/v3/videos/[0-9a-f]{32}")).count();
                assertThat(detailReads).as("videos read one by one (the events carried their URLs)").isLessThan(40);
                assertThat(receiver.accepted()).as("deliveries the receiver verified and kept").isPositive();
            }
        }
    }
}
