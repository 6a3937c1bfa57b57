package dev.heygenkit.reliability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Each section measured once per JVM, so the generator and the section's own test share one run. The order here is
 * the order of RELIABILITY.md.
 */
final class Sections {
    private static final Map<String, Section> DONE = new LinkedHashMap<>();
    private static final Map<String, Supplier<Section>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("faults", FaultMatrix::measure);
        ALL.put("secrets", CanaryScan::measure);
        ALL.put("hostile", HostileInputs::measure);
        ALL.put("sigkill", KillAndResume::measure);
        ALL.put("load", SandboxLoad::measure);
    }

    private Sections() {
    }

    /** The section, measured on first use. */
    static synchronized Section get(String key) {
        Section s = DONE.get(key);
        if (s == null) {
            s = ALL.get(key).get();
            DONE.put(key, s);
        }
        return s;
    }

    static List<String> keys() {
        return List.copyOf(ALL.keySet());
    }

    /** True when the generator runs (it measures everything at full length and writes the file). */
    static boolean generating() {
        String w = System.getProperty("heygen.reliability.write");
        return w != null && !w.isBlank();
    }
}
