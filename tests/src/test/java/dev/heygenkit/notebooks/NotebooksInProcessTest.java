package dev.heygenkit.notebooks;

import dev.heygenkit.HeyGen;
import dev.heygenkit.RenderJob;
import dev.heygenkit.Video;
import dev.heygenkit.api.VideoInfo;
import dev.heygenkit.api.Look;
import dev.heygenkit.api.Page;
import dev.heygenkit.api.SpeechAudio;
import dev.heygenkit.notebook.Html;
import dev.heygenkit.notebook.LookSheet;
import dev.heygenkit.notebooks.NotebookRunner.Outcome;
import dev.heygenkit.notebooks.NotebookRunner.Run;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * Every notebook, cell by cell, in this JVM through the kit kernel's JShell evaluator and on the embedded sandbox (no
 * key is set, so each notebook's first cell picks {@code HeyGen.sandbox()}); then what the cells left behind: previews
 * of the right size, players of sandbox URLs, progress that ends in "completed".
 */
class NotebooksInProcessTest {
    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();
    private static final Pattern SANDBOX_URL = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/");

    /** Each notebook runs once per JVM, whichever test asks first. */
    private static synchronized Run run(String name) {
        return RUNS.computeIfAbsent(name, n -> {
            Run run = NotebookRunner.run(Notebooks.named(n));
            System.out.println(n + ": " + run.outcomes().size() + " cells in " + run.took().toMillis() + " ms");
            return run;
        });
    }

    private static Run passed(String name) {
        Run run = run(name);
        Outcome failure = run.failure();
        if (failure != null) {
            fail(failure.describeFailure(run.notebook()));
        }
        return run;
    }

    @TestFactory
    Stream<DynamicContainer> every_code_cell_of_every_notebook_runs_in_order_without_error() {
        return Notebooks.all().stream().map(notebook -> DynamicContainer.dynamicContainer(Notebooks.name(notebook),
                Notebooks.codeCells(notebook).stream().map(cell -> DynamicTest.dynamicTest(
                        "cell " + cell.index() + ": " + cell.headline(), () -> {
                            Run run = run(Notebooks.name(notebook));
                            Outcome outcome = run.outcome(cell.index());
                            if (outcome == null) {
                                Outcome failure = run.failure();
                                abort("not run: cell " + (failure == null ? "?" : failure.cell().index())
                                        + " of " + notebook.getFileName() + " failed before it");
                            }
                            if (outcome.failed()) {
                                fail(outcome.describeFailure(notebook));
                            }
                        }))));
    }

