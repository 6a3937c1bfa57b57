package dev.heygenkit.internal.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.heygenkit.PreflightException;
import dev.heygenkit.ProblemCodes;

import java.io.IOException;
import java.util.List;

/**
 * Keeps NaN and infinities out of every JSON the kit writes: Jackson would send them as the strings {@code "NaN"} and
 * {@code "Infinity"}, which the API rejects far from the cause. Writing one fails with a {@link PreflightException}
 * ({@link ProblemCodes#NUMBER_NOT_FINITE}) naming the field, before any request.
 */
final class FiniteNumbers {
    private static final String MARK = "not a finite number: ";

    private FiniteNumbers() {
    }

    /** The serialisers for double, float and their boxes. */
    static SimpleModule module() {
        SimpleModule m = new SimpleModule("finite-numbers");
        m.addSerializer(Double.class, new Finite<>(Double.class));
        m.addSerializer(Double.TYPE, new Finite<>(Double.TYPE));
        m.addSerializer(Float.class, new Finite<>(Float.class));
        m.addSerializer(Float.TYPE, new Finite<>(Float.TYPE));
        return m;
    }

    /** A {@link PreflightException} when {@code e} is a non-finite number, else null. */
    static PreflightException problem(JsonMappingException e) {
        String msg = e.getOriginalMessage();
        if (msg == null || !msg.startsWith(MARK)) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null && flattened(r)) {
                continue;
            }
            if (r.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        String field = path.length() == 0 ? "a number" : path.toString();
        String value = msg.substring(MARK.length());
        return new PreflightException(List.of(PreflightException.Problem.error(ProblemCodes.NUMBER_NOT_FINITE,
                path.length() == 0 ? null : field, field + " is " + value + ", not a finite number; pass a real number "
                        + "such as 1.0")), List.of());
    }

    /** Whether the reference is a block sent flattened ({@code @JsonUnwrapped}), which has no name on the wire. */
    private static boolean flattened(JsonMappingException.Reference r) {
        Object from = r.getFrom();
        if (from == null || !from.getClass().isRecord()) {
            return false;
        }
        String wire = r.getFieldName().replace("_", "");
        for (java.lang.reflect.RecordComponent c : from.getClass().getRecordComponents()) {
            if (c.getName().equalsIgnoreCase(wire)) {
                return c.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonUnwrapped.class)
                        || c.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonUnwrapped.class);
            }
        }
        return false;
    }

    private static final class Finite<T extends Number> extends StdSerializer<T> {
        Finite(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            double d = value.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw JsonMappingException.from(gen, MARK + (Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity"));
            }
            if (value instanceof Float f) {
                gen.writeNumber(f);
            } else {
                gen.writeNumber(d);
            }
        }
    }
}
