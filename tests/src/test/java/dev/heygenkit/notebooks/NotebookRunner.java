package dev.heygenkit.notebooks;

import dev.heygenkit.Version;
import dev.heygenkit.kernel.Evaluator;
import dev.heygenkit.notebooks.Notebooks.Cell;
import dev.heygenkit.ProgressListener;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a notebook's code cells in order through JShell in this JVM, the way the kit's kernel evaluates them (same
 * evaluator, same magics: {@code %maven} of the kit is built in, anything else would have to resolve), without the
 * kernel's default imports, so each notebook must import what it uses as it would in IJava. A JJava-shaped kernel
 * double is installed while it runs, so the notebooks' displays and progress are recorded and values are rendered as
 * that kernel would. The run stops at the first failing cell.
 */
final class NotebookRunner {
    /** The longest a single cell may take before the run gives up on it. */
    static final Duration CELL_TIMEOUT = Duration.ofSeconds(90);

    private NotebookRunner() {
    }

    /**
     * What one cell did.
     *
     * @param cell      the cell
     * @param hasValue  whether it ended with an expression
     * @param value     that expression's value
     * @param rendered  the value as the kernel rendered it, or null
     * @param stdout    what it printed
     * @param displayed what it showed with {@code display} (progress boards, in order)
     * @param updates   the display updates it sent, as {@code [display id, data]}
     * @param failure   what it threw, or null
     * @param traceback the kernel's short traceback for the failure
     * @param took      how long it ran
     */
    record Outcome(Cell cell, boolean hasValue, Object value, DisplayData rendered, String stdout,
                   List<DisplayData> displayed, List<Object[]> updates, Throwable failure, List<String> traceback,
                   Duration took) {
        boolean failed() {
            return failure != null;
        }

        /** The text/html the value rendered as, or "" . */
        String html() {
            Object html = rendered == null ? null : rendered.getData("text/html");
            return html == null ? "" : html.toString();
        }

        /** What the progress display of this cell showed last, as text: its last update, else its first display. */
        String lastProgress() {
            if (!updates.isEmpty()) {
                return String.valueOf(((DisplayData) updates.get(updates.size() - 1)[1]).getData("text/plain"));
            }
            return displayed.isEmpty() ? "" : String.valueOf(displayed.get(displayed.size() - 1).getData("text/plain"));
        }

        /** Why it failed, for a test failure message. */
        String describeFailure(Path notebook) {
            String trace = traceback == null || traceback.isEmpty() ? String.valueOf(failure)
                    : String.join("\n", traceback).replaceAll("\u001b\\[[0-9;]*m", "");
            return notebook.getFileName() + " cell " + cell.index() + " (code cell " + cell.codeIndex() + ") failed: "
                    + trace + "\n--- cell source ---\n" + cell.source();
        }
    }

    /**
     * A finished run.
     *
     * @param notebook the notebook
     * @param outcomes one per cell that ran, in order; shorter than the cells when one failed
     * @param took     the whole run
     */
    record Run(Path notebook, List<Outcome> outcomes, Duration took) {
        /** The outcome of the cell at that index among all cells, or null when it did not run. */
        Outcome outcome(int cellIndex) {
            return outcomes.stream().filter(o -> o.cell().index() == cellIndex).findFirst().orElse(null);
        }

        /** The outcome of the first cell whose last line is exactly {@code lastLine}. */
        Outcome endingWith(String lastLine) {
            return outcomes.stream().filter(o -> o.cell().lastLine().equals(lastLine)).findFirst()
                    .orElseThrow(() -> new AssertionError(notebook.getFileName() + " has no cell ending with '"
                            + lastLine + "' that ran; ran: " + outcomes.stream().map(o -> o.cell().lastLine()).toList()));
        }

        /** The first failure, or null. */
        Outcome failure() {
            return outcomes.stream().filter(Outcome::failed).findFirst().orElse(null);
        }
    }

    /** Runs every code cell of the notebook in order in a fresh JShell. */
    static Run run(Path notebook) {
        List<Cell> cells = Notebooks.codeCells(notebook);
        List<Outcome> outcomes = new ArrayList<>();
        BaseKernel kernel = new BaseKernel();
        BaseKernel previousKernel = BaseKernel.notebookKernel;
        ProgressListener previousProgress = ProgressListener.processDefault();
        PrintStream previousOut = System.out;
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "notebook-runner");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        BaseKernel.notebookKernel = kernel;
        try (Evaluator evaluator = new Evaluator(coordinates -> {
            throw new IllegalStateException("the notebook runner resolves nothing; a notebook asked for " + coordinates);
        })) {
            evaluator.provide("dev.heygenkit:heygen-kit", Version.KIT);
            for (Cell cell : cells) {
                kernel.nextCell();
                int shown = kernel.displayed.size();
                int updated = kernel.getIO().display.updates.size();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                long t0 = System.nanoTime();
                Evaluator.Result result = null;
                Throwable failure = null;
                Future<Evaluator.Result> pending = executor.submit(() -> evaluator.eval(cell.source()));
                try {
                    result = pending.get(CELL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failure = e.getCause();
                } catch (TimeoutException e) {
                    evaluator.interrupt();
                    failure = new AssertionError("the cell did not finish within " + CELL_TIMEOUT.toSeconds() + " s");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = e;
                } finally {
                    System.setOut(previousOut);
                }
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                boolean hasValue = result != null && result.hasValue();
                Object value = hasValue ? result.value() : null;
                DisplayData rendered = value == null ? null : kernel.getRenderer().render(value);
                List<String> traceback = failure == null ? null : evaluator.traceback(failure);
                outcomes.add(new Outcome(cell, hasValue, value, rendered, out.toString(StandardCharsets.UTF_8),
                        List.copyOf(kernel.displayed.subList(shown, kernel.displayed.size())),
                        List.copyOf(kernel.getIO().display.updates.subList(updated, kernel.getIO().display.updates.size())),
                        failure, traceback, took));
                if (failure != null) {
                    break;
                }
            }
        } finally {
            System.setOut(previousOut);
            executor.shutdownNow();
            BaseKernel.notebookKernel = previousKernel;
            ProgressListener.replaceProcessDefault(previousProgress);
        }
        return new Run(notebook, List.copyOf(outcomes), Duration.ofNanos(System.nanoTime() - start));
    }
}