    @Test
    void the_first_cell_picks_the_sandbox_without_a_key_and_makes_it_the_default_client() {
        for (String name : Notebooks.EXPECTED) {
            Outcome first = passed(name).outcomes().get(0);
            assertThat(first.value()).as(name).isInstanceOf(HeyGen.class);
            assertThat(((HeyGen) first.value()).baseUrl().toString()).as(name).matches("http://127\\.0\\.0\\.1:\\d+/?");
        }
        assertThat(HeyGen.defaultClient().baseUrl().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void looks_and_voices_shows_a_preview_grid_of_the_expected_size_and_plays_voices_and_auditions() {
        Run run = passed("01-looks-and-voices");

        Object page = run.endingWith("looks").value();
        assertThat(page).isInstanceOf(Page.class);
        assertThat(((Page<?>) page).items()).hasSize(8).allSatisfy(item ->
                assertThat(((Look) item).previewImageUrl()).containsPattern(SANDBOX_URL));
        BufferedImage grid = (BufferedImage) run.endingWith("LookSheet.of(picked, 3)").value();
        Dimension expected = LookSheet.size(6, 3);
        assertThat(grid.getWidth()).isEqualTo(expected.width);
        assertThat(grid.getHeight()).isEqualTo(expected.height);
        assertThat(run.endingWith("chosen").value()).isInstanceOf(Look.class);
        assertThat(run.endingWith("chosen").stdout()).contains("default voice");

        String voices = run.endingWith("client.voices().list(Voices.VoiceQuery.of().language(\"English\").limit(6))").html();
        assertThat(voices).startsWith("<table class=\"heygen-voices\"");
        assertThat(voices.split("<audio ", -1)).hasSize(7);
        Html auditions = (Html) run.endingWith("Html.concat(auditions)").value();
        long takes = auditions.text().lines().count();
        assertThat(takes).as("one audition per shortlisted voice").isGreaterThanOrEqualTo(2);
        assertThat(auditions.html().split("<audio ", -1)).hasSize((int) takes + 1);
        assertThat(auditions.html()).containsPattern(SANDBOX_URL + "_media/speech/");
        Outcome take = run.endingWith("take");
        assertThat(take.value()).isInstanceOf(SpeechAudio.class);
        assertThat(take.html()).contains("<audio ").contains(Html.escape(((SpeechAudio) take.value()).audioUrl()));
        assertThat(take.stdout().lines().count()).isEqualTo(4);
    }

    @Test
    void first_video_renders_with_live_progress_and_ends_with_a_player_of_the_sandbox_url() throws Exception {
        Run run = passed("02-first-video");

        assertThat(run.endingWith("System.out.println(\"with typo: \" + Avatar.look(\"no_such_look\").say(\"Hi\").check(client));")
                .stdout()).contains("our spec:  []").contains("look_not_found");
        Outcome rendered = run.endingWith("video");
        Video video = (Video) rendered.value();
        assertThat(video.status().isCompleted()).isTrue();
        assertThat(video.url()).containsPattern(SANDBOX_URL);
        assertThat(rendered.html()).contains("<video ").contains("src=\"data:video/mp4;base64,")
                .contains("poster=\"data:image/jpeg;base64,").contains("href=\"" + Html.escape(video.url()) + "\"")
                .contains("My first heygen-kit video");
        assertThat(rendered.displayed()).as("one progress display for the render").hasSize(1);
        assertThat(rendered.updates()).as("updated in place while rendering").isNotEmpty()
                .allSatisfy(u -> assertThat(u[0]).isEqualTo(rendered.displayed().get(0).getDisplayId()));
        assertThat(rendered.lastProgress()).contains("video " + video.id() + " completed after");

        Outcome download = run.endingWith("mp4 + \" (\" + Files.size(mp4) / 1024 + \" KB)\"");
        Path mp4 = Path.of(download.value().toString().replaceFirst(" \\(\\d+ KB\\)$", ""));
        assertThat(Files.size(mp4)).isGreaterThan(1000);
        assertThat(download.lastProgress()).contains("saved video to " + mp4);

        Outcome job = run.endingWith("job");
        assertThat(job.value()).isInstanceOf(RenderJob.class);
        assertThat(job.html()).contains(((RenderJob) job.value()).id()).contains("submitted");
        assertThat(job.displayed()).as("the job's own line only, no progress line repeating it")
                .noneMatch(d -> String.valueOf(d.getData("text/plain")).contains(((RenderJob) job.value()).id()));
        Video second = (Video) run.endingWith("job.await()").value();
        assertThat(second.id()).isEqualTo(((RenderJob) job.value()).id()).isNotEqualTo(video.id());
        assertThat(run.endingWith("job.await()").html()).contains("<video ").contains("Second take");
    }

    @Test
    void photo_avatar_paints_a_portrait_uploads_it_and_renders_it() {
        Run run = passed("03-photo-avatar");

        BufferedImage portrait = (BufferedImage) run.endingWith("ImageIO.read(photo.toFile())").value();
        assertThat(portrait.getWidth()).isEqualTo(512);
        assertThat(portrait.getHeight()).isEqualTo(640);
        assertThat(run.endingWith("voice").html()).contains("<audio ");
        Outcome talking = run.endingWith("talking");
        assertThat(((Video) talking.value()).status().isCompleted()).isTrue();
        assertThat(talking.html()).contains("<video ").containsPattern(SANDBOX_URL + "_media/videos/");
        assertThat(talking.lastProgress()).containsPattern("uploaded portrait-\\d+\\.png").contains("completed");
        Page<?> photos = (Page<?>) run.endingWith("client.looks().list(Looks.LookQuery.of().avatarType(\"photo_avatar\"))").value();
        assertThat(photos.items()).isNotEmpty().allSatisfy(l -> assertThat(((Look) l).avatarType().value()).isEqualTo("photo_avatar"));

        Outcome created = run.endingWith("me.look()");
        Look mine = (Look) created.value();
        assertThat(mine.status()).isEqualTo("completed");
        assertThat(mine.name()).isEqualTo("My photo avatar");
        assertThat(mine.imageWidth()).isEqualTo(512);
        assertThat(mine.previewImageUrl()).containsPattern(SANDBOX_URL + "_media/looks/" + mine.id());
        assertThat(created.lastProgress()).contains("look " + mine.id() + " completed");
        Video spoken = (Video) run.endingWith(".render(client)").value();
        assertThat(spoken.status().isCompleted()).isTrue();
        assertThat(spoken.title()).isEqualTo("My photo avatar speaks");
    }

    @Test
    void scenes_and_backgrounds_render_studio_colour_picture_and_three_frames() {
        Run run = passed("04-scenes-and-backgrounds");

        BufferedImage cast = (BufferedImage) run.endingWith("LookSheet.of(List.of(host, guest), 2)").value();
        assertThat(cast.getWidth()).isEqualTo(LookSheet.size(2, 2).width);
        Html backgrounds = (Html) run.endingWith("Html.concat(backgrounds.stream().map(v -> VideoPlayer.of(v).width(360).html()).toList())").value();
        assertThat(backgrounds.html().split("<video ", -1)).hasSize(3);
        assertThat(backgrounds.text()).contains("Colour background").contains("Picture background");
        Video tour = (Video) run.endingWith("tour").value();
        assertThat(tour.duration()).isGreaterThan(java.time.Duration.ofSeconds(3));
        String frames = run.endingWith("VideoTable.ofVideos(framed.values())").html();
        assertThat(frames).contains("Aspect 16:9").contains("Aspect 9:16").contains("Aspect 1:1");
        BufferedImage strip = (BufferedImage) run.endingWith("strip").value();
        assertThat(strip.getWidth()).isEqualTo(8 + (640 + 8) + (360 + 8) + (480 + 8));
        assertThat(strip.getHeight()).isEqualTo(8 + 640 + 8);
    }

    @Test
    void batch_personalization_renders_one_video_per_row_and_tabulates_them() {
        Run run = passed("05-batch-personalization");

        assertThat((List<?>) run.endingWith("viewers").value()).hasSize(4);
        assertThat(run.endingWith("batch").value().toString()).startsWith("Batch.of(Avatar.look(").contains("{{text}}");
        assertThat(run.endingWith("check").value().toString()).startsWith("BatchCheck[4 rows, 4 valid, 0 errors");
        Outcome batch = run.endingWith("result");
        assertThat(batch.html()).contains("4 rows</b>: 4 completed").contains("Chloé");
        assertThat(batch.html().split("<tr>", -1)).hasSize(1 + 1 + 4);
        assertThat(batch.displayed()).as("one board for the whole batch").hasSize(1);
        assertThat(batch.lastProgress()).contains("4 completed, 0 failed");
        Outcome last = run.outcomes().get(run.outcomes().size() - 1);
        assertThat(last.stdout().lines().count()).as("manifest header and 4 rows").isEqualTo(5);
        assertThat(((VideoInfo) last.value()).title()).isEqualTo("Welcome, Chloé");
        assertThat(last.html()).contains("<video ").containsPattern(SANDBOX_URL);
    }
}
