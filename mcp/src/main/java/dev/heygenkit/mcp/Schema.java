package dev.heygenkit.mcp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema object with named properties, built in the order the properties are added. The same map is sent to
 * clients as a tool's input or output schema and read by {@link Args} to check arguments, so what a tool promises and
 * what it accepts cannot drift apart.
 *
 * <pre>{@code Schema.object().string("look_id", "The look.").require("look_id").map()}</pre>
 */
final class Schema {
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final List<String> required = new ArrayList<>();
    private final boolean closed;

    private Schema(boolean closed) {
        this.closed = closed;
    }

    /** An input object: unknown properties are refused. */
    static Schema object() {
        return new Schema(true);
    }

    /** An output object: clients must accept properties added later. */
    static Schema open() {
        return new Schema(false);
    }

    /** A string property. */
    Schema string(String name, String description) {
        return put(name, prop("string", description));
    }

    /** A non-empty string property of at most {@code maxLength} characters. */
    Schema text(String name, String description, int maxLength) {
        Map<String, Object> p = prop("string", description);
        p.put("minLength", 1);
        p.put("maxLength", maxLength);
        return put(name, p);
    }

    /** A string property limited to the given values. */
    Schema choice(String name, String description, List<String> values) {
        Map<String, Object> p = prop("string", description);
        p.put("enum", List.copyOf(values));
        return put(name, p);
    }

    /** A whole-number property from {@code min} to {@code max}. */
    Schema integer(String name, String description, long min, long max) {
        Map<String, Object> p = prop("integer", description);
        p.put("minimum", min);
        p.put("maximum", max);
        return put(name, p);
    }

    /** A whole-number property without bounds (output schemas). */
    Schema integer(String name, String description) {
        return put(name, prop("integer", description));
    }

    /** A number property from {@code min} to {@code max}. */
    Schema number(String name, String description, double min, double max) {
        Map<String, Object> p = prop("number", description);
        p.put("minimum", min);
        p.put("maximum", max);
        return put(name, p);
    }

    /** A number property without bounds (output schemas). */
    Schema number(String name, String description) {
        return put(name, prop("number", description));
    }

    /** A true/false property. */
    Schema bool(String name, String description) {
        return put(name, prop("boolean", description));
    }

    /** An array property of items described by {@code items}, with at least {@code min} and at most {@code max}. */
    Schema array(String name, String description, Map<String, Object> items, int min, int max) {
        Map<String, Object> p = prop("array", description);
        p.put("items", items);
        p.put("minItems", min);
        p.put("maxItems", max);
        return put(name, p);
    }

    /** An array property without size limits (output schemas). */
    Schema array(String name, String description, Map<String, Object> items) {
        Map<String, Object> p = prop("array", description);
        p.put("items", items);
        return put(name, p);
    }

    /** An array of strings (output schemas). */
    Schema strings(String name, String description) {
        return array(name, description, Map.of("type", "string"));
    }

    /** A nested object property. */
    Schema object(String name, String description, Schema nested) {
        Map<String, Object> p = nested.map();
        p.put("description", description);
        return put(name, p);
    }

    /** Marks properties as required; each must have been added. */
    Schema require(String... names) {
        for (String n : names) {
            if (!properties.containsKey(n)) {
                throw new IllegalStateException("required property " + n + " is not defined; add it before require()");
            }
            required.add(n);
        }
        return this;
    }

    /** The schema as a fresh mutable map (JSON Schema keywords, property order kept). */
    Map<String, Object> map() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "object");
        m.put("properties", new LinkedHashMap<>(properties));
        if (!required.isEmpty()) {
            m.put("required", List.copyOf(required));
        }
        if (closed) {
            m.put("additionalProperties", false);
        }
        return m;
    }

    private Schema put(String name, Map<String, Object> property) {
        if (properties.putIfAbsent(name, property) != null) {
            throw new IllegalStateException("property " + name + " is defined twice");
        }
        return this;
    }

    private static Map<String, Object> prop(String type, String description) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type);
        p.put("description", description);
        return p;
    }
}
