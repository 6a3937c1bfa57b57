package org.dflib.jjava.jupyter.kernel.display;

/** Test double of JJava's render callback. */
public interface RenderFunction<T> {
    /** Renders a value into the context's output. */
    void render(T value, RenderContext context);
}
