package dev.heygenkit.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.notebook.LookSheet;
import dev.heygenkit.notebooks.Notebooks.Cell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Executes every committed notebook with {@code jupyter nbconvert --to notebook --execute} through the kit's kernel,
 * as CI does: copies under {@code tests/target/notebooks/run}, executed results in {@code tests/target/notebooks/
 * executed}, the sandbox switched on with {@code HEYGEN_SANDBOX=1}. Skipped only where nbconvert is not installed.
 */
class NotebooksInJupyterTest {
    private static final String KERNEL = "heygen-notebooks-" + ProcessHandle.current().pid();
    /** A player's media copied into the notebook, so it plays without the kernel's sandbox. */
    private static final String VIDEO_COPY = "src=\"data:video/mp4;base64,";
    private static final String AUDIO_COPY = "src=\"data:audio/wav;base64,";
    private static final String POSTER_COPY = "poster=\"data:image/jpeg;base64,";

    @TempDir
    static Path home;
    private static Path executed;
    private static Path html;
    private static String log;
    private static Map<Path, String> before;

    @BeforeAll
    static void executeAllNotebooks() throws Exception {
        Path nbconvert = Jupyter.onPath("jupyter-nbconvert");
        assumeTrue(nbconvert != null, "jupyter-nbconvert is not installed");
        Jupyter jupyter = Jupyter.install(home, KERNEL);
        before = hashes();
        Path run = fresh(Notebooks.target().resolve("notebooks/run"));
        executed = fresh(Notebooks.target().resolve("notebooks/executed"));
        List<String> command = new ArrayList<>(List.of(nbconvert.toString(), "--to", "notebook", "--execute",
                "--ExecutePreprocessor.kernel_name=" + jupyter.kernel(), "--ExecutePreprocessor.timeout=120",
                "--ExecutePreprocessor.startup_timeout=120", "--output-dir", executed.toString()));
        for (Path notebook : Notebooks.all()) {
            Path copy = run.resolve(notebook.getFileName());
            Files.copy(notebook, copy);
            command.add(copy.toString());
        }
        long start = System.nanoTime();
        log = jupyter.run(command, run, 600);
        System.out.println("nbconvert executed " + Notebooks.all().size() + " notebooks in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        // As people share them: the executed notebooks as HTML, made after every kernel (and its sandbox) stopped.
        html = fresh(Notebooks.target().resolve("notebooks/html"));
        List<String> toHtml = new ArrayList<>(List.of(nbconvert.toString(), "--to", "html", "--output-dir",
                html.toString()));
        for (String name : Notebooks.EXPECTED) {
            toHtml.add(executed.resolve(name + ".ipynb").toString());
        }
        log += jupyter.run(toHtml, run, 300);
    }

    private static Path fresh(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static Map<Path, String> hashes() throws Exception {
        Map<Path, String> out = new LinkedHashMap<>();
        for (Path notebook : Notebooks.all()) {
            out.put(notebook, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(notebook))));
        }
        return out;
    }

    /** The outputs of the executed copy's cell whose committed source ends with {@code lastLine}. */
    private static List<JsonNode> outputs(String notebook, String lastLine) {
        Cell cell = Notebooks.codeCells(Notebooks.named(notebook)).stream()
                .filter(c -> c.lastLine().equals(lastLine)).findFirst()
                .orElseThrow(() -> new AssertionError(notebook + " has no cell ending with " + lastLine));
        JsonNode executedCell = executed(notebook).path("cells").get(cell.index());
        List<JsonNode> outputs = new ArrayList<>();
        executedCell.path("outputs").forEach(outputs::add);
        return outputs;
    }

    private static JsonNode executed(String notebook) {
        Path file = executed.resolve(notebook + ".ipynb");
        assertThat(file).as(log).exists();
        return Notebooks.read(file);
    }

    private static List<JsonNode> allOutputs(String notebook) {
        List<JsonNode> outputs = new ArrayList<>();
        executed(notebook).path("cells").forEach(c -> c.path("outputs").forEach(outputs::add));
        return outputs;
    }

    private static List<String> data(List<JsonNode> outputs, String mime) {
        return outputs.stream().filter(o -> o.path("data").has(mime)).map(o -> Notebooks.text(o.path("data").path(mime)))
                .toList();
    }

    private static String result(List<JsonNode> outputs, String mime) {
        return outputs.stream().filter(o -> o.path("output_type").asText().equals("execute_result"))
                .map(o -> Notebooks.text(o.path("data").path(mime))).findFirst()
                .orElseThrow(() -> new AssertionError("no execute_result in " + outputs));
    }

