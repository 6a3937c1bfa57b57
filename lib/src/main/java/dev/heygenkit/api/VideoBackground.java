package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What is behind the avatar in the avatar and image modes: a colour or an image. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = VideoBackground.Color.class, name = "color"),
        @JsonSubTypes.Type(value = VideoBackground.Image.class, name = "image")})
public sealed interface VideoBackground permits VideoBackground.Color, VideoBackground.Image {

    /**
     * A solid colour.
     *
     * @param value {@code #RRGGBB}
     */
    record Color(String value) implements VideoBackground {
    }

    /**
     * An image, sent as {@code url} or {@code asset_id}.
     *
     * @param image the picture: URL, asset id or local file
     */
    record Image(@JsonIgnore AssetInput image) implements VideoBackground {
        /** The image URL when it is one. */
        @JsonProperty("url")
        public String url() {
            return image == null ? null : image.urlValue();
        }

        /** The image's asset id (or local-file placeholder) when it is not a URL. */
        @JsonProperty("asset_id")
        public String assetId() {
            return image == null ? null : image.assetIdValue();
        }
    }

    /** A colour background. */
    static VideoBackground color(String hex) {
        return new Color(hex);
    }

    /** An image background. */
    static VideoBackground image(AssetInput image) {
        return new Image(image);
    }
}
