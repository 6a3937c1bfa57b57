package dev.heygenkit.scripts;

import dev.heygenkit.cli.Mp4Boxes;
import dev.heygenkit.jbang.JBang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog as users run it, through the real {@code ./jbang} wrapper: the heygen alias renders a playable file,
 * every script in scripts/ runs to success against the sandbox without a key, and {@code jbang init -t} output runs.
 */
class ScriptsThroughJBangTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void bootstrap() throws Exception {
        JBang.Result r = JBang.bootstrap();
        assertThat(r.code()).as(r.toString()).isZero();
    }

    @Test
    void heygen_alias_from_the_repo_renders_on_the_sandbox_into_a_playable_file() throws Exception {
        Path out = dir.resolve("hello.mp4");
        JBang.Result r = JBang.run(JBang.REPO, "heygen@.", "--sandbox", "render", "--look", "anna", "--say", "Hello", "-o", out.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        Mp4Boxes.assertPlayable(out, 2000);
        assertThat(r.out()).containsPattern("(?m)^status\\s+completed$").contains(out.toString());
        System.out.println("first ./jbang heygen@. render (compiles the kit): " + r.elapsed().toMillis() + " ms");

        JBang.Result warm = JBang.run(JBang.REPO, "heygen@.", "--version");
        assertThat(warm.code()).isZero();
        System.out.println("warm ./jbang heygen@. --version: " + warm.elapsed().toMillis() + " ms");
    }

    @Test
    void heygen_alias_works_from_any_directory_by_catalog_path_and_keeps_exit_codes() throws Exception {
        JBang.Result v = JBang.run(dir, "heygen@" + JBang.REPO, "--version");
        assertThat(v.code()).as(v.toString()).isZero();
        assertThat(v.out()).startsWith("heygen-kit ");
        JBang.Result usage = JBang.run(dir, "heygen@" + JBang.REPO, "render", "--lok", "anna");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).contains("did you mean --look?");
        JBang.Result auth = JBang.run(dir, "heygen@" + JBang.REPO, "looks");
        assertThat(auth.code()).isEqualTo(3);
    }

    static Stream<String> scripts() throws Exception {
        try (Stream<Path> s = Files.list(JBang.REPO.resolve("scripts"))) {
            // The launchers have their own tests: the heygen alias above, heygen-mcp in McpTypeScriptClientTest.
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".java") && !n.equals("heygen.java") && !n.equals("heygen_mcp.java"))
                    .sorted().toList().stream();
        }
    }

    /** The catalog alias of each script, and what a successful run leaves behind. */
    static final Map<String, String> ALIASES = Map.of(
            "first_video.java", "first-video", "photo_avatar.java", "photo-avatar", "studio_video.java", "studio-video",
            "voice_auditions.java", "voice-auditions", "batch_from_csv.java", "batch-csv", "webhook_receiver.java", "webhook-receiver");

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void every_script_runs_to_success_on_the_sandbox_without_a_key(String script) throws Exception {
        assertThat(ALIASES).as("add expectations for new script " + script).containsKey(script);
        JBang.Result r = JBang.run(dir, ALIASES.get(script) + "@" + JBang.REPO);
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).as("says it falls back to the sandbox").contains("No HEYGEN_API_KEY found");
        System.out.println(script + ": " + r.elapsed().toMillis() + " ms");
        List<String> lines = r.out().lines().toList();
        switch (script) {
            case "first_video.java" -> {
                Mp4Boxes.assertPlayable(dir.resolve("hello.mp4"), 2000);
                assertThat(lines.get(0)).isEqualTo(dir.resolve("hello.mp4").toString());
                assertThat(lines.get(1)).startsWith("http://127.0.0.1:").contains("/video.mp4");
                assertThat(r.err()).contains("submitted video", "saved video to hello.mp4");
            }
            case "photo_avatar.java" -> {
                Mp4Boxes.assertPlayable(dir.resolve("photo.mp4"), 2000);
                assertThat(dir.resolve("portrait.png")).exists();
                assertThat(r.err()).contains("uploading portrait.png");
            }
            case "studio_video.java" -> {
                Mp4Boxes.assertPlayable(dir.resolve("studio.mp4"), 2000);
                assertThat(r.err()).contains("Scenes.of(", "Background.color(\"#0A84FF\")");
            }
            case "voice_auditions.java" -> {
                String[] wavs = dir.resolve("auditions").toFile().list();
                assertThat(wavs).hasSize(5).allSatisfy(n -> assertThat(n).endsWith(".wav"));
                for (String w : wavs) {
                    byte[] head = Files.readAllBytes(dir.resolve("auditions").resolve(w));
                    assertThat(new String(head, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
                }
                assertThat(lines).hasSize(5);
            }
            case "batch_from_csv.java" -> {
                for (String name : List.of("Ada", "Grace", "Linus")) {
                    Mp4Boxes.assertPlayable(dir.resolve("batch/" + name + ".mp4"), 2000);
                }
                assertThat(dir.resolve("batch/manifest.csv")).content().contains("Ada", "completed");
                assertThat(lines).hasSize(3).anySatisfy(l -> assertThat(l).startsWith("Ada\t"));
            }
            case "webhook_receiver.java" -> {
                assertThat(r.err()).contains("rejected a delivery", "verified avatar_video.success");
                assertThat(lines).singleElement().satisfies(l -> assertThat(l).startsWith("avatar_video.success "));
            }
            default -> throw new AssertionError("no expectations for " + script);
        }
    }

    @Test
    void init_template_creates_a_script_that_compiles_and_runs() throws Exception {
        JBang.Result init = JBang.run(dir, "init", "-t", "heygen@" + JBang.REPO, "myvideo.java");
        assertThat(init.code()).as(init.toString()).isZero();
        String source = Files.readString(dir.resolve("myvideo.java"));
        assertThat(source).contains("class myvideo", "//DEPS dev.heygenkit:heygen-kit:");

        // The generated script uses the kit jar from the local Maven repository (installed by the reactor build).
        JBang.Result run = JBang.run(dir, "myvideo.java", "Hello", "from", "a", "template");
        assertThat(run.code()).as(run.toString()).isZero();
        Mp4Boxes.assertPlayable(dir.resolve("myvideo.mp4"), 2000);
        assertThat(run.out().strip()).isEqualTo(dir.resolve("myvideo.mp4").toString());
    }
}
