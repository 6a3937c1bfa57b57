package dev.heygenkit.internal.render;

import dev.heygenkit.internal.Internals;
import dev.heygenkit.JournalEntry;
import dev.heygenkit.ProgressEvent;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.InsufficientCreditException;
import dev.heygenkit.RenderFailedException;
import dev.heygenkit.RenderJob;
import dev.heygenkit.TransportException;
import dev.heygenkit.Video;
import dev.heygenkit.VideoSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Re-running a spec resumes or reuses its journaled video instead of paying again, unless told otherwise. */
class CreditSafetyTest {
    @RegisterExtension
    static WireMockExtension wm = Api.server();

    @TempDir
    Path home;
    VirtualTime time;
    List<ProgressEvent> events;
    HeyGen client;
    final VideoSpec spec = Avatar.look("look_anna").say("Credits are money.").title("Safety");

    @BeforeEach
    void setUp() {
        wm.resetAll();
        time = new VirtualTime();
        events = Api.events();
        client = Api.client(wm, time, home.resolve("renders.jsonl"), events);
        Api.stockLook(wm, "look_anna");
    }

    private static String key(ServeEvent e) {
        return e.getRequest().getHeader("Idempotency-Key");
    }

    @Test
    void render_reuses_the_completed_journaled_video_with_a_fresh_url() throws java.io.IOException {
        Api.creates(wm, "vid_1");
        Api.status(wm, "vid_1", "completed", "https://cdn.example.com/vid_1.mp4?sig=old");
        spec.render(client);
        Api.status(wm, "vid_1", "completed", "https://cdn.example.com/vid_1.mp4?sig=new");
        Video again = spec.render(client);
        assertThat(again.id()).isEqualTo("vid_1");
        assertThat(again.url()).endsWith("sig=new");
        assertThat(Api.creates(wm)).hasSize(1);
        assertThat(events).anyMatch(e -> e instanceof ProgressEvent.Note n && n.message().contains("reusing video vid_1"));
        spec.render(client);
        assertThat(java.nio.file.Files.readAllLines(Internals.journal(client).file())).as("submit, created, completed").hasSize(3);
    }

    @Test
    void render_resumes_journaled_video_instead_of_resubmitting() {
        Api.creates(wm, "vid_2");
        Api.status(wm, "vid_2", "processing", null);
        RenderJob first = spec.submit(client);
        assertThat(first.resumed()).isFalse();
        RenderJob second = spec.submit(client);
        assertThat(second.resumed()).isTrue();
        assertThat(second.id()).isEqualTo("vid_2");
        Api.status(wm, "vid_2", "completed", "https://cdn.example.com/vid_2.mp4");
        assertThat(second.await().id()).isEqualTo("vid_2");
        assertThat(Api.creates(wm)).hasSize(1);
    }

    @Test
    void equal_specs_built_separately_share_the_journal_entry() {
        Api.creates(wm, "vid_3");
        Api.status(wm, "vid_3", "processing", null);
        Avatar.look("look_anna").say("Credits").say("are money.").title("Safety").submit(client);
        RenderJob again = spec.submit(client);
        assertThat(again.resumed()).isTrue();
        assertThat(Api.creates(wm)).hasSize(1);
    }

    @Test
    void fresh_always_creates_a_new_video() {
        Api.creates(wm, "vid_4");
        Api.status(wm, "vid_4", "processing", null);
        spec.submit(client);
        RenderJob fresh = spec.fresh().submit(client);
        assertThat(fresh.resumed()).isFalse();
        List<ServeEvent> posts = Api.creates(wm);
        assertThat(posts).hasSize(2);
        assertThat(key(posts.get(0))).isNotEqualTo(key(posts.get(1)));
    }

    @Test
    void a_failed_video_is_never_reused_and_the_retry_uses_a_new_key() {
        Api.creates(wm, "vid_bad");
        wm.stubFor(get("/v3/videos/vid_bad").willReturn(Api.data("{\"id\":\"vid_bad\",\"status\":\"failed\","
                + "\"failure_code\":\"internal\"}")));
        assertThatThrownBy(() -> spec.render(client)).isInstanceOf(RenderFailedException.class);
        Api.creates(wm, "vid_good");
        Api.status(wm, "vid_good", "completed", "https://cdn.example.com/good.mp4");
        assertThat(spec.render(client).id()).isEqualTo("vid_good");
        List<ServeEvent> posts = Api.creates(wm);
        assertThat(posts).hasSize(2);
        assertThat(key(posts.get(0))).isNotEqualTo(key(posts.get(1)));
        assertThat(events).anyMatch(e -> e instanceof ProgressEvent.Note n
                && n.message().contains("vid_bad of this spec failed (internal); submitting a new video with a new idempotency key"));
    }

