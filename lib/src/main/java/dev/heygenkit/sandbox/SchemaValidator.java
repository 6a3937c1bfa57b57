package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates JSON against the OpenAPI 3.0 subset the bundled v3 schemas use: type, properties, required, enum,
 * items, nullable, default and discriminated oneOf (its branches found by {@link Discriminators}). Objects are closed:
 * a field the schema does not declare is a problem, which is how the sandbox catches invented fields such as
 * {@code test}. An object that declares no properties at all is a free-form map, as in OpenAPI (the template
 * {@code variables}, keyed by the template's own names); the endpoint checks its contents.
 */
final class SchemaValidator {
    /** One finding: a JSON path such as {@code scenes[2].input.voice_id} and a one-line message. */
    record Problem(String param, String message) {
    }

    /** Friendlier messages for fields people (or older docs) commonly invent, keyed by field name. */
    private static final Map<String, String> KNOWN_MISTAKES = Map.of(
            "test", "test is not a v3 field; the sandbox is free already, so drop it",
            "dimension", "dimension is not a field of POST /v3/videos; use aspect_ratio and resolution",
            "video_inputs", "video_inputs is a v2 field; v3 uses type plus avatar_id/image, or type studio with scenes",
            "content_type", "content_type is not a field here; base64 assets name their MIME type in media_type",
            "image_url", "image_url is not a v3 field; send type image with image {\"type\":\"url\",\"url\":...}");

    private final Discriminators discriminators = new Discriminators();

    /** Every problem found, in document order. */
    List<Problem> validate(JsonNode schema, JsonNode value) {
        List<Problem> out = new ArrayList<>();
        check(schema, value, "", out);
        return out;
    }

    /** A deep copy of {@code value} with schema defaults filled in for absent properties. */
    JsonNode withDefaults(JsonNode schema, JsonNode value) {
        JsonNode copy = value.deepCopy();
        fill(schema, copy);
        return copy;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<Problem> out) {
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        if (value == null || value.isNull()) {
            if (!schema.path("nullable").asBoolean(false)) {
                out.add(new Problem(path, name(path) + " must not be null" + expected(schema)));
            }
            return;
        }
        if (schema.has("oneOf")) {
            checkOneOf(schema, value, path, out);
            return;
        }
        String type = schema.path("type").asText("");
        if (type.isEmpty() && schema.has("properties")) {
            type = "object";
        }
        switch (type) {
            case "object" -> checkObject(schema, value, path, out);
            case "array" -> {
                if (!value.isArray()) {
                    out.add(typeProblem(path, "an array", value));
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(schema.get("items"), value.get(i), path + "[" + i + "]", out);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    out.add(typeProblem(path, "a string", value));
                    return;
                }
                checkEnum(schema, value, path, out);
            }
            case "integer" -> {
                if (!value.isIntegralNumber() && !(value.isNumber() && value.asDouble() == Math.rint(value.asDouble()))) {
                    out.add(typeProblem(path, "an integer", value));
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    out.add(typeProblem(path, "a number", value));
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    out.add(typeProblem(path, "true or false", value));
                }
            }
            default -> {
                // untyped schema: anything goes
            }
        }
    }

    private void checkEnum(JsonNode schema, JsonNode value, String path, List<Problem> out) {
        JsonNode values = schema.get("enum");
        if (values == null) {
            return;
        }
        for (JsonNode v : values) {
            if (v.asText().equals(value.asText())) {
                return;
            }
        }
        out.add(new Problem(path, name(path) + " \"" + value.asText() + "\" is not allowed; use one of " + list(values)));
    }

    private void checkObject(JsonNode schema, JsonNode value, String path, List<Problem> out) {
        if (!value.isObject()) {
            out.add(typeProblem(path, "an object", value));
            return;
        }
        JsonNode props = schema.path("properties");
        // an invented field often explains a missing one (value instead of color), so it is reported first
        Iterator<String> names = props.isEmpty() ? java.util.Collections.emptyIterator() : value.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!props.has(name)) {
                String child = join(path, name);
                out.add(new Problem(child, undeclared(name, child, props)));
            }
        }
        for (JsonNode req : schema.path("required")) {
            if (!value.has(req.asText())) {
                out.add(new Problem(join(path, req.asText()), join(path, req.asText()) + " is required" + expected(props.get(req.asText()))));
            }
        }
        for (Map.Entry<String, JsonNode> f : value.properties()) {
            JsonNode propSchema = props.get(f.getKey());
            if (propSchema != null) {
                check(propSchema, f.getValue(), join(path, f.getKey()), out);
            }
        }
    }

    private static String undeclared(String field, String path, JsonNode props) {
        String known = KNOWN_MISTAKES.get(field);
        if (known != null) {
            return known;
        }
        if (field.equals("value") && props.has("color")) {
            return path + " is not a field here: studio scene backgrounds are {\"type\":\"color\",\"color\":\"#RRGGBB\"}";
        }
        if (field.equals("engine") && props.has("image")) {
            return path + " is not a field of image input: raw images are animated with Avatar IV only (avatar_iii needs an avatar look)";
        }
        List<String> names = new ArrayList<>();
        props.fieldNames().forEachRemaining(names::add);
        return path + " is not a v3 field here; remove it (allowed: " + String.join(", ", new TreeSet<>(names)) + ")";
    }

    private void checkOneOf(JsonNode schema, JsonNode value, String path, List<Problem> out) {
        JsonNode disc = schema.get("discriminator");
        if (disc == null) {
            int matches = 0;
            List<Problem> first = null;
            for (JsonNode branch : schema.get("oneOf")) {
                List<Problem> p = new ArrayList<>();
                check(branch, value, path, p);
                if (p.isEmpty()) {
                    matches++;
                } else if (first == null) {
                    first = p;
                }
            }
            if (matches != 1 && first != null) {
                out.addAll(first);
            }
            return;
        }
        if (!value.isObject()) {
            out.add(typeProblem(path, "an object", value));
            return;
        }
        String property = disc.path("propertyName").asText();
        Map<String, JsonNode> branches = discriminators.branches(schema);
        String at = join(path, property);
        JsonNode tag = value.get(property);
        if (tag == null || tag.isNull()) {
            out.add(new Problem(at, at + " is required: one of " + String.join(", ", branches.keySet())));
            return;
        }
        JsonNode branch = branches.get(tag.asText());
        if (branch == null) {
            out.add(new Problem(at, at + " \"" + tag.asText() + "\" is not allowed; use one of " + String.join(", ", branches.keySet())));
            return;
        }
        check(branch, value, path, out);
    }

    private void fill(JsonNode schema, JsonNode value) {
        if (schema == null || value == null || value.isNull()) {
            return;
        }
        if (schema.has("oneOf") && schema.has("discriminator") && value.isObject()) {
            JsonNode branch = discriminators.branches(schema).get(value.path(schema.path("discriminator").path("propertyName").asText()).asText());
            fill(branch, value);
            return;
        }
        if (value instanceof ObjectNode obj && schema.has("properties")) {
            for (Map.Entry<String, JsonNode> p : schema.get("properties").properties()) {
                JsonNode present = obj.get(p.getKey());
                if (present == null && p.getValue().has("default")) {
                    obj.set(p.getKey(), p.getValue().get("default").deepCopy());
                } else if (present != null) {
                    fill(p.getValue(), present);
                }
            }
        } else if (value instanceof ArrayNode arr && schema.has("items")) {
            for (JsonNode item : arr) {
                fill(schema.get("items"), item);
            }
        }
    }

    private static Problem typeProblem(String path, String what, JsonNode value) {
        String got = value.isTextual() ? "\"" + abbreviate(value.asText()) + "\"" : abbreviate(value.toString());
        return new Problem(path, name(path) + " must be " + what + ", not " + got);
    }

    private static String expected(JsonNode schema) {
        if (schema == null) {
            return "";
        }
        if (schema.has("enum")) {
            return " (one of " + list(schema.get("enum")) + ")";
        }
        if (schema.has("discriminator")) {
            Set<String> keys = new TreeSet<>();
            schema.path("discriminator").path("mapping").fieldNames().forEachRemaining(keys::add);
            return " (an object with " + schema.path("discriminator").path("propertyName").asText() + " " + String.join("|", keys) + ")";
        }
        return schema.has("type") ? " (" + schema.get("type").asText() + ")" : "";
    }

    private static String list(JsonNode values) {
        List<String> s = new ArrayList<>();
        values.forEach(v -> s.add(v.asText()));
        return String.join(", ", s);
    }

    private static String name(String path) {
        return path.isEmpty() ? "the body" : path;
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
