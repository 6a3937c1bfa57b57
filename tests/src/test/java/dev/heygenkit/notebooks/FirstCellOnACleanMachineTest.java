package dev.heygenkit.notebooks;

import dev.heygenkit.Version;
import dev.heygenkit.jbang.JBang;
import dev.heygenkit.kernel.MavenResolver;
import dev.heygenkit.release.StandInRepositories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The notebooks' first cell on a clean machine, as IJava and JJava run it: from an empty {@code user.home} and with no
 * network, {@code %maven dev.heygenkit:heygen-kit:VERSION} fails; after the documented one-time step
 * ({@code ./jbang install-kit}) Maven resolves it, and the rest of the cell runs in JShell on that class path alone,
 * down to a render on the sandbox. "Maven Central" is this machine's repository without the kit, served from disk.
 */
class FirstCellOnACleanMachineTest {
    private static final Path REAL_REPOSITORY = StandInRepositories.LOCAL;

    @TempDir
    Path tmp;

    @Test
    void after_the_documented_step_the_first_cell_resolves_and_runs_from_an_empty_home() throws Exception {
        assumeTrue(Jupyter.onPath("mvn") != null, "Maven is not on PATH");
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assumeTrue(Files.isExecutable(jshell), "this JDK has no jshell");
        Path home = Files.createDirectories(tmp.resolve("home"));
        Path central = StandInRepositories.centralWithoutTheKit(tmp.resolve("central"));
        String coordinates = "dev.heygenkit:heygen-kit:" + Version.KIT;

        assertThatThrownBy(() -> resolver(home, central).resolve(List.of(coordinates)))
                .as("before the step").hasMessageContaining("heygen-kit");

        assertThat(JBang.bootstrap().code()).as("JBang itself").isZero();
        JBang.Result step = JBang.exec(JBang.REPO, List.of(JBang.REPO.resolve("jbang").toString(), "--offline",
                "install-kit"), Map.of("JAVA_TOOL_OPTIONS", "-Duser.home=" + home,
                "JBANG_REPO", REAL_REPOSITORY.toString()));
        assertThat(step.code()).as(step.toString()).isZero();
        assertThat(step.out()).contains("%maven " + coordinates);

        List<Path> classPath = resolver(home, central).resolve(List.of(coordinates));
        assertThat(classPath).as("every jar from the clean home").allMatch(p -> p.startsWith(home))
                .anyMatch(p -> p.endsWith("dev/heygenkit/heygen-kit/" + Version.KIT + "/heygen-kit-" + Version.KIT + ".jar"))
                .anyMatch(p -> p.getFileName().toString().startsWith("jackson-databind-"));

        String output = firstCell(jshell, home, classPath);
        assertThat(output).as(output).containsPattern("client ==> HeyGen\\[sandbox http://127\\.0\\.0\\.1:\\d+]")
                .contains("rendered ==> completed").doesNotContain("|  Error").doesNotContain("Exception");
    }

    /** Maven with {@code user.home} at {@code home} and every remote repository served from {@code central}. */
    private MavenResolver resolver(Path home, Path central) throws IOException {
        Path settings = Files.createDirectories(home.resolve(".m2")).resolve("settings.xml");
        Files.writeString(settings, "<settings><mirrors><mirror><id>central-copy</id><mirrorOf>*</mirrorOf><url>"
                + central.toUri() + "</url></mirror></mirrors></settings>");
        // The local repository named outright: a MAVEN_OPTS with -Dmaven.repo.local must not bring the kit back in.
        return new MavenResolver(List.of("mvn", "-Duser.home=" + home, "-Dmaven.repo.local=" + home.resolve(".m2/repository")),
                tmp.resolve("kernel-maven"));
    }

    /** The first cell without its {@code %maven} line, then a render, in JShell on exactly {@code classPath}. */
    private String firstCell(Path jshell, Path home, List<Path> classPath) throws IOException, InterruptedException {
        String cell = Notebooks.codeCells(Notebooks.named("02-first-video")).get(0).source();
        assertThat(cell).startsWith("%maven dev.heygenkit:heygen-kit:" + Version.KIT + "\n");
        Path script = tmp.resolve("first-cell.jsh");
        Files.writeString(script, cell.substring(cell.indexOf('\n') + 1) + "\n"
                + "System.out.println(\"client ==> \" + client)\n"
                + "var rendered = Avatar.look(client.looks().list().items().get(0).id()).say(\"Hi\").render(client).status()\n"
                + "System.out.println(\"rendered ==> \" + rendered)\n"
                + "/exit\n");
        List<String> command = new ArrayList<>(List.of(jshell.toString(), "--feedback", "normal", "--class-path",
                classPath.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)),
                "-J-Duser.home=" + home, "-R-Duser.home=" + home, "-R-Djava.awt.headless=true", script.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("HEYGEN_"));
        pb.environment().put("HEYGEN_SANDBOX", "1");
        pb.environment().put("HEYGEN_CONFIG_DIR", home.resolve(".heygen").toString());
        Path log = tmp.resolve("jshell.log");
        Process p = pb.redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(3, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(done).as("jshell finished: " + output).isTrue();
        return output;
    }
}
