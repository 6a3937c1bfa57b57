package org.dflib.jjava.jupyter.kernel;

/** Test double: JJava's streams, of which the kit only uses the public {@code display} field. */
public class JupyterIO {
    /** Where display updates go. */
    public final DisplayStream display = new DisplayStream();
}
