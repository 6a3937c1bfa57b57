package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Objects;

/**
 * The output resolution. Open: unknown values are kept verbatim (preflight reports them).
 *
 * @param value the wire value, e.g. {@code 1080p}
 */
public record Resolution(@JsonValue String value) {
    /** 1280×720. */
    public static final Resolution HD = new Resolution("720p");
    /** 1920×1080. */
    public static final Resolution FULL_HD = new Resolution("1080p");
    /** 3840×2160 (plans with 4K only). */
    public static final Resolution UHD_4K = new Resolution("4k");
    /** Values the avatar, image and studio modes take. */
    public static final List<Resolution> VIDEO = List.of(UHD_4K, FULL_HD, HD);
    /** Values the cinematic mode takes. */
    public static final List<Resolution> CINEMATIC = List.of(HD, FULL_HD);

    /** Rejects null. */
    public Resolution {
        Objects.requireNonNull(value, "resolution");
    }

    /** The resolution for a wire value, known or not, e.g. {@code Resolution.of("1080p")}. */
    @JsonCreator
    public static Resolution of(String value) {
        return new Resolution(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
