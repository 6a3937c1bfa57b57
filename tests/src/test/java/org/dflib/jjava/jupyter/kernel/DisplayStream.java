package org.dflib.jjava.jupyter.kernel;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.util.ArrayList;
import java.util.List;

/** Test double: records display updates by id. */
public class DisplayStream {
    /** Each update as {@code id -> data}, in order. */
    public final List<Object[]> updates = new ArrayList<>();

    /** Records an update of a display id. */
    public void updateDisplay(String id, DisplayData data) {
        updates.add(new Object[]{id, data});
    }
}
