package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Objects;

/**
 * How the avatar fills the frame. Open: unknown values are kept verbatim (preflight reports them).
 *
 * @param value the wire value, {@code contain} or {@code cover}
 */
public record Fit(@JsonValue String value) {
    /** The whole avatar is visible. */
    public static final Fit CONTAIN = new Fit("contain");
    /** The avatar fills the frame, cropped. */
    public static final Fit COVER = new Fit("cover");
    /** The values the API takes. */
    public static final List<Fit> ALL = List.of(CONTAIN, COVER);

    /** Rejects null. */
    public Fit {
        Objects.requireNonNull(value, "fit");
    }

    /** The fit for a wire value, known or not. */
    @JsonCreator
    public static Fit of(String value) {
        return new Fit(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
