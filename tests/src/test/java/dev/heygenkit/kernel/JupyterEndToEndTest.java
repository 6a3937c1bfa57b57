package dev.heygenkit.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs the kit's kernel under real Jupyter: a kernelspec pointing at {@code java -cp <test class path>
 * dev.heygenkit.kernel.Main}, notebooks executed by {@code jupyter nbconvert --execute}, and an interrupt sent by
 * {@code jupyter_client}. Skipped only where Jupyter's nbconvert is not installed; CI installs it.
 */
class JupyterEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KERNEL = "heygen-e2e-" + ProcessHandle.current().pid();

    @TempDir
    static Path dir;
    private static Path nbconvert;

    @BeforeAll
    static void installKernelspec() throws Exception {
        nbconvert = onPath("jupyter-nbconvert");
        assumeTrue(nbconvert != null, "jupyter-nbconvert is not installed");
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        int status = Main.run(new String[]{"install", "--prefix", dir.toString(), "--name", KERNEL}, quiet, quiet);
        assertThat(status).isZero();
    }

    @Test
    void nbconvert_runs_a_notebook_through_the_kernel_with_text_images_html_streams_and_errors() throws Exception {
        Path ok = notebook("ok.ipynb",
                "1 + 1",
                "System.out.println(\"hello from java\");\nSystem.err.println(\"warn from java\");",
                "int a = 20;",
                "a * 2 + 2",
                "var img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);\nimg",
                "Html.of(\"<b>bold</b>\", \"bold\")",
                "String id = display(Html.of(\"<i>first</i>\"));\nupdateDisplay(id, Html.of(\"<i>second</i>\"));",
                "LookSheet.of(List.of(), 2)",
                "HeyGen.class.getSimpleName()",
                "%maven dev.heygenkit:heygen-kit:" + dev.heygenkit.Version.KIT + "\n"
                        + "render(Html.of(\"<s>x</s>\", \"x\"), \"text/html\")");
        Path bad = notebook("errors.ipynb",
                "int x = \"oops\";",
                "throw new IllegalStateException(\"boom\");",
                "%nosuchmagic",
                "1 + 2");
        Path out = dir.resolve("out");

        long start = System.nanoTime();
        String log = run(List.of(nbconvert.toString(), "--to", "notebook", "--execute", "--allow-errors",
                "--ExecutePreprocessor.kernel_name=" + KERNEL, "--ExecutePreprocessor.timeout=120",
                "--ExecutePreprocessor.startup_timeout=120", "--output-dir", out.toString(),
                ok.toString(), bad.toString()), 300);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("nbconvert executed 2 notebooks (2 kernel starts) in " + millis + " ms");

        List<List<JsonNode>> okCells = outputs(out.resolve("ok.ipynb"), log);
        assertThat(okCells.stream().flatMap(List::stream)).as(log)
                .noneSatisfy(o -> assertThat(o.path("output_type").asText()).isEqualTo("error"));
        assertThat(result(okCells.get(0), "text/plain")).isEqualTo("2");
        assertThat(stream(okCells.get(1), "stdout")).isEqualTo("hello from java\n");
        assertThat(stream(okCells.get(1), "stderr")).isEqualTo("warn from java\n");
        assertThat(okCells.get(2)).isEmpty();
        assertThat(result(okCells.get(3), "text/plain")).isEqualTo("42");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                Base64.getMimeDecoder().decode(result(okCells.get(4), "image/png"))));
        assertThat(png.getWidth()).isEqualTo(40);
        assertThat(png.getHeight()).isEqualTo(30);
        assertThat(result(okCells.get(5), "text/html")).isEqualTo("<b>bold</b>");
        assertThat(result(okCells.get(5), "text/plain")).isEqualTo("bold");
        assertThat(okCells.get(6)).hasSize(1);
        assertThat(okCells.get(6).get(0).path("output_type").asText()).isEqualTo("display_data");
        assertThat(text(okCells.get(6).get(0).path("data").path("text/html"))).isEqualTo("<i>second</i>");
        assertThat(result(okCells.get(7), "image/png")).isNotBlank();
        assertThat(result(okCells.get(8), "text/plain")).isEqualTo("HeyGen");
        assertThat(result(okCells.get(9), "text/html")).isEqualTo("<s>x</s>");

        List<List<JsonNode>> badCells = outputs(out.resolve("errors.ipynb"), log);
        JsonNode compile = error(badCells.get(0));
        assertThat(compile.path("ename").asText()).isEqualTo("CompilationException");
        assertThat(compile.path("evalue").asText()).contains("incompatible types").contains("line 1");
        assertThat(compile.path("traceback").toString()).contains("int x = \\\"oops\\\";");
        JsonNode runtime = error(badCells.get(1));
        assertThat(runtime.path("ename").asText()).isEqualTo("IllegalStateException");
        assertThat(runtime.path("evalue").asText()).isEqualTo("boom");
        assertThat(runtime.path("traceback").size()).isBetween(1, 6);
        assertThat(error(badCells.get(2)).path("ename").asText()).isEqualTo("MagicException");
        assertThat(result(badCells.get(3), "text/plain")).isEqualTo("3");
    }

    @Test
    void jupyter_interrupt_stops_an_endless_cell_and_the_kernel_keeps_its_state() throws Exception {
        Path python = interpreterOf(nbconvert);
        assumeTrue(python != null, "no Python found for jupyter_client");
        Path script = dir.resolve("interrupt.py");
        Files.writeString(script, """
                import json, sys, threading, time
                from jupyter_client.manager import start_new_kernel
                t0 = time.time()
                km, kc = start_new_kernel(kernel_name=sys.argv[1], startup_timeout=120)
                ready = time.time() - t0
                kc.execute_interactive("int kept = 41;", timeout=60)
                threading.Thread(target=lambda: (time.sleep(2), km.interrupt_kernel())).start()
                errors = []
                t1 = time.time()
                reply = kc.execute_interactive("while (true) {}", timeout=60,
                    output_hook=lambda m: errors.append(m["content"].get("ename")) if m["msg_type"] == "error" else None)
                stopped = time.time() - t1
                values = []
                after = kc.execute_interactive("kept + 1", timeout=60,
                    output_hook=lambda m: values.append(m["content"].get("data", {}).get("text/plain")))
                kc.stop_channels()
                km.shutdown_kernel(now=False)
                print(json.dumps({"ready": ready, "status": reply["content"]["status"], "errors": errors,
                                  "stopped": stopped, "after": after["content"]["status"], "values": values}))
                """);

        String log = run(List.of(python.toString(), script.toString(), KERNEL), 180);
        String last = log.lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse("{}");
        JsonNode result = JSON.readTree(last);
        System.out.println("kernel ready in " + result.path("ready").asDouble() + " s; interrupt took "
                + result.path("stopped").asDouble() + " s (2 s of it waiting before the interrupt)");

        assertThat(result.path("status").asText()).as(log).isEqualTo("error");
        assertThat(result.path("errors").toString()).contains("InterruptedException");
        assertThat(result.path("stopped").asDouble()).isLessThan(8.0);
        assertThat(result.path("after").asText()).isEqualTo("ok");
        assertThat(result.path("values").toString()).contains("\"42\"");
    }

    private static Path notebook(String name, String... cells) throws IOException {
        ObjectNode nb = JSON.createObjectNode();
        ArrayNode list = nb.putArray("cells");
        for (String source : cells) {
            ObjectNode cell = list.addObject();
            cell.put("cell_type", "code");
            cell.putObject("metadata");
            cell.putNull("execution_count");
            cell.putArray("outputs");
            cell.put("source", source);
        }
        ObjectNode spec = nb.putObject("metadata").putObject("kernelspec");
        spec.put("name", KERNEL);
        spec.put("display_name", "Java (heygen-kit)");
        spec.put("language", "java");
        nb.put("nbformat", 4);
        nb.put("nbformat_minor", 5);
        Path file = dir.resolve(name);
        JSON.writeValue(file.toFile(), nb);
        return file;
    }

    /** Runs a command with Jupyter pointed at the test's kernelspec; returns its output, failing on timeout. */
    private static String run(List<String> command, int seconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "run", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("JUPYTER_PATH", dir.resolve("share/jupyter").toString());
        env.put("JUPYTER_DATA_DIR", dir.resolve("data").toString());
        env.put("JUPYTER_CONFIG_DIR", dir.resolve("config").toString());
        env.put("JUPYTER_RUNTIME_DIR", dir.resolve("runtime").toString());
        env.put("PYDEVD_DISABLE_FILE_VALIDATION", "1");
        Process process = builder.start();
        boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
        if (!done) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(done).as("%s did not finish in %d s:%n%s", command.get(0), seconds, output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static List<List<JsonNode>> outputs(Path executed, String log) throws IOException {
        assertThat(executed).as(log).exists();
        List<List<JsonNode>> cells = new ArrayList<>();
        for (JsonNode cell : JSON.readTree(executed.toFile()).path("cells")) {
            List<JsonNode> outputs = new ArrayList<>();
            cell.path("outputs").forEach(outputs::add);
            cells.add(outputs);
        }
        return cells;
    }

    private static String result(List<JsonNode> outputs, String mime) {
        return outputs.stream().filter(o -> o.path("output_type").asText().equals("execute_result"))
                .map(o -> text(o.path("data").path(mime))).findFirst()
                .orElseThrow(() -> new AssertionError("no execute_result " + mime + " in " + outputs));
    }

    private static String stream(List<JsonNode> outputs, String name) {
        return outputs.stream().filter(o -> o.path("output_type").asText().equals("stream"))
                .filter(o -> o.path("name").asText().equals(name)).map(o -> text(o.path("text")))
                .reduce("", String::concat);
    }

    private static JsonNode error(List<JsonNode> outputs) {
        return outputs.stream().filter(o -> o.path("output_type").asText().equals("error")).findFirst()
                .orElseThrow(() -> new AssertionError("no error output in " + outputs));
    }

    /** nbformat stores multi-line strings as arrays of lines. */
    private static String text(JsonNode node) {
        if (node.isArray()) {
            StringBuilder out = new StringBuilder();
            node.forEach(n -> out.append(n.asText()));
            return out.toString();
        }
        return node.asText();
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The Python a Jupyter script runs with (its shebang), which has jupyter_client. */
    private static Path interpreterOf(Path script) throws IOException {
        String first = Files.readAllLines(script, StandardCharsets.ISO_8859_1).stream().findFirst().orElse("");
        if (!first.startsWith("#!")) {
            return null;
        }
        String[] words = first.substring(2).strip().split("\\s+");
        String python = words[0].endsWith("/env") && words.length > 1 ? words[1] : words[0];
        return python.contains("/") ? Path.of(python) : onPath(python);
    }
}
