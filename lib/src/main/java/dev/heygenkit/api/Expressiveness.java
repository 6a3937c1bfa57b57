package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Objects;

/**
 * How expressive a photo avatar is. Open: unknown values are kept verbatim (preflight reports them).
 *
 * @param value the wire value, {@code high}, {@code medium} or {@code low}
 */
public record Expressiveness(@JsonValue String value) {
    /** Lively. */
    public static final Expressiveness HIGH = new Expressiveness("high");
    /** In between. */
    public static final Expressiveness MEDIUM = new Expressiveness("medium");
    /** Calm, the API's default. */
    public static final Expressiveness LOW = new Expressiveness("low");
    /** The values the API takes. */
    public static final List<Expressiveness> ALL = List.of(HIGH, MEDIUM, LOW);

    /** Rejects null. */
    public Expressiveness {
        Objects.requireNonNull(value, "expressiveness");
    }

    /** The level for a wire value, known or not. */
    @JsonCreator
    public static Expressiveness of(String value) {
        return new Expressiveness(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
