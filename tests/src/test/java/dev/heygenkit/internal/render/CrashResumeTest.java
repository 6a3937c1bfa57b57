package dev.heygenkit.internal.render;

import dev.heygenkit.JournalEntry;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.heygenkit.HeyGen;
import dev.heygenkit.RenderJob;
import dev.heygenkit.Video;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process killed with SIGKILL while its render waits (or while its create call is in flight) loses no money: the
 * same spec run again resumes the journaled video, and the server sees a single create.
 */
class CrashResumeTest {
    @RegisterExtension
    static WireMockExtension wm = Api.server();

    @TempDir
    Path home;
    Path journal;

    @BeforeEach
    void setUp() {
        wm.resetAll();
        journal = home.resolve("renders.jsonl");
        Api.stockLook(wm, "look_anna");
    }

    private HeyGen parent(VirtualTime time) {
        return HeyGen.builder().apiKey(Api.KEY).baseUrl(Api.base(wm)).maxRetries(0).clock(time).sleeper(time)
                .journal(journal).build();
    }

    @Test
    void render_killed_while_waiting_resumes_the_same_video_with_one_post() throws Exception {
        Api.creates(wm, "vid_crash");
        Api.status(wm, "vid_crash", "processing", null);
        try (Child child = Child.start(home.resolve("child.log"), Map.of(), "render", Api.base(wm), journal.toString())) {
            assertThat(child.await(l -> l.startsWith("SUBMITTED "))).isEqualTo("SUBMITTED vid_crash");
            child.await(l -> l.equals("POLLED"));
            child.kill();
        }
        assertThat(Journal.at(journal).entries()).singleElement().satisfies(e -> {
            assertThat(e.videoId()).isEqualTo("vid_crash");
            assertThat(e.status()).isEqualTo(JournalEntry.Status.WAITING);
        });

        VirtualTime time = new VirtualTime();
        RenderJob job = ChildMain.SPEC.submit(parent(time));
        assertThat(job.resumed()).isTrue();
        assertThat(job.id()).isEqualTo("vid_crash");
        Api.status(wm, "vid_crash", "completed", "https://cdn.example.com/crash.mp4");
        Video v = job.await();
        assertThat(v.id()).isEqualTo("vid_crash");
        assertThat(v.url()).isEqualTo("https://cdn.example.com/crash.mp4");
        assertThat(Api.creates(wm)).hasSize(1);
        assertThat(Journal.at(journal).entries()).singleElement().extracting(JournalEntry::status).isEqualTo(JournalEntry.Status.COMPLETED);
    }

    @Test
    void render_killed_during_the_create_call_resends_with_the_same_idempotency_key() throws Exception {
        wm.stubFor(post("/v3/videos").inScenario("slow create").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("answered").willReturn(Api.data("{\"video_id\":\"vid_replayed\",\"status\":\"waiting\"}")
                        .withFixedDelay(10_000)));
        wm.stubFor(post("/v3/videos").inScenario("slow create").whenScenarioStateIs("answered")
                .willReturn(Api.data("{\"video_id\":\"vid_replayed\",\"status\":\"waiting\"}")));
        Api.status(wm, "vid_replayed", "processing", null);
        String key;
        try (Child child = Child.start(home.resolve("child.log"), Map.of(), "render", Api.base(wm), journal.toString())) {
            key = awaitUnansweredSubmit();
            awaitCreateInFlight();
            child.kill();
        }
        VirtualTime time = new VirtualTime();
        RenderJob job = ChildMain.SPEC.submit(parent(time));
        assertThat(job.id()).isEqualTo("vid_replayed");
        List<ServeEvent> posts = wm.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals("/v3/videos")).toList();
        assertThat(posts).hasSize(2).allSatisfy(e -> assertThat(e.getRequest().getHeader("Idempotency-Key")).isEqualTo(key));
        assertThat(Journal.at(journal).entries()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.videoId()).isEqualTo("vid_replayed");
        });
    }

    private String awaitUnansweredSubmit() throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Files.exists(journal)) {
                List<JournalEntry> entries = Journal.at(journal).entries();
                if (!entries.isEmpty() && entries.get(0).isUnanswered()) {
                    return entries.get(0).key();
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child never journaled its submit");
    }

    private void awaitCreateInFlight() throws InterruptedException {
        for (int i = 0; i < 250; i++) {
            if (!wm.findAll(Api.createRequests()).isEmpty()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the child's create call never reached the server");
    }

    @Test
    void journal_writers_in_two_processes_and_two_threads_do_not_corrupt_it() throws Exception {
        try (Child a = Child.start(home.resolve("a.log"), Map.of(), "append", journal.toString(), "150", "a");
             Child b = Child.start(home.resolve("b.log"), Map.of(), "append", journal.toString(), "150", "b")) {
            a.await("READY"::equals);
            b.await("READY"::equals);
            Thread t = new Thread(() -> {
                for (int i = 0; i < 150; i++) {
                    Journal.at(journal).submitted("fp-t", "hk-t-" + i, "b", "y".repeat(500), null);
                }
            });
            t.start();
            for (int i = 0; i < 150; i++) {
                Journal.at(journal).submitted("fp-m", "hk-m-" + i, "b", "z".repeat(500), null);
            }
            t.join();
            assertThat(a.waitFor()).isZero();
            assertThat(b.waitFor()).isZero();
        }
        List<String> lines = Files.readAllLines(journal);
        assertThat(lines).hasSize(600);
        assertThat(Journal.at(journal).entries()).hasSize(600);
    }
}
