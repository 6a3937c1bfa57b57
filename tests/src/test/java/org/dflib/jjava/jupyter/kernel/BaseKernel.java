package org.dflib.jjava.jupyter.kernel;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Test double with the shape of JJava 1.0's kernel: a static notebook kernel, a renderer, display and eval. */
public class BaseKernel {
    /** The kernel {@link #notebookKernel()} returns; tests set and clear it. */
    public static volatile BaseKernel notebookKernel;

    private final Renderer renderer = new Renderer();
    private final JupyterIO io = new JupyterIO();
    /** Everything {@link #display(DisplayData)} was given. */
    public final List<DisplayData> displayed = new ArrayList<>();
    /** Every piece of code {@link #eval(String)} was given. */
    public final List<String> evaluated = new ArrayList<>();
    /** The cell counter, protected as in JJava 1.0, which bumps it when a cell starts. */
    protected final AtomicInteger executionCount = new AtomicInteger(1);

    /** Starts the next cell, as JJava does on each execute request. */
    public void nextCell() {
        executionCount.incrementAndGet();
    }

    /** The running kernel, or null, as in JJava. */
    public static BaseKernel notebookKernel() {
        return notebookKernel;
    }

    /** The kernel's renderer. */
    public Renderer getRenderer() {
        return renderer;
    }

    /** The kernel's streams. */
    public JupyterIO getIO() {
        return io;
    }

    /** Records the display. */
    public void display(DisplayData data) {
        displayed.add(data);
    }

    /** Records the code; JJava would run it. */
    public DisplayData eval(String code) {
        evaluated.add(code);
        return null;
    }
}
