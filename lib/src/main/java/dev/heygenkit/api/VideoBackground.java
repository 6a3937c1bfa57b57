package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The background of an avatar or image video: a colour ({@code value}) or an image (URL or asset id). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = VideoBackground.Color.class, name = "color"),
        @JsonSubTypes.Type(value = VideoBackground.Image.class, name = "image")})
public sealed interface VideoBackground permits VideoBackground.Color, VideoBackground.Image {

    /**
     * A solid colour.
     *
     * @param value hex colour such as {@code #0A84FF}
     */
    record Color(String value) implements VideoBackground {
    }

    /**
     * An image; exactly one of the two is set.
     *
     * @param url     public image URL
     * @param assetId uploaded asset id
     */
    record Image(String url, String assetId) implements VideoBackground {
    }

    /** A colour background. */
    static VideoBackground color(String hex) {
        return new Color(hex);
    }

    /** An image background from a public URL. */
    static VideoBackground imageUrl(String url) {
        return new Image(url, null);
    }

    /** An image background from an uploaded asset. */
    static VideoBackground imageAsset(String assetId) {
        return new Image(null, assetId);
    }
}