    @Test
    void a_create_that_never_answered_is_sent_again_with_the_same_key() {
        wm.stubFor(post("/v3/videos").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> spec.submit(client)).isInstanceOf(TransportException.class);
        assertThat(Internals.journal(client).entries()).singleElement().satisfies(e -> assertThat(e.isUnanswered()).isTrue());

        Api.creates(wm, "vid_5");
        RenderJob job = spec.submit(client);
        assertThat(job.id()).isEqualTo("vid_5");
        List<ServeEvent> posts = Api.creates(wm);
        assertThat(posts).hasSize(2);
        assertThat(key(posts.get(1))).isEqualTo(key(posts.get(0))).startsWith("hk-");
        assertThat(Internals.journal(client).entries()).singleElement().extracting(JournalEntry::videoId).isEqualTo("vid_5");
        assertThat(events).anyMatch(e -> e instanceof ProgressEvent.Note n && n.message().contains("same idempotency key"));
    }

    @Test
    void a_refused_create_is_not_replayed_with_its_key() {
        wm.stubFor(post("/v3/videos").willReturn(Api.error(402, "insufficient_credit", "Top up")));
        assertThatThrownBy(() -> spec.submit(client)).isInstanceOf(InsufficientCreditException.class);
        assertThat(Internals.journal(client).entries()).singleElement().extracting(JournalEntry::status).isEqualTo(JournalEntry.Status.REJECTED);
        Api.creates(wm, "vid_6");
        spec.submit(client);
        List<ServeEvent> posts = Api.creates(wm);
        assertThat(key(posts.get(1))).isNotEqualTo(key(posts.get(0)));
    }

    @Test
    void a_deleted_journaled_video_is_replaced() {
        Api.creates(wm, "vid_7");
        Api.status(wm, "vid_7", "processing", null);
        spec.submit(client);
        wm.stubFor(get("/v3/videos/vid_7").willReturn(Api.error(404, "video_not_found", "gone")));
        Api.creates(wm, "vid_8");
        assertThat(spec.submit(client).id()).isEqualTo("vid_8");
        assertThat(Internals.journal(client).entries()).extracting(JournalEntry::status)
                .containsExactly(JournalEntry.Status.GONE, JournalEntry.Status.WAITING);
    }

    @Test
    void another_api_base_is_another_spec() {
        Api.creates(wm, "vid_9");
        Api.status(wm, "vid_9", "processing", null);
        spec.submit(client);
        HeyGen viaLocalhost = HeyGen.builder().apiKey(Api.KEY).baseUrl("http://localhost:" + wm.getPort()).maxRetries(0)
                .clock(time).sleeper(time).journal(home.resolve("renders.jsonl")).build();
        spec.submit(viaLocalhost);
        assertThat(Api.creates(wm)).hasSize(2);
    }

    @Test
    void changing_a_local_file_changes_the_fingerprint() throws Exception {
        Path bg = home.resolve("bg.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, 1), "png", bg.toFile());
        wm.stubFor(post("/v3/assets").willReturn(Api.data("{\"asset_id\":\"asset_bg\",\"url\":\"https://x\","
                + "\"mime_type\":\"image/png\",\"size_bytes\":10}")));
        Api.creates(wm, "vid_10");
        Api.status(wm, "vid_10", "processing", null);
        VideoSpec withBg = Avatar.look("look_anna").say("Hi").on(dev.heygenkit.Background.image(bg));
        withBg.submit(client);
        assertThat(withBg.submit(client).resumed()).isTrue();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(8, 8, 1), "png", bg.toFile());
        assertThat(withBg.submit(client).resumed()).isFalse();
        assertThat(Api.creates(wm)).hasSize(2);
        assertThat(Api.creates(wm).get(0).getRequest().getBodyAsString()).contains("\"asset_id\":\"asset_bg\"")
                .doesNotContain("local-file:");
    }

    @Test
    void history_lists_every_render_with_its_video_and_status() {
        Api.creates(wm, "vid_h");
        Api.status(wm, "vid_h", "completed", "https://cdn.example.com/h.mp4");
        spec.render(client);
        String old = System.getProperty("heygen.journal");
        System.setProperty("heygen.journal", Internals.journal(client).file().toString());
        try {
            assertThat(HeyGen.history()).singleElement().satisfies(e -> {
                assertThat(e.videoId()).isEqualTo("vid_h");
                assertThat(e.status()).isEqualTo(JournalEntry.Status.COMPLETED);
                assertThat(e.title()).isEqualTo("Safety");
                assertThat(e.summary()).isEqualTo(spec.toString());
                assertThat(e.fingerprint()).hasSize(64);
                assertThat(e.time()).isNotNull();
            });
        } finally {
            if (old == null) {
                System.clearProperty("heygen.journal");
            } else {
                System.setProperty("heygen.journal", old);
            }
        }
    }

    @Test
    void no_journal_means_every_run_pays() {
        HeyGen forgetful = HeyGen.builder().apiKey(Api.KEY).baseUrl(Api.base(wm)).maxRetries(0).clock(time).sleeper(time)
                .noJournal().build();
        Api.creates(wm, "vid_n");
        spec.submit(forgetful);
        spec.submit(forgetful);
        assertThat(Api.creates(wm)).hasSize(2);
        assertThat(Internals.journal(forgetful)).isNull();
        assertThat(Files.exists(home.resolve("renders.jsonl"))).isFalse();
    }
}
