package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A value for one variable of a HeyGen template, sent as {@code {"name", "type", "properties"}} inside the
 * {@code variables} object of {@code POST /v3/templates/{template_id}}. Media take a URL, an uploaded asset or a local
 * file (uploaded at submit time, shown as {@code asset_id} {@code local-file:<path>} until then).
 *
 * <pre>{@code TemplateVariable.text("first_name", "Ana")}</pre>
 */
@JsonPropertyOrder({"name", "type", "properties"})
public sealed interface TemplateVariable
        permits TemplateVariable.Text, TemplateVariable.Image, TemplateVariable.Video, TemplateVariable.Audio,
        TemplateVariable.Voice {

    /** The variable's name as the template declares it, e.g. {@code first_name}. */
    String name();

    /** The wire {@code type}: {@code text}, {@code image}, {@code video}, {@code audio} or {@code voice}. */
    @JsonProperty("type")
    String type();

    /** The wire {@code properties} object; absent values are left out. */
    @JsonProperty("properties")
    Map<String, String> properties();

    /**
     * Text, e.g. a name spoken in a script as {@code {{first_name}}}.
     *
     * @param name    the variable
     * @param content the text to put in its place
     */
    @JsonPropertyOrder({"name", "type", "properties"})
    record Text(String name, @JsonIgnore String content) implements TemplateVariable {
        /** Rejects a blank name and null content. */
        public Text {
            checkName(name);
            if (content == null) {
                throw new IllegalArgumentException("content of template variable " + name + " is null; pass the text (\"\" for none)");
            }
        }

        @Override
        public String type() {
            return "text";
        }

        @Override
        public Map<String, String> properties() {
            return props("content", content);
        }
    }

    /**
     * An image.
     *
     * @param name  the variable
     * @param image URL, uploaded asset or local file
     * @param fit   {@code contain}, {@code cover}, {@code crop} or {@code none}; null for the template's own
     */
    @JsonPropertyOrder({"name", "type", "properties"})
    record Image(String name, @JsonIgnore AssetInput image, @JsonIgnore String fit) implements TemplateVariable {
        /** Rejects a blank name and media that is missing or inline. */
        public Image {
            checkName(name);
            checkMedia(name, image, "an image");
        }

        @Override
        public String type() {
            return "image";
        }

        @Override
        public Map<String, String> properties() {
            return media(image, "fit", fit);
        }
    }

    /**
     * A video clip.
     *
     * @param name      the variable
     * @param video     URL, uploaded asset or local file
     * @param playStyle {@code fit_to_scene}, {@code freeze}, {@code loop} or {@code full_video}; null for the template's own
     */
    @JsonPropertyOrder({"name", "type", "properties"})
    record Video(String name, @JsonIgnore AssetInput video, @JsonIgnore String playStyle) implements TemplateVariable {
        /** Rejects a blank name and media that is missing or inline. */
        public Video {
            checkName(name);
            checkMedia(name, video, "a video");
        }

        @Override
        public String type() {
            return "video";
        }

        @Override
        public Map<String, String> properties() {
            return media(video, "play_style", playStyle);
        }
    }

    /**
     * An audio track.
     *
     * @param name  the variable
     * @param audio URL, uploaded asset or local file
     */
    @JsonPropertyOrder({"name", "type", "properties"})
    record Audio(String name, @JsonIgnore AssetInput audio) implements TemplateVariable {
        /** Rejects a blank name and media that is missing or inline. */
        public Audio {
            checkName(name);
            checkMedia(name, audio, "an audio file");
        }

        @Override
        public String type() {
            return "audio";
        }

        @Override
        public Map<String, String> properties() {
            return media(audio, null, null);
        }
    }

    /**
     * The voice that speaks a script.
     *
     * @param name    the variable
     * @param voiceId a voice id from {@code client.voices()}
     */
    @JsonPropertyOrder({"name", "type", "properties"})
    record Voice(String name, @JsonIgnore String voiceId) implements TemplateVariable {
        /** Rejects a blank name or voice id. */
        public Voice {
            checkName(name);
            if (voiceId == null || voiceId.isBlank()) {
                throw new IllegalArgumentException("voice id of template variable " + name + " is blank; pass one from client.voices().list()");
            }
        }

        @Override
        public String type() {
            return "voice";
        }

        @Override
        public Map<String, String> properties() {
            return props("voice_id", voiceId);
        }
    }

    /** A text value, e.g. {@code TemplateVariable.text("first_name", "Ana")}. */
    static TemplateVariable text(String name, String content) {
        return new Text(name, content);
    }

    /** An image with the template's own fit. */
    static TemplateVariable image(String name, AssetInput image) {
        return new Image(name, image, null);
    }

    /** An image with a fit: {@code contain}, {@code cover}, {@code crop} or {@code none}. */
    static TemplateVariable image(String name, AssetInput image, String fit) {
        return new Image(name, image, fit);
    }

    /** A video clip with the template's own play style. */
    static TemplateVariable video(String name, AssetInput video) {
        return new Video(name, video, null);
    }

    /** A video clip with a play style: {@code fit_to_scene}, {@code freeze}, {@code loop} or {@code full_video}. */
    static TemplateVariable video(String name, AssetInput video, String playStyle) {
        return new Video(name, video, playStyle);
    }

    /** An audio track. */
    static TemplateVariable audio(String name, AssetInput audio) {
        return new Audio(name, audio);
    }

    /** A voice, e.g. {@code TemplateVariable.voice("narrator", "en_ava")}. */
    static TemplateVariable voice(String name, String voiceId) {
        return new Voice(name, voiceId);
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("template variable name is blank; use a name the template declares (client.templates().get(id).variableTypes())");
        }
    }

    private static void checkMedia(String name, AssetInput input, String what) {
        if (input == null) {
            throw new IllegalArgumentException("template variable " + name + " needs " + what + "; pass AssetInput.url(...), .asset(...) or .file(...)");
        }
        if (input instanceof AssetInput.Base64) {
            throw new IllegalArgumentException("template variable " + name + " cannot take inline base64 data; upload it with client.assets()"
                    + " or pass AssetInput.file(path)");
        }
    }

    private static Map<String, String> media(AssetInput input, String option, String value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (input.urlValue() != null) {
            out.put("url", input.urlValue());
        } else {
            out.put("asset_id", input.assetIdValue());
        }
        if (option != null && value != null) {
            out.put(option, value);
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> props(String key, String value) {
        return Collections.singletonMap(key, value);
    }
}
