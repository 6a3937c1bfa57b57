package org.dflib.jjava.jupyter.kernel.display;

import java.util.LinkedHashMap;
import java.util.Map;

/** Test double: a MIME bundle with an optional display id. */
public class DisplayData {
    private final Map<String, Object> data = new LinkedHashMap<>();
    private String displayId;

    /** Sets one MIME type's data. */
    public void putData(String mimeType, Object value) {
        data.put(mimeType, value);
    }

    /** The data for a MIME type, or null. */
    public Object getData(String mimeType) {
        return data.get(mimeType);
    }

    /** Sets the display id. */
    public void setDisplayId(String id) {
        displayId = id;
    }

    /** The display id, or null. */
    public String getDisplayId() {
        return displayId;
    }
}
