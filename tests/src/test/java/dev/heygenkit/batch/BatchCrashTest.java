package dev.heygenkit.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.internal.render.Child;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL of the batch runner at each dangerous moment, then the same run again: every row ends with exactly one
 * video (no duplicate creates, none lost), and the manifest agrees with the sandbox.
 */
class BatchCrashTest {
    private static final int ROWS = 35;

    @TempDir
    Path dir;
    Sandbox sb;

    @BeforeEach
    void start() {
        sb = Sandbox.builder().clockSpeed(600).start();
    }

    @AfterEach
    void stop() {
        sb.close();
    }

    @ParameterizedTest(name = "killed at {0} (arrival {1})")
    @CsvSource({"before-post,1", "before-post,3", "after-post,1", "after-post,2", "tracking,2", "downloading,2"})
    void a_run_killed_then_run_again_ends_with_one_video_per_row(String point, int arrival) throws Exception {
        StringBuilder csv = new StringBuilder("name\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("Row").append(i).append('\n');
        }
        Path data = Files.writeString(dir.resolve("rows.csv"), csv);
        Path out = dir.resolve("out");
        String download = point.equals("downloading") ? "download" : "-";
        try (Child first = Child.start(BatchChild.class, List.of("-Dheygen.test.batch.stopAt=" + point + ":" + arrival),
                dir.resolve("first.log"), Map.of(), sb.baseUri().toString(), data.toString(), out.toString(), download)) {
            first.await(line -> line.equals("STOPPED AT " + point));
            first.kill();
        }
        long postsBefore = sb.requestCount("POST", "/v3/videos/batches");
        try (Child again = Child.start(BatchChild.class, List.of(), dir.resolve("again.log"), Map.of(),
                sb.baseUri().toString(), data.toString(), out.toString(), download)) {
            String done = again.await(line -> line.startsWith("DONE"));
            assertThat(done).isEqualTo("DONE completed=" + ROWS + " failed=0 unfinished=0");
            assertThat(again.waitFor()).isZero();
        }
        Set<String> created = sandboxVideoIds();
        assertThat(created).as("videos the sandbox created (a duplicate create would add one)").hasSize(ROWS);
        List<String> manifest = Files.readAllLines(out.resolve("manifest.jsonl"));
        Set<String> inManifest = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : manifest) {
            JsonNode row = json.readTree(line);
            assertThat(row.get("status").asText()).isEqualTo("completed");
            inManifest.add(row.get("video_id").asText());
            if (point.equals("downloading")) {
                assertThat(out.resolve(row.get("file").asText())).isNotEmptyFile();
            }
        }
        assertThat(inManifest).isEqualTo(created);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
        if (point.equals("before-post")) {
            assertThat(postsBefore).as("batch calls before the kill").isEqualTo(arrival - 1);
        }
    }

    private Set<String> sandboxVideoIds() throws IOException, InterruptedException {
        Set<String> ids = new HashSet<>();
        HttpClient http = HttpClient.newHttpClient();
        String token = null;
        ObjectMapper json = new ObjectMapper();
        do {
            URI uri = URI.create(sb.baseUri() + "/v3/videos?limit=100" + (token == null ? "" : "&token=" + token));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("x-api-key", "k").build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode page = json.readTree(r.body());
            page.get("data").forEach(v -> ids.add(v.get("id").asText()));
            token = page.path("has_more").asBoolean() ? page.get("next_token").asText() : null;
        } while (token != null);
        return ids;
    }
}
