///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS dev.heygenkit:heygen-kit-kernel:0.1.0
//JAVA_OPTIONS -Djava.awt.headless=true

/**
 * Launches heygen-kit's Jupyter kernel through JBang.
 *
 * <pre>
 * ./jbang notebooks/kernel/heygen_kernel.java install --user   # writes the kernelspec "heygen-java"
 * ./jbang notebooks/kernel/heygen_kernel.java {connection_file} # what Jupyter runs
 * </pre>
 *
 * The kernelspec records the class path JBang resolved, so Jupyter starts the kernel with plain java, without JBang.
 */
class heygen_kernel {
    public static void main(String[] args) {
        dev.heygenkit.kernel.Main.main(args);
    }
}
