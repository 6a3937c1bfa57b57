package dev.heygenkit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The v3 request and response schemas as plain JSON Schema 2020-12, validated with networknt's validator, an
 * implementation independent of both the client and the sandbox.
 *
 * <p>The bundled endpoint file is OpenAPI 3.0 flavoured: {@code nullable} and {@code discriminator} with mapping
 * references into components that were not exported. This class rewrites those into plain JSON Schema: nullable
 * becomes a {@code null} type alternative and every discriminated branch gets a {@code const} on its discriminator
 * property. The exported mappings are sorted alphabetically while the {@code oneOf} branches keep the spec's order,
 * so the branch order is given explicitly below per mapping key set; an unknown key set fails loudly.
 *
 * <p>Object schemas that declare properties are made closed ({@code additionalProperties: false}) so a misspelt or
 * invented field, in what the client sends or what the sandbox answers, fails the contract instead of being ignored.
 * Objects declaring no properties stay free-form maps, and required names missing from {@code properties} are
 * allowed, as the spec means them.
 */
public final class V3Schemas {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final String RESOURCE = "/dev/heygenkit/sandbox/heygen-v3-endpoints.json";

    /** Branch order of each discriminated oneOf in the spec, keyed by its sorted mapping keys. */
    private static final Map<String, List<String>> BRANCH_ORDER = Map.of(
            "asset_id,url", List.of("url", "asset_id"),
            "asset_id,base64,url", List.of("url", "asset_id", "base64"),
            "avatar,cinematic_avatar,image,studio", List.of("avatar", "image", "cinematic_avatar", "studio"),
            "avatar_iii,avatar_iv,avatar_v", List.of("avatar_v", "avatar_iv", "avatar_iii"),
            "elevenlabs,fish,starfish", List.of("elevenlabs", "fish", "starfish"),
            "avatar_video,image,video", List.of("avatar_video", "image", "video"),
            "avatar,image", List.of("avatar", "image"),
            "color", List.of("color"),
            "digital_twin,photo,prompt", List.of("prompt", "photo", "digital_twin"),
            "icon,image", List.of("image", "icon"));

    private static final JsonNode ENDPOINTS = load();
    private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();

    private V3Schemas() {
    }

