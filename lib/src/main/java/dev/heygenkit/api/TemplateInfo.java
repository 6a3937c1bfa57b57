package dev.heygenkit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A template as {@code GET /v3/templates/{template_id}} returns it: its scenes with their scripts and the variables
 * each uses, and the variables object with their defaults.
 *
 * <pre>{@code client.templates().get("tpl_welcome").variableTypes()   // {first_name=text, company=text}}</pre>
 *
 * @param id           the template id
 * @param name         display name
 * @param aspectRatio  frame shape, e.g. {@code 16:9}, or null
 * @param createdAt    Unix seconds, or null
 * @param updatedAt    Unix seconds, or null
 * @param thumbnailUrl a still of the template, or null
 * @param sceneIds     the scenes in playing order
 * @param scenes       each scene's script and the variables it uses
 * @param variables    free-form: by name, {@code {"name", "type", "properties"}} with the template's defaults
 */
public record TemplateInfo(String id, String name, AspectRatio aspectRatio, Long createdAt, Long updatedAt,
                           String thumbnailUrl, List<String> sceneIds, List<Scene> scenes, JsonNode variables) {
    /** Copies lists and the variables object; absent ones become empty. */
    public TemplateInfo {
        sceneIds = sceneIds == null ? List.of() : List.copyOf(sceneIds);
        scenes = scenes == null ? List.of() : List.copyOf(scenes);
        variables = variables == null || variables.isNull() ? JsonNodeFactory.instance.objectNode() : variables.deepCopy();
    }

    /**
     * One scene of a template.
     *
     * @param sceneId   the scene id (what {@code scene_ids} takes)
     * @param script    what is said, with {@code {{name}}} where a text variable goes, or null
     * @param variables the variables this scene uses
     */
    public record Scene(String sceneId, String script, List<VariableDeclaration> variables) {
        /** Copies the list; absent becomes empty. */
        public Scene {
            variables = variables == null ? List.of() : List.copyOf(variables);
        }
    }

    /**
     * A variable a scene uses.
     *
     * @param name         the variable name
     * @param variableType {@code text}, {@code image}, {@code video}, {@code audio}, {@code voice}, or a newer type
     */
    public record VariableDeclaration(String name, String variableType) {
    }

    /**
     * Every declared variable name with its type, in first-use order: the scenes' declarations first, then any other
     * entry of the variables object that names a type.
     */
    public Map<String, String> variableTypes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Scene s : scenes) {
            for (VariableDeclaration d : s.variables()) {
                if (d.name() != null) {
                    out.putIfAbsent(d.name(), d.variableType());
                }
            }
        }
        variables.fields().forEachRemaining(e -> {
            JsonNode type = e.getValue().get("type");
            if (type != null && type.isTextual()) {
                out.putIfAbsent(e.getKey(), type.asText());
            }
        });
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "TemplateInfo[id=" + id + ", name=" + name + ", variables=" + variableTypes() + "]";
    }
}
