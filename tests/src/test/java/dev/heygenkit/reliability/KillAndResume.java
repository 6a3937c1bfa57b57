package dev.heygenkit.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.heygenkit.HeyGen;
import dev.heygenkit.JournalEntry;
import dev.heygenkit.RenderJob;
import dev.heygenkit.batch.BatchChild;
import dev.heygenkit.internal.http.WireFixture;
import dev.heygenkit.internal.render.Child;
import dev.heygenkit.internal.render.Journal;
import dev.heygenkit.sandbox.Sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.*;

/**
 * SIGKILL of a child JVM in the middle of a render, a batch and a download, then the same work resumed: counts the
 * videos paid for that nobody can find any more (lost ids) and the creates beyond one per logical video.
 */
final class KillAndResume {
    static final int ROWS = 20;

    private KillAndResume() {
    }

    static Section measure() {
        Section s = new Section("SIGKILL and resume", ReliabilitySigkillTest.class, "killed during", "how", "lost ids",
                "duplicate creates", "after resume");
        try {
            Path dir = Files.createTempDirectory("heygen-kill");
            render(s, dir.resolve("render"));
            batch(s, dir.resolve("batch-post"), "after-post:1", "batch, right after a create call was sent");
            batch(s, dir.resolve("batch-track"), "tracking:2", "batch, while tracking statuses");
            download(s, dir.resolve("download"));
        } catch (Exception e) {
            throw new IllegalStateException("kill run failed: " + e, e);
        }
        return s;
    }

    private static void render(Section s, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path journal = dir.resolve("renders.jsonl");
        try (Sandbox sb = Sandbox.builder().manualClock().start()) {
            String base = sb.baseUri().toString();
            String submitted;
            try (Child child = Child.start(KillChild.class, List.of(), dir.resolve("child.log"), Map.of(), "render", base, journal.toString())) {
                submitted = child.await(l -> l.startsWith("SUBMITTED ")).substring(10);
                child.await("POLLED"::equals);
                child.kill();
            }
            sb.advance(Duration.ofHours(1));
            HeyGen parent = HeyGen.builder().apiKey("k").baseUrl(base).maxRetries(0).journal(journal).build();
            RenderJob job = KillChild.SPEC.submit(parent);
            String status = job.await().status().toString();
            long creates = sb.requestCount("POST", "/v3/videos");
            List<JournalEntry> entries = Journal.at(journal).entries();
            long lost = job.id().equals(submitted) ? 0 : 1;
            s.row("render", lost == 0 && creates == 1 ? null : "lost " + lost + ", creates " + creates, "render (waiting for the video)",
                    "kill -9 after the first poll; same spec run again", String.valueOf(lost), String.valueOf(creates - 1),
                    (job.resumed() ? "resumed " : "NOT resumed ") + job.id() + ", " + status + "; journal: " + entries.size() + " entry");
        }
    }

    private static void batch(Section s, Path dir, String point, String label) throws Exception {
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder("name\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("Row").append(i).append('\n');
        }
        Path data = Files.writeString(dir.resolve("rows.csv"), csv);
        Path out = dir.resolve("out");
        try (Sandbox sb = Sandbox.builder().clockSpeed(600).start()) {
            try (Child first = Child.start(BatchChild.class, List.of("-Dheygen.test.batch.stopAt=" + point), dir.resolve("first.log"),
                    Map.of(), sb.baseUri().toString(), data.toString(), out.toString(), "-")) {
                first.await(l -> l.startsWith("STOPPED AT"));
                first.kill();
            }
            String done;
            try (Child again = Child.start(BatchChild.class, List.of(), dir.resolve("again.log"), Map.of(), sb.baseUri().toString(),
                    data.toString(), out.toString(), "-")) {
                done = again.await(l -> l.startsWith("DONE"));
            }
            Set<String> created = new HashSet<>();
            HeyGen c = HeyGen.builder().apiKey("k").baseUrl(sb.baseUri().toString()).noJournal().build();
            c.videos().list().forEach(v -> created.add(v.id()));
            Set<String> inManifest = new HashSet<>();
            ObjectMapper json = new ObjectMapper();
            for (String line : Files.readAllLines(out.resolve("manifest.jsonl"))) {
                JsonNode row = json.readTree(line);
                if (row.path("status").asText().equals("completed")) {
                    inManifest.add(row.path("video_id").asText());
                }
            }
            Set<String> lostIds = new HashSet<>(created);
            lostIds.removeAll(inManifest);
            long lost = lostIds.size() + Math.max(0, ROWS - inManifest.size());
            long dups = Math.max(0, created.size() - ROWS);
            s.row("batch-" + point, lost == 0 && dups == 0 ? null : "lost " + lost + ", duplicates " + dups, label,
                    "kill -9 at crash point " + point + " of " + ROWS + " rows; same batch run again", String.valueOf(lost),
                    String.valueOf(dups), done + "; sandbox holds " + created.size() + " videos");
        }
    }

    private static void download(Section s, Path dir) throws Exception {
        Files.createDirectories(dir);
        byte[] movie = new byte[2 << 20];
        new java.util.Random(3).nextBytes(movie);
        Path target = dir.resolve("v1.mp4");
        try (WireFixture wire = WireFixture.start()) {
            wire.server().stubFor(get("/v3/videos/v1").willReturn(okJson("{\"data\":{\"id\":\"v1\",\"status\":\"completed\","
                    + "\"video_url\":\"" + wire.baseUrl() + "/files/v1.mp4\"}}")));
            wire.server().stubFor(get("/files/v1.mp4").willReturn(ok().withBody(movie).withChunkedDribbleDelay(40, 8000)));
            try (Child child = Child.start(KillChild.class, List.of(), dir.resolve("child.log"), Map.of(), "download",
                    wire.baseUrl(), "v1", target.toString())) {
                child.await(l -> l.startsWith("BYTES "));
                child.kill();
            }
            boolean partialAtTarget = Files.exists(target);
            long leftovers;
            try (Stream<Path> files = Files.list(dir)) {
                leftovers = files.filter(p -> p.getFileName().toString().endsWith(".part")).count();
            }
            wire.server().stubFor(get("/files/v1.mp4").willReturn(ok().withBody(movie)));
            HeyGen parent = wire.builder().noJournal().build();
            dev.heygenkit.Video.of(parent, "v1").download(target);
            boolean same = java.util.Arrays.equals(Files.readAllBytes(target), movie);
            long creates = wire.requests(postRequestedFor(urlPathEqualTo("/v3/videos"))).size();
            String bad = partialAtTarget ? "a partial file sat at the target after the kill" : !same ? "resumed file differs" : null;
            s.row("download", bad, "download (1 MB of 2 MB received)", "kill -9 mid-stream; download run again",
                    "0", String.valueOf(creates), (same ? "complete file, identical bytes" : "DIFFERENT bytes")
                            + "; partial file at target after kill: " + (partialAtTarget ? "yes" : "no") + "; stale .part files left: " + leftovers);
        }
    }
}
