package dev.heygenkit.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KernelInstallTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void install_with_prefix_writes_a_kernelspec_that_relaunches_this_class_path() throws Exception {
        int status = run("install", "--prefix", dir.toString(), "--name", "heygen-test", "--display-name", "T");

        Path spec = dir.resolve("share/jupyter/kernels/heygen-test/kernel.json");
        assertThat(status).isZero();
        JsonNode json = new ObjectMapper().readTree(spec.toFile());
        List<String> argv = new ArrayList<>();
        json.get("argv").forEach(a -> argv.add(a.asText()));
        assertThat(argv.get(0)).isEqualTo(KernelSpec.currentJava());
        assertThat(argv).contains("-Djava.awt.headless=true", "-cp");
        assertThat(argv.subList(argv.size() - 2, argv.size()))
                .containsExactly("dev.heygenkit.kernel.Main", "{connection_file}");
        String classpath = argv.get(argv.indexOf("-cp") + 1);
        assertThat(classpath).contains("jupyter-jvm-basekernel");
        assertThat(json.get("display_name").asText()).isEqualTo("T");
        assertThat(json.get("language").asText()).isEqualTo("java");
        assertThat(json.get("interrupt_mode").asText()).isEqualTo("message");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("heygen-test").contains(spec.getParent().toString());
    }

    @Test
    void install_into_an_explicit_kernels_dir_and_uninstall_again() throws Exception {
        assertThat(run("install", "--kernels-dir", dir.toString(), "--jvm-option", "-Xmx512m")).isZero();
        Path spec = dir.resolve(KernelSpec.DEFAULT_NAME).resolve("kernel.json");
        assertThat(Files.readString(spec)).contains("-Xmx512m").contains(KernelSpec.DEFAULT_DISPLAY_NAME);

        assertThat(run("uninstall", "--kernels-dir", dir.toString())).isZero();
        assertThat(spec.getParent()).doesNotExist();
        assertThat(run("uninstall", "--kernels-dir", dir.toString())).isEqualTo(1);
    }

    @Test
    void bad_names_and_options_are_usage_errors_that_write_nothing() throws Exception {
        assertThat(run("install", "--kernels-dir", dir.toString(), "--bogus")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown option '--bogus'");
        assertThatThrownBy(() -> run("install", "--kernels-dir", dir.toString(), "--name", "Bad Name"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad kernel name 'Bad Name'");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void no_arguments_prints_usage_and_fails() throws Exception {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: heygen-kernel install");
    }
}
