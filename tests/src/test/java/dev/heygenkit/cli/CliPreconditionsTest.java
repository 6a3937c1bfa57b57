package dev.heygenkit.cli;

import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every local precondition fails with exit 2 and one line before any request reaches the server, so nothing is paid. */
class CliPreconditionsTest {
    static Sandbox sandbox;

    @TempDir
    Path dir;
    Cli cli;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder().clockSpeed(2000).start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void setUp() {
        cli = new Cli(dir, sandbox.baseUri().toString());
    }

    /** Runs the command and asserts exit 2, a one-line error containing {@code expected}, and no request at all. */
    private Cli.Result refused(String expected, String... args) {
        int before = sandbox.requests().size();
        Cli.Result r = cli.run(args);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.USAGE);
        assertThat(r.err()).as(r.toString()).startsWith("error: ").contains(expected)
                .doesNotContain("UncheckedIOException", "report it", "Exception");
        assertThat(r.err().lines().filter(l -> l.startsWith("error: ")).count()).isEqualTo(1);
        assertThat(sandbox.requests().size() - before).as("requests that reached the server").isZero();
        return r;
    }

    private String[] render(String... extra) {
        String[] base = {"render", "--poll", "20ms", "--look", "anna", "--say", "Hi", "--fresh"};
        String[] all = new String[base.length + extra.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void an_output_folder_that_cannot_be_created_is_refused_before_the_post() throws Exception {
        Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        refused("cannot write into", render("-o", "blocker/sub/out.mp4"));
        refused("cannot write into", render("-o", "blocker/sub/"));
    }

    @Test
    void a_read_only_output_folder_is_refused_before_the_post() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes into read-only folders");
        Path ro = Files.createDirectories(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            refused("cannot write into", render("-o", "ro/out.mp4"));
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void an_existing_target_or_srt_beside_it_is_refused_without_force() throws Exception {
        Files.writeString(dir.resolve("taken.mp4"), "mine");
        refused("already exists", render("-o", "taken.mp4"));
        Files.writeString(dir.resolve("clip.srt"), "mine");
        refused("clip.srt", render("-o", "clip.mp4", "--captions"));
        Files.writeString(dir.resolve("burn.captioned.mp4"), "mine");
        refused("burn.captioned.mp4", render("-o", "burn.mp4", "--burn-captions"));
        assertThat(Files.readString(dir.resolve("clip.srt"))).isEqualTo("mine");
    }

    @Test
    void durations_that_make_no_sense_are_refused() throws Exception {
        Files.writeString(dir.resolve("x.csv"), "name\nAnna\n");
        refused("--timeout 0s must be above 0", render("--timeout", "0"));
        refused("--poll", render("--poll", "0ms"));
        refused("--poll", render("--poll", "2h"));
        refused("timeout", "batch", "--look", "anna", "--say", "Hi {{name}}", "--data", "x.csv", "--out", "o", "--timeout", "0s");
    }

    @Test
    void scene_and_data_files_that_are_missing_pipes_or_devices_are_refused_before_reading() throws Exception {
        refused("--data", "batch", "--look", "anna", "--say", "Hi {{name}}", "--data", "missing.csv", "--out", "o");
        refused("not a regular file", "batch", "--look", "anna", "--say", "Hi {{name}}", "--data", dir.toString(), "--out", "o");
        Path zero = dir.resolve("zero.json");
        Files.createSymbolicLink(zero, Path.of("/dev/null"));
        refused("not a regular file", "render", "--scenes", zero.toString(), "-o", "v.mp4");
        Path big = dir.resolve("big.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(5L << 20);
        }
        refused("MB, over the 4 MB", "render", "--scenes", big.toString(), "-o", "v.mp4");
    }

    @Test
    void a_script_file_that_is_missing_a_folder_a_pipe_or_huge_is_refused_at_once() throws Exception {
        refused("--script-file nope.txt: no such file", render("--script-file", "nope.txt"));
        Files.createDirectories(dir.resolve("folder"));
        refused("not a regular file", render("--script-file", "folder"));
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is available");
        refused("not a regular file", render("--script-file", "pipe"));
        try (RandomAccessFile big = new RandomAccessFile(dir.resolve("big.txt").toFile(), "rw")) {
            big.setLength(200L << 20);
        }
        long t0 = System.nanoTime();
        refused("is 200.0 MB", render("--script-file", "big.txt"));
        assertThat((System.nanoTime() - t0) / 1_000_000).as("refused by size, not read").isLessThan(5_000);
    }

    @Test
    void no_wait_with_an_output_file_is_refused_as_contradictory() {
        refused("--no-wait", render("--no-wait", "-o", "later.mp4"));
    }

    @Test
    void batch_and_download_check_their_folders_first() throws Exception {
        Files.writeString(dir.resolve("blocker"), "x");
        Files.writeString(dir.resolve("people.csv"), "name\nAna\n");
        refused("--out blocker/results", "batch", "--look", "anna", "--say", "Hi {{name}}", "--data", "people.csv",
                "--out", "blocker/results");
        Files.writeString(dir.resolve("have.mp4"), "mine");
        refused("already exists", "download", "vid_x", "-o", "have.mp4");
        refused("cannot write into", "download", "vid_x", "-o", "blocker/d/", "--srt");
    }

    @Test
    void nan_and_infinity_are_refused_with_one_line_not_sent_as_nan() {
        Cli.Result dry = refused("voice_settings.speed is NaN", render("--speed", "NaN", "--dry-run"));
        assertThat(dry.out()).doesNotContain("NaN");
        refused("voice volume Infinity is outside", render("--volume", "Infinity"));
    }

    @Test
    void avatar_and_voice_creation_refuse_a_zero_timeout_before_any_request() {
        refused("--timeout 0s", "avatars", "create", "--prompt", "a friendly presenter", "--wait", "--timeout", "0");
        refused("--timeout 0s", "voices", "clone", "https://example.com/sample.mp3", "--name", "Me", "--wait", "--timeout", "0s");
    }
}
