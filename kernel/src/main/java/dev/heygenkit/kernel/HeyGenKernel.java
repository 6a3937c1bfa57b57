package dev.heygenkit.kernel;

import dev.heygenkit.Version;
import dev.heygenkit.notebook.Notebook;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import jdk.jshell.SourceCodeAnalysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The kit's Jupyter kernel: Java cells evaluated by JShell in this JVM, the last expression rendered through the
 * kernel's renderer (images as image/png, the kit's {@code Html} as text/html, anything else as text/plain).
 */
public final class HeyGenKernel extends BaseKernel {
    private static final System.Logger LOG = System.getLogger(HeyGenKernel.class.getName());
    private static volatile HeyGenKernel current;

    private final Evaluator evaluator;
    private final LanguageInfo languageInfo;

    /**
     * Creates the kernel around an evaluator, makes it {@link #current()} and runs the default imports.
     *
     * @param evaluator evaluates cells; closed with the kernel
     */
    public HeyGenKernel(Evaluator evaluator) {
        this.evaluator = evaluator;
        this.languageInfo = new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
        current = this;
        evaluator.provide("dev.heygenkit:heygen-kit", Version.KIT);
        evaluator.provide("dev.heygenkit:heygen-kit-kernel", Version.KIT);
        Notebook.install();
        List<String> imports = new ArrayList<>(Evaluator.JAVA_IMPORTS);
        imports.addAll(Notebook.defaultImports());
        imports.add("import static dev.heygenkit.kernel.Display.*;");
        List<String> accepted = evaluator.importAll(imports);
        if (accepted.size() < imports.size()) {
            List<String> skipped = new ArrayList<>(imports);
            skipped.removeAll(accepted);
            LOG.log(System.Logger.Level.INFO, "skipped default imports whose packages are missing: " + skipped);
        }
    }

    /** The running kernel, or null outside one. */
    public static HeyGenKernel current() {
        return current;
    }

    /** The evaluator behind this kernel. */
    public Evaluator evaluator() {
        return evaluator;
    }

    /** Evaluates a cell and renders its final value, or returns null when it has none. */
    @Override
    public DisplayData eval(String code) throws Exception {
        Evaluator.Result result = evaluator.eval(code);
        if (!result.hasValue()) {
            return null;
        }
        Object value = result.value();
        if (value instanceof DisplayData data) {
            return data;
        }
        return value == null ? new DisplayData("null") : getRenderer().render(value);
    }

    /** Describes the language for Jupyter front ends. */
    @Override
    public LanguageInfo getLanguageInfo() {
        return languageInfo;
    }

    /** A one-line banner naming the kit and Java versions. */
    @Override
    public String getBanner() {
        return "heygen-kit " + Version.KIT + " kernel - Java " + Runtime.version();
    }

    /** Stops the running cell. */
    @Override
    public void interrupt() {
        evaluator.interrupt();
    }

    /** Whether code is complete, incomplete (with the indent to continue with) or invalid. */
    @Override
    public String isComplete(String code) {
        SourceCodeAnalysis.CompletionInfo info = evaluator.analysis().analyzeCompletion(code);
        return switch (info.completeness()) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> IS_COMPLETE_YES;
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "    ";
            case UNKNOWN -> IS_COMPLETE_BAD;
        };
    }

    /** JShell's completions at the cursor. */
    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<String> options = evaluator.analysis().completionSuggestions(code, at, anchor).stream()
                .filter(SourceCodeAnalysis.Suggestion::matchesType)
                .map(SourceCodeAnalysis.Suggestion::continuation).distinct().toList();
        if (options.isEmpty()) {
            options = evaluator.analysis().completionSuggestions(code, at, anchor).stream()
                    .map(SourceCodeAnalysis.Suggestion::continuation).distinct().toList();
        }
        return new ReplacementOptions(options, anchor[0], at);
    }

    /** Short, readable error lines: the prepared traceback for cell failures, one line for anything else. */
    @Override
    public List<String> formatError(Exception e) {
        List<String> lines = evaluator.traceback(e);
        if (lines != null) {
            return lines;
        }
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return List.of("\u001b[1;31m" + e.getClass().getSimpleName() + message + "\u001b[0m");
    }

    /** Closes JShell. */
    @Override
    public void onShutdown(boolean restarting) {
        evaluator.close();
        if (current == this) {
            current = null;
        }
    }
}
