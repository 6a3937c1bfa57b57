package org.dflib.jjava.jupyter.kernel.display;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test double with the registration and render shape of JJava 1.0's renderer (exact class match only). */
public class Renderer {
    private final Map<Class<?>, List<RenderFunction<Object>>> functions = new LinkedHashMap<>();
    /** The MIME types each registration preferred, by type. */
    public final Map<Class<?>, List<String>> preferred = new LinkedHashMap<>();

    /** Starts a registration for a type. */
    public <T> RenderRegistration<T> createRegistration(Class<T> type) {
        return new RenderRegistration<>(type);
    }

    /** Renders with the functions registered for the value's class, text/plain first. */
    public DisplayData render(Object value) {
        DisplayData out = new DisplayData();
        out.putData("text/plain", String.valueOf(value));
        for (RenderFunction<Object> f : functions.getOrDefault(value.getClass(), List.of())) {
            f.render(value, new RenderContext(out));
        }
        return out;
    }

    /** A pending registration. */
    public class RenderRegistration<T> {
        private final Class<T> type;
        private final List<String> prefer = new ArrayList<>();

        RenderRegistration(Class<T> type) {
            this.type = type;
        }

        /** Adds preferred types. */
        public RenderRegistration<T> preferring(String... types) {
            prefer.addAll(List.of(types));
            return this;
        }

        /** Adds supported types. */
        public RenderRegistration<T> supporting(String... types) {
            return this;
        }

        /** Completes the registration. */
        @SuppressWarnings("unchecked")
        public void register(RenderFunction<T> function) {
            functions.computeIfAbsent(type, t -> new ArrayList<>()).add((RenderFunction<Object>) function);
            preferred.put(type, prefer);
        }
    }
}
