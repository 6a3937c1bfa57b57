package dev.heygenkit.release;

import dev.heygenkit.Version;
import dev.heygenkit.jbang.JBang;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The version lives in pom.xml's {@code revision}: the build stamps it into the jar ({@code heygen --version}), and
 * every place a user copies it from (README, notebooks' {@code %maven} lines, scripts, the template, the catalog)
 * says the same. {@code release/set-version} changes them together; this test catches a hand edit that did not.
 */
public class VersionDriftTest {
    private static final Pattern COORDINATES = Pattern.compile("dev\\.heygenkit:heygen-kit(?:-[a-z]+)?:([0-9][0-9A-Za-z.+-]*[0-9A-Za-z])");
    private static final Pattern KIT_VERSION_ARG = Pattern.compile("\"--kit-version\",\\s*\"([^\"]+)\"");

    /** The root pom's {@code revision}: the kit's one version. */
    public static String revision() throws IOException {
        Matcher m = Pattern.compile("<revision>([^<]+)</revision>").matcher(Files.readString(JBang.REPO.resolve("pom.xml")));
        assertThat(m.find()).as("pom.xml has a <revision> property").isTrue();
        return m.group(1).trim();
    }

    /** Every file a user reads a version from. */
    static List<Path> userFacing() throws IOException {
        List<Path> out = new ArrayList<>(List.of(JBang.REPO.resolve("README.md"), JBang.REPO.resolve("jbang-catalog.json"),
                JBang.REPO.resolve("notebooks/README.md")));
        for (String dir : List.of("scripts", "notebooks", "templates", "docs")) {
            try (Stream<Path> files = Files.walk(JBang.REPO.resolve(dir))) {
                files.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(java|ipynb|qute|md)$"))
                        .filter(p -> !p.toString().contains("/target/")).forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void the_built_kit_reports_the_poms_version() throws IOException {
        assertThat(Version.KIT).isEqualTo(revision());
        assertThat(Version.userAgent()).startsWith("heygen-kit/" + revision() + " ");
    }

    @Test
    void every_version_a_user_copies_is_the_poms() throws IOException {
        String revision = revision();
        List<String> drift = new ArrayList<>();
        int mentions = 0;
        for (Path file : userFacing()) {
            String text = Files.readString(file);
            for (Pattern p : List.of(COORDINATES, KIT_VERSION_ARG)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    mentions++;
                    if (!m.group(1).equals(revision)) {
                        drift.add(JBang.REPO.relativize(file) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(mentions).as("the scan finds the %maven lines, //DEPS and the catalog").isGreaterThan(8);
        assertThat(drift).as("run release/set-version " + revision + " or fix these by hand").isEmpty();
    }

    @Test
    void module_poms_take_the_version_from_the_parent() throws IOException {
        for (String module : List.of("lib", "kernel", "mcp", "tests", "bench")) {
            String pom = Files.readString(JBang.REPO.resolve(module).resolve("pom.xml"));
            assertThat(pom).as(module).contains("<version>${revision}</version>");
            assertThat(COORDINATES.matcher(pom).find()).as(module + " names no kit version of its own").isFalse();
        }
    }
}
