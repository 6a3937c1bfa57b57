package org.dflib.jjava.jupyter.kernel.display;

/** Test double: holds the output a render function fills. */
public class RenderContext {
    private final DisplayData output;

    /** A context writing into that output. */
    public RenderContext(DisplayData output) {
        this.output = output;
    }

    /** Where rendered data goes. */
    public DisplayData getOutputContainer() {
        return output;
    }
}
