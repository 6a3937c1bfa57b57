package dev.heygenkit.kernel;

import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs snippets in the kernel's own JVM, each on a fresh thread, and keeps the raw value and raw exception of the last
 * run so the kernel can render real objects and report real exception types. A stop request kills the running thread
 * ({@code Thread.stop}, honoured up to Java 19) and in any case returns control to the kernel at once.
 */
final class CellExecutionControl extends DirectExecutionControl {
    private volatile Thread worker;
    private volatile boolean stopRequested;
    private Object lastValue;
    private Throwable lastThrown;

    /** The provider JShell asks for this control; it hands out the one instance it wraps. */
    static ExecutionControlProvider provider(CellExecutionControl control) {
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "heygen-kit-local";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return control;
            }
        };
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                result.set(doit.invoke(null));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "heygen-kernel-cell");
        thread.setDaemon(true);
        // Libraries that look up resources through the context loader must see jars added by %maven and %jars.
        thread.setContextClassLoader(doit.getDeclaringClass().getClassLoader());
        worker = thread;
        try {
            thread.start();
            while (thread.isAlive() && !stopRequested) {
                thread.join(25);
            }
        } finally {
            worker = null;
        }
        if (stopRequested) {
            throw new ExecutionControl.StoppedException();
        }
        Throwable t = failure.get();
        if (t != null) {
            throw t instanceof Exception e ? e : new InvocationTargetException(t);
        }
        lastValue = result.get();
        return valueString(lastValue);
    }

    @Override
    protected String throwConvertedInvocationException(Throwable cause)
            throws ExecutionControl.RunException, ExecutionControl.InternalException {
        lastThrown = cause;
        return super.throwConvertedInvocationException(cause);
    }

    /** Stops the running snippet, if any, and makes the kernel skip the rest of the cell. */
    @Override
    public void stop() {
        stopRequested = true;
        Thread thread = worker;
        if (thread != null) {
            kill(thread);
        }
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void kill(Thread thread) {
        try {
            thread.stop();
        } catch (UnsupportedOperationException e) {
            // Java 20+ cannot kill threads: interrupt and abandon it; the kernel carries on without it.
            thread.interrupt();
        }
    }

    /** Forgets an earlier stop request; called when a new cell starts. */
    void clearStop() {
        stopRequested = false;
    }

    /** Whether a stop was requested since the cell started. */
    boolean stopRequested() {
        return stopRequested;
    }

    /** Clears what the last run left behind. */
    void reset() {
        lastValue = null;
        lastThrown = null;
    }

    /** The value of the last run, then forgets it. */
    Object takeValue() {
        Object value = lastValue;
        lastValue = null;
        return value;
    }

    /** The exception the last run threw, or null, then forgets it. */
    Throwable takeThrown() {
        Throwable thrown = lastThrown;
        lastThrown = null;
        return thrown;
    }
}
