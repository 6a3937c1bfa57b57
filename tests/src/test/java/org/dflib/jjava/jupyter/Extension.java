package org.dflib.jjava.jupyter;

import org.dflib.jjava.jupyter.kernel.BaseKernel;

/** Test double with the shape of JJava 1.0's extension service interface. */
public interface Extension {
    /** Installs the extension into a kernel. */
    void install(BaseKernel kernel);

    /** Removes it again. */
    default void uninstall(BaseKernel kernel) {
    }
}
