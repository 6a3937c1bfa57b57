package dev.heygenkit.api;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code POST /v3/templates/{template_id}} body: the template's variables and the output options. The template id
 * travels with the body but is sent only in the path. Absent fields are not sent.
 *
 * <pre>{@code TemplateVideoRequest.builder().templateId("tpl_welcome").text("first_name", "Ana").title("Welcome Ana").build()}</pre>
 *
 * @param templateId                 the template to fill (path only, never in the body)
 * @param variables                  values by variable name, in insertion order
 * @param title                      the dashboard title
 * @param callbackUrl                a URL called once when the video is ready
 * @param callbackId                 your id, echoed in the callback payload
 * @param caption                    whether to add captions
 * @param dimension                  output size in pixels (even, 128 to 4096)
 * @param includeGif                 whether the callback carries a GIF preview
 * @param enableSharing              whether the video gets a public share page
 * @param folderId                   the folder the video goes into
 * @param fps                        frames per second: 25 (the default), 30 or 60
 * @param sceneIds                   only these scenes of the template, in this order
 * @param subtitles                  subtitle styling
 * @param brandVoiceId               a brand voice (pronunciation glossary) to apply
 * @param keepTextVerticallyCentered whether text boxes stay vertically centred when their text changes length
 * @param reorderMusic               whether background music is re-cut to the new length (server default true)
 */
