package dev.heygenkit.notebooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heygenkit.Version;
import dev.heygenkit.kernel.KernelSpec;
import dev.heygenkit.notebooks.Notebooks.Cell;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What is committed under notebooks/: the five notebooks, saved clean, each opening with the same portable cell. */
class CommittedNotebooksTest {

    @Test
    void the_five_notebooks_exist() {
        assertThat(Notebooks.all().stream().map(Notebooks::name).toList()).containsExactlyElementsOf(Notebooks.EXPECTED);
    }

    @Test
    void no_committed_notebook_has_outputs_or_execution_counts() {
        List<String> dirty = new ArrayList<>();
        for (Path notebook : Notebooks.all()) {
            int index = 0;
            for (JsonNode cell : Notebooks.read(notebook).path("cells")) {
                if (cell.path("cell_type").asText().equals("code")) {
                    if (!cell.path("outputs").isArray() || !cell.path("outputs").isEmpty()) {
                        dirty.add(notebook.getFileName() + " cell " + index + " has outputs");
                    }
                    if (!cell.path("execution_count").isNull()) {
                        dirty.add(notebook.getFileName() + " cell " + index + " has execution_count "
                                + cell.path("execution_count"));
                    }
                }
                index++;
            }
        }
        assertThat(dirty).as("clear outputs before committing (Jupyter: Edit > Clear All Outputs)").isEmpty();
    }

    @Test
    void every_notebook_is_nbformat_4_5_for_the_kits_kernel_with_unique_cell_ids() {
        for (Path notebook : Notebooks.all()) {
            JsonNode nb = Notebooks.read(notebook);
            assertThat(nb.path("nbformat").asInt()).as(notebook.toString()).isEqualTo(4);
            assertThat(nb.path("nbformat_minor").asInt()).as(notebook.toString()).isGreaterThanOrEqualTo(5);
            assertThat(nb.path("metadata").path("kernelspec").path("name").asText()).isEqualTo(KernelSpec.DEFAULT_NAME);
            Set<String> ids = new HashSet<>();
            nb.path("cells").forEach(c -> assertThat(ids.add(c.path("id").asText()))
                    .as(notebook.getFileName() + " cell id " + c.path("id")).isTrue());
            assertThat(ids).doesNotContain("");
        }
    }

    @Test
    void each_notebook_opens_with_the_portable_setup_cell() {
        for (Path notebook : Notebooks.all()) {
            List<Cell> cells = Notebooks.codeCells(notebook);
            assertThat(cells).as(notebook.toString()).isNotEmpty();
            String first = cells.get(0).source();
            assertThat(first).as(notebook.getFileName() + " first code cell")
                    .startsWith("%maven dev.heygenkit:heygen-kit:" + Version.KIT + "\n")
                    .contains("import dev.heygenkit.*;").contains("import dev.heygenkit.notebook.*;")
                    .contains("Notebook.install();").contains("HEYGEN_API_KEY").contains("HeyGen.fromEnvOrSandbox()");
            assertThat(cells.stream().skip(1).map(Cell::source)).as("only the first cell loads the kit")
                    .noneMatch(s -> s.contains("%maven"));
        }
    }

    @Test
    void notebooks_never_name_a_sandbox_only_look_or_voice() {
        // Looks and voices come from the listing, so the same notebook works on a real account.
        for (Path notebook : Notebooks.all()) {
            for (Cell cell : Notebooks.codeCells(notebook)) {
                assertThat(cell.source()).as(notebook.getFileName() + " cell " + cell.index())
                        .doesNotContainPattern("\"(anna|marcus|sofia|priya|kenji|amara|josh)[a-z_]*\"")
                        .doesNotContainPattern("\"(en|es|fr|de|ja|pt|hi|zh|it|ar)_[a-z]+\"");
            }
        }
    }
}