    private static BufferedImage png(String base64) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64)));
    }

    @Test
    void every_notebook_executes_without_an_error_output() {
        for (String name : Notebooks.EXPECTED) {
            List<String> errors = allOutputs(name).stream().filter(o -> o.path("output_type").asText().equals("error"))
                    .map(o -> o.path("ename").asText() + ": " + o.path("evalue").asText()).toList();
            assertThat(errors).as(name).isEmpty();
            long results = 0;
            for (JsonNode cell : executed(name).path("cells")) {
                results += cell.path("execution_count").isInt() ? 1 : 0;
            }
            assertThat(results).as(name + " code cells executed").isEqualTo(Notebooks.codeCells(Notebooks.named(name)).size());
        }
    }

    @Test
    void the_first_cell_says_the_client_is_the_offline_sandbox() {
        List<JsonNode> client = outputs("01-looks-and-voices", "client");
        assertThat(result(client, "text/plain")).matches("HeyGen\\[sandbox http://127\\.0\\.0\\.1:\\d+]");
        assertThat(result(client, "text/html")).contains("offline sandbox");
    }

    @Test
    void looks_and_voices_shows_previews_as_png_and_voices_as_audio() throws IOException {
        assertThat(data(outputs("01-looks-and-voices", "looks"), "image/png")).hasSize(1);
        assertThat(result(outputs("01-looks-and-voices", "looks"), "text/plain")).startsWith("8 looks: ");
        assertThat(result(outputs("01-looks-and-voices", "LookSheet.of(picked, 3)"), "text/plain"))
                .startsWith("6 looks: ").doesNotContain("BufferedImage");
        BufferedImage grid = png(result(outputs("01-looks-and-voices", "LookSheet.of(picked, 3)"), "image/png"));
        assertThat(grid.getWidth()).isEqualTo(LookSheet.size(6, 3).width);
        assertThat(grid.getHeight()).isEqualTo(LookSheet.size(6, 3).height);
        assertThat(data(outputs("01-looks-and-voices", "chosen"), "image/png")).hasSize(1);
        List<String> audio = data(allOutputs("01-looks-and-voices"), "text/html").stream()
                .filter(h -> h.contains("<audio ") && h.contains(AUDIO_COPY)).toList();
        assertThat(audio).as("voice table, auditions, one take").hasSize(3);
    }

    @Test
    void first_video_shows_live_progress_then_a_player_of_the_sandbox_video() {
        List<JsonNode> render = outputs("02-first-video", "video");
        assertThat(render).extracting(o -> o.path("output_type").asText()).containsExactly("display_data", "execute_result");
        assertThat(Notebooks.text(render.get(0).path("data").path("text/plain"))).contains("completed after");
        String player = result(render, "text/html");
        assertThat(player).contains("<video ").contains(VIDEO_COPY).contains(POSTER_COPY)
                .contains("href=\"http://127.0.0.1:").contains("/_media/videos/");
        assertThat(Notebooks.text(outputs("02-first-video", "mp4 + \" (\" + Files.size(mp4) / 1024 + \" KB)\"").get(0)
                .path("data").path("text/plain"))).contains("saved video to");
        List<JsonNode> job = outputs("02-first-video", "job");
        String id = result(job, "text/plain").replaceFirst("^RenderJob\\[id=([0-9a-f]+),.*", "$1");
        assertThat(data(job, "text/plain")).as("the job's own line; no progress line repeats it")
                .filteredOn(t -> t.contains(id)).hasSize(1);
        assertThat(result(job, "text/html")).contains("submitted").containsPattern("about \\d+ s expected");
        assertThat(result(outputs("02-first-video", "job.await()"), "text/html")).contains("<video ").contains(VIDEO_COPY);
    }

    @Test
    void photo_avatar_shows_the_portrait_and_the_talking_photo() throws IOException {
        BufferedImage portrait = png(result(outputs("03-photo-avatar", "ImageIO.read(photo.toFile())"), "image/png"));
        assertThat(portrait.getWidth()).isEqualTo(512);
        assertThat(portrait.getHeight()).isEqualTo(640);
        List<JsonNode> talking = outputs("03-photo-avatar", "talking");
        assertThat(Notebooks.text(talking.get(0).path("data").path("text/plain"))).contains("uploaded portrait-");
        assertThat(result(talking, "text/html")).contains("<video ").contains(VIDEO_COPY);
        assertThat(data(outputs("03-photo-avatar", "client.looks().list(Looks.LookQuery.of().avatarType(\"photo_avatar\"))"),
                "image/png")).hasSize(1);
    }

    @Test
    void scenes_and_backgrounds_show_players_a_table_and_the_three_frames() throws IOException {
        List<String> players = data(allOutputs("04-scenes-and-backgrounds"), "text/html").stream()
                .filter(h -> h.contains("<video ") && h.contains(VIDEO_COPY)).toList();
        assertThat(players).as("background pair and studio tour").hasSize(2);
        assertThat(result(outputs("04-scenes-and-backgrounds", "VideoTable.ofVideos(framed.values())"), "text/html"))
                .contains("Aspect 9:16");
        BufferedImage strip = png(result(outputs("04-scenes-and-backgrounds", "strip"), "image/png"));
        assertThat(strip.getWidth()).isEqualTo(1512);
        assertThat(strip.getHeight()).isEqualTo(656);
    }

    @Test
    void batch_personalization_shows_one_progress_board_a_results_table_and_a_player() {
        List<JsonNode> batch = outputs("05-batch-personalization", "result");
        assertThat(batch).extracting(o -> o.path("output_type").asText()).containsExactly("display_data", "execute_result");
        assertThat(Notebooks.text(batch.get(0).path("data").path("text/plain"))).contains("4 completed, 0 failed");
        assertThat(result(batch, "text/html").split("<tr>", -1)).hasSize(6);
        assertThat(result(outputs("05-batch-personalization", "client.videos().get(result.rows().get(2).videoId())"),
                "text/html")).contains("<video ").contains(VIDEO_COPY).contains("Welcome, Chloé");
    }

    @Test
    void the_saved_html_shows_a_poster_for_every_video_after_the_kernel_and_its_sandbox_are_gone() throws Exception {
        Pattern tag = Pattern.compile("<(video|audio|img)\\b[^>]*>");
        Pattern attribute = Pattern.compile("\\b(src|poster)=\"([^\"]*)\"");
        Pattern sandboxLink = Pattern.compile("href=\"(http://127\\.0\\.0\\.1:\\d+/_media/[^\"]+)\"");
        int videos = 0;
        List<String> links = new ArrayList<>();
        for (String name : Notebooks.EXPECTED) {
            Path page = html.resolve(name + ".html");
            assertThat(page).as(log).exists();
            String text = Files.readString(page);
            Matcher m = tag.matcher(text);
            while (m.find()) {
                Map<String, String> attrs = new LinkedHashMap<>();
                Matcher a = attribute.matcher(m.group());
                while (a.find()) {
                    attrs.put(a.group(1), a.group(2));
                }
                assertThat(attrs.get("src")).as(name + ": " + abbreviated(m.group())).startsWith("data:");
                if (m.group(1).equals("video")) {
                    videos++;
                    assertThat(attrs.get("poster")).as(name + " poster").startsWith("data:image/jpeg;base64,");
                    BufferedImage poster = ImageIO.read(new ByteArrayInputStream(decode(attrs.get("poster"))));
                    assertThat(poster.getWidth()).as(name + " poster width").isGreaterThanOrEqualTo(320);
                    byte[] mp4 = decode(attrs.get("src"));
                    assertThat(new String(mp4, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("ftyp");
                    System.out.println(name + ": video " + mp4.length / 1024 + " KB, poster "
                            + decode(attrs.get("poster")).length / 1024 + " KB inline");
                }
            }
            Matcher l = sandboxLink.matcher(text);
            while (l.find()) {
                links.add(l.group(1).replace("&amp;", "&"));
            }
            System.out.println(name + ".html: " + Files.size(page) / 1024 + " KB, " + name + ".ipynb: "
                    + Files.size(executed.resolve(name + ".ipynb")) / 1024 + " KB");
        }
        assertThat(videos).as("02: two, 03: two (a photo avatar, then a trained one), 04: three, 05: one").isEqualTo(8);
        assertThat(links).as("the players still name where the videos came from").isNotEmpty();
        for (String link : links) {
            assertThat(status(link)).as("the sandbox behind " + link + " is gone").isNotEqualTo(200);
        }
    }

    private static byte[] decode(String dataUri) {
        return Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
    }

    private static String abbreviated(String tag) {
        return tag.length() > 160 ? tag.substring(0, 160) + "…" : tag;
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    private static int status(String url) {
        try {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(url).toURL().openConnection();
            c.setConnectTimeout(2000);
            c.setReadTimeout(2000);
            try {
                return c.getResponseCode();
            } finally {
                c.disconnect();
            }
        } catch (IOException e) {
            return -1;
        }
    }

    @Test
    void executing_never_touches_the_committed_notebooks() throws Exception {
        assertThat(hashes()).isEqualTo(before);
    }
}
