package io.github.spencerpark.ijava;

import io.github.spencerpark.jupyter.kernel.BaseKernel;

/**
 * Test double for IJava's entry class: only the static accessor the kit looks up. IJava's kernel is a
 * {@code jupyter-jvm-basekernel} kernel, so tests hand it a real basekernel subclass.
 */
public final class IJava {
    /** The kernel {@link #getKernelInstance()} returns; tests set and clear it. */
    public static volatile BaseKernel kernel;

    private IJava() {
    }

    /** The running kernel, or null, as in IJava. */
    public static BaseKernel getKernelInstance() {
        return kernel;
    }
}
