package dev.heygenkit.jbang;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Start-up caches of {@code ./jbang heygen}: the application class-data-sharing archive beside the compiled jar
 * (recorded once, mapped after, a broken one ignored, a stale one recorded anew) and the wrapper's fast path, which
 * reuses JBang's last command until anything JBang reads may have changed.
 */
class LaunchCacheTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void bootstrap() throws Exception {
        JBang.Result r = JBang.bootstrap();
        assertThat(r.code()).as(r.toString()).isZero();
    }

    private static JBang.Result version(Map<String, String> env) throws Exception {
        return JBang.exec(JBang.REPO, List.of(JBang.REPO.resolve("jbang").toString(), "heygen", "--version"), env);
    }

    private static void assertCleanVersion(JBang.Result r) {
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).as("stdout holds only the version").startsWith("heygen-kit ").doesNotContain("[cds]", "warning");
        assertThat(r.err()).as(r.toString()).doesNotContain("[cds]", "CDS", "archive");
    }

    /** The heygen jar JBang built most recently, beside which the archive lives. */
    private static Path jar() throws Exception {
        try (Stream<Path> s = Files.list(JBang.HOME.resolve("cache/jars"))) {
            return s.filter(d -> d.getFileName().toString().startsWith("heygen.java.")).map(d -> d.resolve("heygen.jar"))
                    .filter(Files::exists).max(Comparator.comparing(LaunchCacheTest::mtime)).orElseThrow();
        }
    }

    private static FileTime mtime(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_archive_is_recorded_once_mapped_after_and_a_broken_or_stale_one_is_harmless() throws Exception {
        assertCleanVersion(version(Map.of()));
        Path jar = jar();
        Path jsa = jar.resolveSibling("heygen.jsa");
        Files.deleteIfExists(jsa);

        JBang.Result recording = version(Map.of());
        assertCleanVersion(recording);
        assertThat(jsa).as("the first run records the archive").exists();
        FileTime recorded = mtime(jsa);
        assertCleanVersion(version(Map.of()));
        assertThat(mtime(jsa)).as("later runs map it and leave it alone").isEqualTo(recorded);

        jsa.toFile().setWritable(true);
        Files.write(jsa, "not an archive".getBytes());
        JBang.Result broken = version(Map.of());
        assertCleanVersion(broken);
        assertThat(broken.out()).isEqualTo(recording.out());

        Files.setLastModifiedTime(jsa, FileTime.from(mtime(jar).toInstant().minusSeconds(60)));
        assertCleanVersion(version(Map.of()));
        assertThat(Files.size(jsa)).as("a stale archive is recorded anew").isGreaterThan(1_000_000);
        assertThat(mtime(jsa).toInstant()).isAfter(mtime(jar).toInstant());
    }

    @Test
    void a_repeated_call_skips_jbang_until_something_it_reads_may_have_changed() throws Exception {
        Path boot = tmp.resolve("boot");
        Path lib = boot.resolve(JBang.lib().getFileName());
        Files.createDirectories(lib);
        try (Stream<Path> s = Files.list(JBang.lib())) {
            for (Path p : s.toList()) {
                Files.copy(p, lib.resolve(p.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Map<String, String> env = Map.of("HEYGEN_JBANG_HOME", boot.toString());
        JBang.Result viaJBang = version(env);
        assertCleanVersion(viaJBang);
        try (Stream<Path> s = Files.list(boot.resolve("launch"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".cmd")).count()).as("the command was saved").isEqualTo(1);
        }

        // From here JBang itself cannot start: only the fast path can answer.
        Files.delete(lib.resolve("jbang-cli-" + JBang.VERSION + ".jar"));
        JBang.Result fast = version(env);
        assertCleanVersion(fast);
        assertThat(fast.out()).isEqualTo(viaJBang.out());

        assertThat(version(Map.of("HEYGEN_JBANG_HOME", boot.toString(), "HEYGEN_JBANG_FAST", "0")).code())
                .as("HEYGEN_JBANG_FAST=0 goes through JBang").isNotZero();
        assertThat(version(Map.of("HEYGEN_JBANG_HOME", boot.toString(), "JBANG_REPO", tmp.toString())).code())
                .as("another JBANG_* setting goes through JBang").isNotZero();
        Path script = JBang.REPO.resolve("scripts/heygen.java");
        Files.setLastModifiedTime(script, FileTime.from(Instant.now()));
        assertThat(version(env).code()).as("a touched source goes through JBang").isNotZero();
    }
}
