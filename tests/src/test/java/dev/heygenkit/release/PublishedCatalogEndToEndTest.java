package dev.heygenkit.release;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.heygenkit.Version;
import dev.heygenkit.jbang.JBang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The release as a user meets it, with a file repository standing in for Maven Central: the release build deploys
 * the kit, the kernel and the MCP server into it; the published catalog (release/PublishedCatalog.java) is served
 * over HTTP on 127.0.0.1; and from an empty folder outside the repository, with an empty JBang cache and an empty
 * local Maven repository, the catalog's aliases and template run on artifacts resolved from that repository alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class PublishedCatalogEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MODULES = List.of("heygen-kit", "heygen-kit-kernel", "heygen-kit-mcp");

    @TempDir
    static Path tmp;
    static Path release;
    static Path work;
    static Path home;
    static HttpServer server;
    static String catalog;
    static Map<String, String> env;

    @BeforeAll
    static void deployAndPublish() throws Exception {
        assumeTrue(onPath("mvn"), "Maven is not on PATH");
        release = Files.createDirectories(tmp.resolve("release"));
        deploy(release);
        Path central = StandInRepositories.centralWithoutTheKit(tmp.resolve("central"));
        home = Files.createDirectories(tmp.resolve("home"));
        StandInRepositories.userSettings(home, central, release);
        Path published = tmp.resolve("catalog");
        JBang.Result generated = JBang.exec(JBang.REPO, List.of(javaTool("java"), "release/PublishedCatalog.java",
                published.toString()), Map.of());
        assertThat(generated.code()).as(generated.toString()).isZero();
        server = serve(published);
        catalog = "http://127.0.0.1:" + server.getAddress().getPort() + "/jbang-catalog.json";
        work = Files.createDirectories(tmp.resolve("work"));
        env = new HashMap<>(Map.of("JBANG_DIR", tmp.resolve("jbang-home").toString(),
                "JBANG_REPO", tmp.resolve("jbang-m2").toString(),
                "JAVA_TOOL_OPTIONS", "-Duser.home=" + home,
                "HEYGEN_CONFIG_DIR", home.resolve(".heygen").toString()));
        assertThat(JBang.bootstrap().code()).as("JBang itself").isZero();
        JBang.Result trust = JBang.exec(work, List.of(JBang.REPO.resolve("jbang").toString(), "trust", "add",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/"), env);
        assertThat(trust.code()).as(trust.toString()).isZero();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    @Order(1)
    void the_release_build_deploys_jar_sources_javadoc_and_a_complete_pom_for_every_module() throws Exception {
        for (String module : MODULES) {
            Path dir = release.resolve("dev/heygenkit/" + module + "/" + Version.KIT);
            String base = module + "-" + Version.KIT;
            for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar", ".pom")) {
                assertThat(dir.resolve(base + suffix)).as(module + suffix).isRegularFile();
            }
            String pom = Files.readString(dir.resolve(base + ".pom"));
            assertThat(pom).as(module + " POM").contains("<version>" + Version.KIT + "</version>", "<name>",
                    "<description>", "<url>", "<licenses>", "Apache License, Version 2.0", "<scm", "<connection>", "<developers>")
                    .doesNotContain("${revision}", "<parent>");
            try (ZipFile javadoc = new ZipFile(dir.resolve(base + "-javadoc.jar").toFile())) {
                assertThat(javadoc.getEntry("index.html")).as(module + " javadoc").isNotNull();
            }
            try (ZipFile jar = new ZipFile(dir.resolve(base + ".jar").toFile())) {
                assertThat(jar.stream().map(e -> e.getLastModifiedTime().toInstant().toString().substring(0, 10)).distinct())
                        .as(module + ": reproducible entry times").containsExactly("2026-12-03");
            }
        }
    }

    @Test
    @Order(2)
    void the_cli_alias_answers_from_the_released_kit() throws Exception {
        JBang.Result looks = jbang("heygen@" + catalog, "--sandbox", "looks", "--json");
        assertThat(looks.code()).as(looks.toString()).isZero();
        assertThat(JSON.readTree(looks.out()).isArray()).isTrue();
        assertThat(tmp.resolve("jbang-m2/dev/heygenkit/heygen-kit/" + Version.KIT + "/heygen-kit-" + Version.KIT + ".jar"))
                .as("resolved from the release repository into the empty local one").isRegularFile();
        JBang.Result version = jbang("heygen@" + catalog, "--version");
        assertThat(version.out()).contains(Version.KIT);
    }

    @Test
    @Order(3)
    void first_video_renders_on_the_sandbox() throws Exception {
        Path dir = Files.createDirectories(work.resolve("first"));
        JBang.Result first = JBang.exec(dir, jbangCommand("first-video@" + catalog), env);
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(dir.resolve("hello.mp4")).isRegularFile();
        assertThat(Files.size(dir.resolve("hello.mp4"))).isPositive();
    }

    @Test
    @Order(4)
    void a_script_made_from_the_template_runs() throws Exception {
        Path dir = Files.createDirectories(work.resolve("template"));
        JBang.Result init = JBang.exec(dir, List.of(JBang.REPO.resolve("jbang").toString(), "init", "-t", "heygen@" + catalog,
                "myvideo.java"), env);
        assertThat(init.code()).as(init.toString()).isZero();
        assertThat(Files.readString(dir.resolve("myvideo.java"))).contains("//DEPS dev.heygenkit:heygen-kit:" + Version.KIT);
        JBang.Result run = JBang.exec(dir, jbangCommand("myvideo.java", "Hello from a release"), env);
        assertThat(run.code()).as(run.toString()).isZero();
    }

    @Test
    @Order(5)
    void the_mcp_server_answers_initialize() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(jbangCommand("heygen-mcp@" + catalog))
                .directory(work.toFile()).redirectError(tmp.resolve("mcp.err").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("HEYGEN_") || k.startsWith("JBANG_"));
        pb.environment().put("HEYGEN_JBANG_HOME", JBang.BOOT.toString());
        pb.environment().put("HEYGEN_JBANG_BOOTSTRAP", "1");
        pb.environment().put("HEYGEN_SANDBOX", "1");
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            OutputStream in = p.getOutputStream();
            in.write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"e2e\",\"version\":\"1\"}}}\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (IOException e) {
                    return null;
                }
            }).get(5, TimeUnit.MINUTES);
            assertThat(line).as("stderr: " + Files.readString(tmp.resolve("mcp.err"))).isNotNull();
            JsonNode answer = JSON.readTree(line);
            assertThat(answer.path("id").asInt()).isEqualTo(1);
            assertThat(answer.path("result").path("serverInfo").path("name").asText()).isNotEmpty();
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Test
    @Order(6)
    void a_notebook_with_the_maven_line_runs_in_the_kernel_from_the_release() throws Exception {
        assumeTrue(onPath("jupyter-nbconvert"), "jupyter-nbconvert is not installed");
        Path jupyter = tmp.resolve("jupyter");
        JBang.Result install = jbang("heygen-kernel@" + catalog, "install", "--prefix", jupyter.toString(), "--name", "e2e");
        assertThat(install.code()).as(install.toString()).isZero();
        String spec = Files.readString(jupyter.resolve("share/jupyter/kernels/e2e/kernel.json"));
        assertThat(spec).as("the kernel's class path comes from the release").contains(
                "dev/heygenkit/heygen-kit-kernel/" + Version.KIT);
        Path notebook = work.resolve("release.ipynb");
        Files.writeString(notebook, notebook(List.of("%maven dev.heygenkit:heygen-kit:" + Version.KIT,
                "import dev.heygenkit.*;\nvar client = HeyGen.sandbox();\n"
                        + "Avatar.look(client.looks().list().items().get(0).id()).say(\"Hi\").render(client).status()")));
        List<String> command = List.of("jupyter-nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=e2e",
                "--ExecutePreprocessor.timeout=180", "--ExecutePreprocessor.startup_timeout=180", "--output", "executed.ipynb",
                notebook.toString());
        Map<String, String> jenv = new HashMap<>(env);
        jenv.put("JUPYTER_PATH", jupyter.resolve("share/jupyter").toString());
        jenv.put("JUPYTER_DATA_DIR", jupyter.resolve("data").toString());
        jenv.put("JUPYTER_CONFIG_DIR", jupyter.resolve("config").toString());
        jenv.put("JUPYTER_RUNTIME_DIR", jupyter.resolve("runtime").toString());
        jenv.put("HEYGEN_SANDBOX", "1");
        JBang.Result run = JBang.exec(work, command, jenv);
        assertThat(run.code()).as(run.toString()).isZero();
        String executed = Files.readString(work.resolve("executed.ipynb"));
        assertThat(executed).contains("completed").doesNotContain("\"output_type\": \"error\"");
    }

    /** A notebook with one code cell per source. */
    private static String notebook(List<String> cells) throws IOException {
        var root = JSON.createObjectNode().put("nbformat", 4).put("nbformat_minor", 5);
        root.putObject("metadata").putObject("kernelspec").put("name", "e2e").put("display_name", "e2e").put("language", "java");
        var list = root.putArray("cells");
        int i = 0;
        for (String source : cells) {
            var cell = list.addObject().put("cell_type", "code").put("id", "c" + i++);
            cell.putObject("metadata");
            cell.putArray("outputs");
            cell.putNull("execution_count");
            cell.put("source", source);
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static JBang.Result jbang(String... args) throws Exception {
        return JBang.exec(work, jbangCommand(args), env);
    }

    /**
     * JBang with Maven Central (served from the stand-in through the user's settings) and the release repository as
     * the only extra one, as a user adds a staging repository before the release reaches Central.
     */
    private static List<String> jbangCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of(JBang.REPO.resolve("jbang").toString(), "--repos", "mavencentral",
                "--repos", "release=" + release.toUri()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * Runs the release build on a copy of the sources (the reactor running this test keeps its own target folders)
     * and deploys into {@code repository}; Maven is pointed at this machine's repository only.
     */
    private static void deploy(Path repository) throws Exception {
        Path src = Files.createDirectories(tmp.resolve("src"));
        for (String part : List.of("pom.xml", "lib", "kernel", "mcp", "tests/pom.xml", "bench/pom.xml")) {
            copyTree(JBang.REPO.resolve(part), src.resolve(part));
        }
        List<String> command = List.of("mvn", "-B", "-q", "-s", StandInRepositories.localOnlySettings(tmp).toString(),
                "-Dmaven.repo.local=" + StandInRepositories.LOCAL, "-P", "release", "deploy", "-pl", ".,lib,kernel,mcp",
                "-DskipTests", "-DaltDeploymentRepository=release::" + repository.toUri());
        JBang.Result built = JBang.exec(src, command, Map.of());
        assertThat(built.code()).as("release build: " + built).isZero();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                String rel = from.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith("target") || rel.contains("/target/") || rel.startsWith("ts-test")) {
                    continue;
                }
                Path t = rel.isEmpty() ? to : to.resolve(rel);
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.createDirectories(t.getParent());
                    Files.copy(f, t);
                }
            }
        }
    }

    private static HttpServer serve(Path root) throws IOException {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        s.createContext("/", ex -> {
            Path file = root.resolve(ex.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream o = ex.getResponseBody()) {
                o.write(body);
            }
        });
        s.start();
        return s;
    }

    private static String javaTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static boolean onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }
}
