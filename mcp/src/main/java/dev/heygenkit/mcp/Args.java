package dev.heygenkit.mcp;

import dev.heygenkit.HeyGenException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A tool's arguments, checked against the tool's own input schema before the tool runs: unknown names, missing
 * required values, wrong types, values outside an enum or a range. Every mistake is a {@link HeyGenException} with code
 * {@code invalid_argument}, a one-line message naming the argument and value, and a hint, so the client gets a tool
 * error it can act on instead of a protocol error.
 *
 * <pre>{@code Args a = Args.check("get_video", schema, request.arguments()); String id = a.string("video_id");}</pre>
 */
final class Args {
    /** The error code of every argument mistake. */
    static final String INVALID = "invalid_argument";

    private final String where;
    private final Map<String, Object> values;

    private Args(String where, Map<String, Object> values) {
        this.where = where;
        this.values = values;
    }

    /** Checks {@code values} (null means none) against {@code schema} and wraps them. */
    static Args check(String tool, Map<String, Object> schema, Map<String, Object> values) {
        Map<String, Object> v = values == null ? Map.of() : values;
        checkObject(tool, "", schema, v);
        return new Args(tool, v);
    }

    /** Arguments of a nested object already checked as part of its parent, e.g. one scene. */
    static Args nested(String where, Map<String, Object> values) {
        return new Args(where, values);
    }

    /** Whether the argument is present and not null. */
    boolean has(String name) {
        return values.get(name) != null;
    }

    /** A string argument, or null when absent. */
    String string(String name) {
        Object v = values.get(name);
        return v == null ? null : v.toString();
    }

    /** A string argument that must be present (schemas mark it required; this guards direct callers). */
    String required(String name) {
        String v = string(name);
        if (v == null || v.isBlank()) {
            throw invalid(where + ": " + name + " is required", "Pass " + name + ".");
        }
        return v;
    }

    /** A whole-number argument, or {@code fallback} when absent. */
    int integer(String name, int fallback) {
        Object v = values.get(name);
        return v == null ? fallback : ((Number) v).intValue();
    }

    /** A number argument, or null when absent. */
    Double number(String name) {
        Object v = values.get(name);
        return v == null ? null : ((Number) v).doubleValue();
    }

    /** A boolean argument, false when absent. */
    boolean flag(String name) {
        return Boolean.TRUE.equals(values.get(name));
    }

    /** An array of objects, each wrapped as nested arguments named {@code name[i]}; empty when absent. */
    @SuppressWarnings("unchecked")
    List<Args> objects(String name) {
        Object v = values.get(name);
        List<Args> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                out.add(nested(where + ": " + name + "[" + i + "]", (Map<String, Object>) list.get(i)));
            }
        }
        return out;
    }

    /** Where these arguments belong, for messages: the tool name, or the tool and a nested path. */
    String where() {
        return where;
    }

    /** An {@code invalid_argument} error. */
    static HeyGenException invalid(String message, String hint) {
        return new HeyGenException(INVALID, message, hint);
    }

    // --- checking against the schema -------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static void checkObject(String tool, String path, Map<String, Object> schema, Map<String, Object> values) {
        Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
            for (String name : values.keySet()) {
                if (!props.containsKey(name)) {
                    throw invalid(tool + ": unknown argument " + path + name + "; known: " + String.join(", ", new TreeSet<>(props.keySet())),
                            "Drop " + path + name + " or use one of the known names (see the tool's input schema).");
                }
            }
        }
        for (String name : (List<String>) schema.getOrDefault("required", List.of())) {
            if (values.get(name) == null) {
                Object d = props.get(name) instanceof Map<?, ?> p ? p.get("description") : null;
                throw invalid(tool + ": " + path + name + " is required", "Pass " + path + name + (d == null ? "." : ": " + d));
            }
        }
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (e.getValue() != null && props.get(e.getKey()) instanceof Map<?, ?> p) {
                checkValue(tool, path + e.getKey(), (Map<String, Object>) p, e.getValue());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void checkValue(String tool, String name, Map<String, Object> p, Object v) {
        String type = (String) p.get("type");
        boolean ok = switch (type) {
            case "string" -> v instanceof String;
            case "integer" -> v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && !Double.isInfinite(n.doubleValue());
            case "number" -> v instanceof Number;
            case "boolean" -> v instanceof Boolean;
            case "array" -> v instanceof List;
            case "object" -> v instanceof Map;
            default -> true;
        };
        if (!ok) {
            throw invalid(tool + ": " + name + " is " + shown(v) + ", not " + article(type),
                    "Pass " + name + " as " + article(type) + ": " + p.get("description"));
        }
        if (p.get("enum") instanceof List<?> allowed && !allowed.contains(v)) {
            throw invalid(tool + ": " + name + " is " + shown(v) + ", not one of " + join(allowed),
                    "Use one of " + join(allowed) + ".");
        }
        if (v instanceof String s) {
            if (p.get("minLength") instanceof Number min && s.strip().length() < min.intValue()) {
                throw invalid(tool + ": " + name + " is empty", "Pass some text as " + name + ".");
            }
            if (p.get("maxLength") instanceof Number max && s.length() > max.intValue()) {
                throw invalid(tool + ": " + name + " has " + s.length() + " characters, more than " + max,
                        "Shorten " + name + " to at most " + max + " characters.");
            }
        }
        if (v instanceof Number n) {
            range(tool, name, p, n.doubleValue());
        }
        if (v instanceof List<?> list) {
            size(tool, name, p, list.size());
            Map<String, Object> items = (Map<String, Object>) p.get("items");
            for (int i = 0; i < list.size() && items != null; i++) {
                Object item = list.get(i);
                if (item == null) {
                    throw invalid(tool + ": " + name + "[" + i + "] is null", "Remove the null entry from " + name + ".");
                }
                checkValue(tool, name + "[" + i + "]", items, item);
            }
        }
        if (v instanceof Map<?, ?> m && "object".equals(type)) {
            checkObject(tool, name + ".", p, (Map<String, Object>) m);
        }
    }

    private static void range(String tool, String name, Map<String, Object> p, double v) {
        // Input schemas always give both bounds or neither (Schema.integer/number).
        if (!(p.get("minimum") instanceof Number min) || !(p.get("maximum") instanceof Number max)) {
            return;
        }
        if (v < min.doubleValue() || v > max.doubleValue()) {
            String span = number(min.doubleValue()) + " to " + number(max.doubleValue());
            throw invalid(tool + ": " + name + " is " + number(v) + ", outside " + span, "Pass " + name + " from " + span + ".");
        }
    }

    private static void size(String tool, String name, Map<String, Object> p, int n) {
        if (!(p.get("minItems") instanceof Number min) || !(p.get("maxItems") instanceof Number max)) {
            return;
        }
        if (n < min.intValue() || n > max.intValue()) {
            throw invalid(tool + ": " + name + " has " + n + " entries; it takes " + min + " to " + max,
                    "Pass " + min + " to " + max + " entries in " + name + ".");
        }
    }

    private static String shown(Object v) {
        if (v instanceof String s) {
            return "\"" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "\"";
        }
        if (v instanceof Map) {
            return "an object";
        }
        if (v instanceof List) {
            return "an array";
        }
        return String.valueOf(v);
    }

    private static String article(String type) {
        return switch (type) {
            case "integer" -> "a whole number";
            case "array", "object" -> "an " + type;
            default -> "a " + type;
        };
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    private static String join(List<?> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }
}
