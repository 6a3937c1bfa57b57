package dev.heygenkit.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A render in the real kit kernel, watched message by message with {@code jupyter_client}: the progress display is
 * published when the render starts, replaced in place while it runs, and the cell then ends with the player.
 */
class KitKernelLiveProgressTest {
    private static final String KERNEL = "heygen-progress-" + ProcessHandle.current().pid();

    @TempDir
    Path home;

    @Test
    void render_in_the_kit_kernel_updates_one_progress_display_live_and_ends_with_the_player() throws Exception {
        Path nbconvert = Jupyter.onPath("jupyter-nbconvert");
        assumeTrue(nbconvert != null, "jupyter-nbconvert is not installed");
        Path python = Jupyter.interpreterOf(nbconvert);
        assumeTrue(python != null, "no Python found for jupyter_client");
        Jupyter jupyter = Jupyter.install(home, KERNEL);
        Files.writeString(home.resolve("setup.jsh"), Notebooks.codeCells(Notebooks.named("02-first-video")).get(0).source());
        Files.writeString(home.resolve("render.jsh"), """
                Avatar.look(client.looks().list().items().get(0).id())
                        .say("Progress shows while I render.").resolution("720p").render(client)""");
        Path script = home.resolve("watch.py");
        Files.writeString(script, """
                import json, sys, time
                from jupyter_client.manager import start_new_kernel
                km, kc = start_new_kernel(kernel_name=sys.argv[1], startup_timeout=120)
                setup = kc.execute_interactive(open(sys.argv[2]).read(), timeout=60)
                seen = []
                def hook(m):
                    c = m["content"]
                    if m["msg_type"] in ("display_data", "update_display_data", "execute_result", "error"):
                        seen.append({"type": m["msg_type"], "id": c.get("transient", {}).get("display_id"),
                                     "plain": c.get("data", {}).get("text/plain", c.get("evalue")),
                                     "html": c.get("data", {}).get("text/html"), "at": time.time()})
                render = kc.execute_interactive(open(sys.argv[3]).read(), timeout=120, output_hook=hook)
                kc.stop_channels()
                km.shutdown_kernel(now=False)
                print(json.dumps({"setup": setup["content"]["status"], "render": render["content"]["status"],
                                  "seen": seen}))
                """);

        String log = jupyter.run(List.of(python.toString(), script.toString(), KERNEL,
                home.resolve("setup.jsh").toString(), home.resolve("render.jsh").toString()), home, 240);
        String last = log.lines().filter(l -> l.startsWith("{\"setup\"")).reduce((a, b) -> b).orElse("{}");
        JsonNode result = Notebooks.JSON.readTree(last);

        assertThat(result.path("setup").asText()).as(log).isEqualTo("ok");
        assertThat(result.path("render").asText()).as(log).isEqualTo("ok");
        List<JsonNode> seen = new ArrayList<>();
        result.path("seen").forEach(seen::add);
        assertThat(seen).as(log).hasSizeGreaterThanOrEqualTo(4);
        JsonNode first = seen.get(0);
        JsonNode end = seen.get(seen.size() - 1);
        assertThat(first.path("type").asText()).isEqualTo("display_data");
        String id = first.path("id").asText();
        assertThat(id).isNotBlank();
        List<JsonNode> updates = seen.subList(1, seen.size() - 1);
        assertThat(updates).as("everything between the first display and the result updates that display")
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(u -> {
                    assertThat(u.path("type").asText()).isEqualTo("update_display_data");
                    assertThat(u.path("id").asText()).isEqualTo(id);
                });
        List<String> texts = updates.stream().map(u -> u.path("plain").asText()).toList();
        int pending = indexOfFirst(texts, " pending");
        int completed = indexOfFirst(texts, " completed after ");
        assertThat(texts.stream().filter(t -> t.contains(" about ") && t.contains(" left"))).as("an estimate is shown: %s", texts)
                .isNotEmpty();
        assertThat(pending).as("a running status is shown before the end: %s", texts).isNotNegative();
        assertThat(texts.get(texts.size() - 1)).as("the last update").contains(" completed after ");
        assertThat(pending).isLessThan(completed);
        assertThat(end.path("type").asText()).isEqualTo("execute_result");
        assertThat(end.path("html").asText()).contains("<video ").contains("src=\"data:video/mp4;base64,")
                .contains("poster=\"data:image/jpeg;base64,").contains("href=\"http://127.0.0.1:");
        double live = end.path("at").asDouble() - first.path("at").asDouble();
        System.out.println("progress display shown " + live + " s before the player, " + updates.size() + " updates");
        assertThat(live).as("the display appeared while the render ran, not at the end").isGreaterThan(1.0);
    }

    private static int indexOfFirst(List<String> texts, String needle) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(needle)) {
                return i;
            }
        }
        return -1;
    }
}
