package dev.heygenkit.api;

/**
 * How a single presenter sits in the frame: fit, background, background removal and output format. Shared by the
 * avatar and image modes and sent flattened into their bodies; absent fields are not sent.
 *
 * @param fit              {@code contain} or {@code cover}
 * @param removeBackground remove the avatar's own background (looks trained with matting)
 * @param background       solid colour or image behind the avatar
 * @param outputFormat     {@code mp4} (default) or {@code webm} with alpha (then no background)
 */
public record Framing(Fit fit, Boolean removeBackground, VideoBackground background, String outputFormat) {
    /** Nothing set. */
    public static final Framing NONE = new Framing(null, null, null, null);

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this value. */
    public Builder toBuilder() {
        return new Builder().fit(fit).removeBackground(removeBackground).background(background).outputFormat(outputFormat);
    }

    /** Whether nothing is set. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Builds {@link Framing} values; every setter returns this builder. */
    public static final class Builder {
        private Fit fit;
        private Boolean removeBackground;
        private VideoBackground background;
        private String outputFormat;

        private Builder() {
        }

        /** Sets the fit. */
        public Builder fit(Fit value) {
            this.fit = value;
            return this;
        }

        /** Sets background removal. */
        public Builder removeBackground(Boolean value) {
            this.removeBackground = value;
            return this;
        }

        /** Sets the background. */
        public Builder background(VideoBackground value) {
            this.background = value;
            return this;
        }

        /** Sets the output format. */
        public Builder outputFormat(String value) {
            this.outputFormat = value;
            return this;
        }

        /** The value. */
        public Framing build() {
            return new Framing(fit, removeBackground, background, outputFormat);
        }
    }
}
