package dev.heygenkit.notebook;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;

/**
 * The JJava kernel extension: JJava finds it through {@code META-INF/services} when the kit's jar is added with
 * {@code %maven}, then the kit's values render richly and its packages are imported. Only JJava loads this class.
 */
// JJava's types stay JJava's: kernels that load this class bring them, nobody else needs to read them.
@SuppressWarnings("exports")
public final class JJavaExtension implements Extension {
    /** Creates the extension; JJava calls this through the service loader. */
    public JJavaExtension() {
    }

    /** Registers the kit's renderers in the kernel and imports the kit's packages, skipping any that fail. */
    @Override
    public void install(BaseKernel kernel) {
        Notebook.attach(kernel);
        for (String line : Notebook.defaultImports()) {
            try {
                kernel.eval(line);
            } catch (RuntimeException e) {
                System.getLogger(JJavaExtension.class.getName())
                        .log(System.Logger.Level.DEBUG, "JJava rejected " + line, e);
            }
        }
    }
}
