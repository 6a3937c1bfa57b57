package dev.heygenkit.scripts;

import dev.heygenkit.jbang.JBang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** first-video never overwrites an earlier video: a fresh name by default, a refusal for a name that is taken. */
class FirstVideoKeepsFilesTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    // The java launcher's source mode runs the script on the test class path (the kit's classes), without JBang.
    private Run run(String... args) throws IOException, InterruptedException {
        String launcher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(launcher, "-cp", System.getProperty("java.class.path"),
                JBang.REPO.resolve("scripts/first_video.java").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("HEYGEN_"));
        pb.environment().put("HEYGEN_CONFIG_DIR", dir.resolve("config").toString());
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void a_second_run_picks_a_fresh_name_and_a_taken_explicit_name_is_refused_before_rendering() throws Exception {
        Files.writeString(dir.resolve("hello.mp4"), "my earlier video");
        Run second = run("Hi again");
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).startsWith(dir.resolve("hello-2.mp4").toString());
        assertThat(Files.readString(dir.resolve("hello.mp4"))).isEqualTo("my earlier video");

        Run taken = run("Hi", "hello.mp4");
        assertThat(taken.code()).isEqualTo(2);
        assertThat(taken.err()).contains("hello.mp4 already exists", "nothing was rendered");
        assertThat(Files.readString(dir.resolve("hello.mp4"))).isEqualTo("my earlier video");
    }
}
