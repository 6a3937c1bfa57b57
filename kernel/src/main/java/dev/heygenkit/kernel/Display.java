package dev.heygenkit.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;

import java.util.UUID;

/**
 * Display statics for cells, named as in IJava and JJava and imported statically in every session:
 * {@code display(obj)}, {@code render(obj, mime...)} and {@code updateDisplay(id, obj)}.
 *
 * <pre>{@code String id = display(Html.of("<i>working…</i>")); ... updateDisplay(id, result);}</pre>
 */
public final class Display {
    private Display() {
    }

    /**
     * Shows a value in the cell now, as the given MIME types or its preferred ones.
     *
     * @return the display id, for {@link #updateDisplay(String, Object, String...)}
     */
    public static String display(Object value, String... as) {
        DisplayData data = render(value, as);
        String id = data.hasDisplayId() ? data.getDisplayId() : UUID.randomUUID().toString();
        data.setDisplayId(id);
        kernel().display(data);
        return id;
    }

    /** Renders a value as the given MIME types (or its preferred ones) without showing it; a cell's value shows it. */
    public static DisplayData render(Object value, String... as) {
        HeyGenKernel kernel = kernel();
        if (value instanceof DisplayData data) {
            return data;
        }
        if (value == null) {
            return new DisplayData("null");
        }
        return as.length == 0 ? kernel.getRenderer().render(value) : kernel.getRenderer().renderAs(value, as);
    }

    /** Replaces what an earlier {@link #display(Object, String...)} shows. */
    public static void updateDisplay(String id, Object value, String... as) {
        DisplayData data = render(value, as);
        kernel().getIO().display.updateDisplay(id, data);
    }

    private static HeyGenKernel kernel() {
        HeyGenKernel kernel = HeyGenKernel.current();
        if (kernel == null) {
            throw new IllegalStateException("display needs a running heygen-kit kernel; outside one, print the value");
        }
        return kernel;
    }
}
