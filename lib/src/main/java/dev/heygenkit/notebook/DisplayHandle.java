package dev.heygenkit.notebook;

/**
 * A value shown in a notebook cell that can be replaced in place, e.g. a progress line that becomes a video player.
 * Outside a kernel it is inert: {@link #isShown()} is false and {@link #update(Object)} does nothing.
 *
 * <pre>{@code var progress = Notebook.display(Html.of("<i>rendering…</i>")); ...; progress.update(player);}</pre>
 */
public final class DisplayHandle {
    static final DisplayHandle NONE = new DisplayHandle(null, null);

    private final KernelBridge kernel;
    private final String id;

    DisplayHandle(KernelBridge kernel, String id) {
        this.kernel = kernel;
        this.id = id;
    }

    /** The Jupyter display id, or null when nothing was shown. */
    public String id() {
        return id;
    }

    /** Whether a kernel showed the value. */
    public boolean isShown() {
        return id != null;
    }

    /**
     * Replaces the shown value; does nothing when nothing was shown or the cell has finished.
     *
     * @return whether the kernel took the update
     */
    public boolean update(Object value) {
        if (kernel == null) {
            return false;
        }
        try {
            kernel.update(id, value);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.getLogger(DisplayHandle.class.getName()).log(System.Logger.Level.DEBUG, "display update failed", e);
            return false;
        }
    }

    @Override
    public String toString() {
        return isShown() ? "DisplayHandle[" + id + "]" : "DisplayHandle[not shown]";
    }
}