public record TemplateVideoRequest(@JsonIgnore String templateId,
        Map<String, TemplateVariable> variables,
        String title,
        String callbackUrl,
        String callbackId,
        Boolean caption,
        Dimension dimension,
        Boolean includeGif,
        Boolean enableSharing,
        String folderId,
        Integer fps,
        List<String> sceneIds,
        Subtitles subtitles,
        String brandVoiceId,
        Boolean keepTextVerticallyCentered,
        Boolean reorderMusic) implements VideoRequest {

    /** Copies the variables (keeping their order) and scene ids; a key must be its variable's name. */
    public TemplateVideoRequest {
        Map<String, TemplateVariable> copy = new LinkedHashMap<>();
        if (variables != null) {
            variables.forEach((key, v) -> {
                if (v == null) {
                    throw new IllegalArgumentException("template variable " + key + " is null; pass a value or leave it out");
                }
                if (!v.name().equals(key)) {
                    throw new IllegalArgumentException("template variable " + v.name() + " is filed under \"" + key
                            + "\"; key each variable by its own name");
                }
                copy.put(key, v);
            });
        }
        variables = Collections.unmodifiableMap(copy);
        sceneIds = sceneIds == null ? null : List.copyOf(sceneIds);
    }

    /** A request for a template with these variables and nothing else set. */
    public static TemplateVideoRequest of(String templateId, TemplateVariable... variables) {
        Builder b = builder().templateId(templateId);
        for (TemplateVariable v : variables) {
            b.variable(v);
        }
        return b.build();
    }

    /**
     * The output size; HeyGen takes even numbers from 128 to 4096.
     *
     * @param width  pixels
     * @param height pixels
     */
    public record Dimension(int width, int height) {
        /** Rejects sizes HeyGen refuses. */
        public Dimension {
            check(width, "width");
            check(height, "height");
        }

        private static void check(int v, String what) {
            if (v < 128 || v > 4096 || v % 2 != 0) {
                throw new IllegalArgumentException("dimension " + what + " " + v + " is not usable; use an even number of pixels from 128 to 4096");
            }
        }
    }

    /**
     * How subtitles look.
     *
     * @param presetName       the subtitle preset, e.g. {@code default}
     * @param alignment        text alignment code (server default 2)
     * @param disableHighlight whether the spoken word is not highlighted
     * @param fontSize         font size
     * @param position         where they sit
     */
    public record Subtitles(String presetName, Integer alignment, Boolean disableHighlight, Integer fontSize, Position position) {
        /** Rejects a missing preset, which the API requires. */
        public Subtitles {
            if (presetName == null || presetName.isBlank()) {
                throw new IllegalArgumentException("subtitles need a preset name, e.g. Subtitles.preset(\"default\")");
            }
        }

        /** Subtitles in a preset's style. */
        public static Subtitles preset(String presetName) {
            return new Subtitles(presetName, null, null, null, null);
        }

        /**
         * A subtitle position.
         *
         * @param x horizontal offset
         * @param y vertical offset
         */
        public record Position(Double x, Double y) {
        }
    }

    /** A builder with every field unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this value. */
    public Builder toBuilder() {
        return new Builder().templateId(templateId).variables(variables).title(title).callbackUrl(callbackUrl)
                .callbackId(callbackId).caption(caption).dimension(dimension).includeGif(includeGif)
                .enableSharing(enableSharing).folderId(folderId).fps(fps).sceneIds(sceneIds).subtitles(subtitles)
                .brandVoiceId(brandVoiceId).keepTextVerticallyCentered(keepTextVerticallyCentered).reorderMusic(reorderMusic);
    }

    /** Builds {@link TemplateVideoRequest} values; every setter returns this builder. */
    public static final class Builder {
        private String templateId;
        private final Map<String, TemplateVariable> variables = new LinkedHashMap<>();
        private String title;
        private String callbackUrl;
        private String callbackId;
        private Boolean caption;
        private Dimension dimension;
        private Boolean includeGif;
        private Boolean enableSharing;
        private String folderId;
        private Integer fps;
        private List<String> sceneIds;
        private Subtitles subtitles;
        private String brandVoiceId;
        private Boolean keepTextVerticallyCentered;
        private Boolean reorderMusic;

        private Builder() {
        }

        /** Sets the template (sent in the path only). */
        public Builder templateId(String value) {
            this.templateId = value;
            return this;
        }

        /** Sets one variable, replacing an earlier value of the same name but keeping its place. */
        public Builder variable(TemplateVariable value) {
            if (value == null) {
                throw new IllegalArgumentException("template variable is null; pass e.g. TemplateVariable.text(\"first_name\", \"Ana\")");
            }
            variables.put(value.name(), value);
            return this;
        }

        /** Sets a text variable, e.g. {@code text("first_name", "Ana")}. */
        public Builder text(String name, String content) {
            return variable(TemplateVariable.text(name, content));
        }

        /** Replaces all variables with these, in their iteration order. */
        public Builder variables(Map<String, TemplateVariable> values) {
            variables.clear();
            if (values != null) {
                variables.putAll(values);
            }
            return this;
        }

        /** Sets the title. */
        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** Sets the callback URL. */
        public Builder callbackUrl(String value) {
            this.callbackUrl = value;
            return this;
        }

        /** Sets the callback id. */
        public Builder callbackId(String value) {
            this.callbackId = value;
            return this;
        }

        /** Sets whether captions are added. */
        public Builder caption(Boolean value) {
            this.caption = value;
            return this;
        }

        /** Sets the output size. */
        public Builder dimension(Dimension value) {
            this.dimension = value;
            return this;
        }

        /** Sets the output size in pixels. */
        public Builder dimension(int width, int height) {
            return dimension(new Dimension(width, height));
        }

        /** Sets whether the callback carries a GIF preview. */
        public Builder includeGif(Boolean value) {
            this.includeGif = value;
            return this;
        }

        /** Sets whether the video gets a share page. */
        public Builder enableSharing(Boolean value) {
            this.enableSharing = value;
            return this;
        }

        /** Sets the folder. */
        public Builder folderId(String value) {
            this.folderId = value;
            return this;
        }

        /** Sets the frame rate. */
        public Builder fps(Integer value) {
            this.fps = value;
            return this;
        }

        /** Renders only these scenes, in this order. */
        public Builder sceneIds(List<String> value) {
            this.sceneIds = value;
            return this;
        }

        /** Sets the subtitle styling. */
        public Builder subtitles(Subtitles value) {
            this.subtitles = value;
            return this;
        }

        /** Sets the brand voice. */
        public Builder brandVoiceId(String value) {
            this.brandVoiceId = value;
            return this;
        }

        /** Sets whether text stays vertically centred. */
        public Builder keepTextVerticallyCentered(Boolean value) {
            this.keepTextVerticallyCentered = value;
            return this;
        }

        /** Sets whether music is re-cut to the new length. */
        public Builder reorderMusic(Boolean value) {
            this.reorderMusic = value;
            return this;
        }

        /** The value. */
        public TemplateVideoRequest build() {
            return new TemplateVideoRequest(templateId, variables, title, callbackUrl, callbackId, caption, dimension, includeGif,
                    enableSharing, folderId, fps, sceneIds, subtitles, brandVoiceId, keepTextVerticallyCentered, reorderMusic);
        }
    }
}
