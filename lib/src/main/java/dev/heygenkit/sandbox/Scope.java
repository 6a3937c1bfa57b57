package dev.heygenkit.sandbox;

/**
 * Where in a create body a rule is looking: the JSON path prefix of its params (e.g. {@code videos[3].scenes[0].input.})
 * and whether that is the body itself rather than a scene inside it.
 */
record Scope(String prefix, boolean top) {
    /** The body itself; {@code prefix} is empty, or {@code videos[3].} inside a batch. */
    static Scope body(String prefix) {
        return new Scope(prefix, true);
    }

    /** The param path of {@code field} here, e.g. {@code scenes[0].input.voice_id}. */
    String param(String field) {
        return prefix + field;
    }

    /** A nested object, e.g. {@code in("scenes[2].")}. */
    Scope in(String path) {
        return new Scope(prefix + path, false);
    }
}