    private static JsonNode load() {
        try (InputStream in = V3Schemas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " on the test class path");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw endpoint list as bundled. */
    public static JsonNode endpoints() {
        return ENDPOINTS;
    }

    /** The endpoint entry whose method matches and whose path template matches {@code path}, literal paths first. */
    public static JsonNode endpoint(String method, String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        JsonNode best = null;
        int bestLiteral = -1;
        for (JsonNode e : ENDPOINTS) {
            if (!e.path("method").asText().equalsIgnoreCase(method)) {
                continue;
            }
            String template = e.path("path").asText();
            if (!templatePattern(template).matcher(bare).matches()) {
                continue;
            }
            int literal = template.replaceAll("\\{[^}]+}", "").length();
            if (literal > bestLiteral) {
                best = e;
                bestLiteral = literal;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no v3 endpoint matches " + method + " " + bare);
        }
        return best;
    }

    private static Pattern templatePattern(String template) {
        return Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q"));
    }

    /** Problems found validating {@code body} against the request schema of the endpoint; empty when valid. */
    public static List<String> requestProblems(String method, String path, JsonNode body) {
        return problems(method, path, "request_schema", body);
    }

    /** Problems found validating {@code body} against the success response schema; empty when valid. */
    public static List<String> responseProblems(String method, String path, JsonNode body) {
        return problems(method, path, "response_schema", body);
    }

    /** Fails with every problem listed when the request body does not fit its schema. */
    public static void assertValidRequest(String method, String path, JsonNode body) {
        List<String> p = requestProblems(method, path, body);
        if (!p.isEmpty()) {
            throw new AssertionError("request body of " + method + " " + path + " breaks the v3 schema: " + p + "\nbody: " + body);
        }
    }

    /** Fails with every problem listed when the response body does not fit its schema. */
    public static void assertValidResponse(String method, String path, JsonNode body) {
        List<String> p = responseProblems(method, path, body);
        if (!p.isEmpty()) {
            throw new AssertionError("response of " + method + " " + path + " breaks the v3 schema: " + p + "\nbody: " + body);
        }
    }

    /** Parses JSON text, failing the test on malformed input. */
    public static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** Whether the endpoint has a schema of that kind ({@code request_schema} or {@code response_schema}). */
    public static boolean hasSchema(String method, String path, String kind) {
        return endpoint(method, path).has(kind);
    }

    /** The normalised JSON Schema used for validation, for inspection in tests. */
    public static JsonNode normalisedSchema(String method, String path, String kind) {
        JsonNode e = endpoint(method, path);
        JsonNode raw = e.get(kind);
        if (raw == null) {
            throw new IllegalArgumentException(method + " " + path + " has no " + kind + " in the spec");
        }
        return normalise(raw.deepCopy());
    }

    private static List<String> problems(String method, String path, String kind, JsonNode body) {
        JsonNode e = endpoint(method, path);
        String key = e.path("method").asText() + " " + e.path("path").asText() + " " + kind;
        JsonSchema schema = CACHE.computeIfAbsent(key, k -> FACTORY.getSchema(normalisedSchema(method, path, kind)));
        Set<ValidationMessage> messages = schema.validate(body);
        return messages.stream().map(ValidationMessage::getMessage).collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
    }

    /** Rewrites an OpenAPI 3.0 schema node (in place) into closed JSON Schema 2020-12. */
    static JsonNode normalise(JsonNode node) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, normalise(array.get(i)));
            }
            return array;
        }
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        for (String f : fields) {
            if (!f.equals("enum") && !f.equals("default") && !f.equals("discriminator") && !f.equals("properties")) {
                object.set(f, normalise(object.get(f)));
            }
        }
        if (object.has("properties") && object.get("properties") instanceof ObjectNode props) {
            // "properties" holds names, not schemas: normalise each property schema, not the map itself as a schema.
            Iterator<Map.Entry<String, JsonNode>> it = props.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> p = it.next();
                p.setValue(normalise(p.getValue()));
            }
            // A required name the spec forgot to declare (event-types' "description") is allowed, not forbidden.
            if (object.get("required") instanceof ArrayNode required) {
                for (JsonNode name : required) {
                    if (!props.has(name.asText())) {
                        props.putObject(name.asText());
                    }
                }
            }
            // An object without declared properties is a free-form map in OpenAPI (upload_headers, counts_by_status,
            // event_data, error): closing it would forbid every key the server legitimately sends.
            if (!object.has("additionalProperties") && !props.isEmpty()) {
                object.put("additionalProperties", false);
            }
        }
        JsonNode discriminator = object.remove("discriminator");
        if (discriminator != null && object.get("oneOf") instanceof ArrayNode branches) {
            String property = discriminator.path("propertyName").asText();
            List<String> keys = new ArrayList<>();
            discriminator.path("mapping").fieldNames().forEachRemaining(keys::add);
            String sorted = keys.stream().sorted().collect(Collectors.joining(","));
            List<String> order = Optional.ofNullable(BRANCH_ORDER.get(sorted)).orElseThrow(() ->
                    new IllegalStateException("unknown discriminator mapping {" + sorted + "}: add its branch order"));
            if (order.size() != branches.size()) {
                throw new IllegalStateException("discriminator {" + sorted + "} has " + branches.size() + " branches");
            }
            for (int i = 0; i < branches.size(); i++) {
                ObjectNode branch = (ObjectNode) branches.get(i);
                ObjectNode props = branch.has("properties") ? (ObjectNode) branch.get("properties") : branch.putObject("properties");
                props.set(property, JsonNodeFactory.instance.objectNode().put("const", order.get(i)));
            }
        }
        JsonNode nullable = object.remove("nullable");
        if (nullable != null && nullable.asBoolean()) {
            if (object.has("type") && object.get("type").isTextual()) {
                String type = object.get("type").asText();
                object.set("type", JsonNodeFactory.instance.arrayNode().add(type).add("null"));
                if (object.get("enum") instanceof ArrayNode values) {
                    values.addNull();
                }
            } else {
                ObjectNode copy = object.deepCopy();
                object.removeAll();
                object.putArray("anyOf").add(JsonNodeFactory.instance.objectNode().put("type", "null")).add(copy);
            }
        }
        return object;
    }
}
