package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in HeyGen templates, read from the {@code templates} of {@code fixtures.json} once per JVM on first use.
 * A template names the look and background colour its scenes render with; each scene lists the variables it uses,
 * whose types come from the template's {@code variables} object.
 */
final class TemplateCatalog {
    static final TemplateCatalog BUILT_IN = new TemplateCatalog();

    /**
     * One template.
     *
     * @param index      its place in listing order
     * @param variables  by name, {@code {"name", "type", "properties"}} with defaults, as GET shows it
     */
    record Template(int index, String id, String name, String aspectRatio, long createdAt, long updatedAt, String lookId,
                    String background, ObjectNode variables, List<Scene> scenes) {
        Template {
            scenes = List.copyOf(scenes);
        }

        /** The declared type of a variable, or null when the template has no such variable. */
        String typeOf(String variable) {
            return Json.str(variables.get(variable), "type");
        }

        /** The scene with this id, or null. */
        Scene scene(String sceneId) {
            return scenes.stream().filter(s -> s.id().equals(sceneId)).findFirst().orElse(null);
        }

        /** {@code first_name (text), company (text)}: for messages. */
        String describeVariables() {
            List<String> out = new ArrayList<>();
            variables.fieldNames().forEachRemaining(n -> out.add(n + " (" + typeOf(n) + ")"));
            return out.isEmpty() ? "none" : String.join(", ", out);
        }
    }

    /**
     * One scene: what is said, with {@code {{name}}} where a text variable goes (null when an audio variable speaks),
     * and the variables it uses.
     */
    record Scene(String id, String script, List<String> variables) {
        Scene {
            variables = List.copyOf(variables);
        }
    }

    /** Holds the data, so that it is read when first asked for rather than when the class loads. */
    private static final class Loaded {
        static final Map<String, Template> BY_ID = load();
    }

    private TemplateCatalog() {
    }

    private static Map<String, Template> load() {
        JsonNode root = Json.resource("/dev/heygenkit/sandbox/fixtures.json");
        Map<String, Template> out = new LinkedHashMap<>();
        for (JsonNode t : root.path("templates")) {
            List<Scene> scenes = new ArrayList<>();
            for (JsonNode s : t.get("scenes")) {
                List<String> vars = new ArrayList<>();
                s.get("variables").forEach(v -> vars.add(v.asText()));
                scenes.add(new Scene(s.get("scene_id").asText(), Json.str(s, "script"), vars));
            }
            out.put(t.get("id").asText(), new Template(out.size(), t.get("id").asText(), t.get("name").asText(),
                    Json.str(t, "aspect_ratio"), t.get("created_at").asLong(), t.get("updated_at").asLong(),
                    t.get("look_id").asText(), t.get("background").asText(), (ObjectNode) t.get("variables"), scenes));
        }
        return out;
    }

    /** Every template in listing order. */
    List<Template> all() {
        return List.copyOf(Loaded.BY_ID.values());
    }

    /** The template with this id, or null. */
    Template get(String id) {
        return Loaded.BY_ID.get(id);
    }
}
