package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

/** The bundled v3 endpoint file: request schemas and query parameter limits, loaded once per JVM on first use. */
final class Spec {
    private static final String RESOURCE = "/dev/heygenkit/sandbox/heygen-v3-endpoints.json";
    private static volatile Map<String, JsonNode> byKey;

    private Spec() {
    }

    private static Map<String, JsonNode> endpoints() {
        Map<String, JsonNode> m = byKey;
        if (m == null) {
            synchronized (Spec.class) {
                m = byKey;
                if (m == null) {
                    m = new HashMap<>();
                    for (JsonNode e : Json.resource(RESOURCE)) {
                        m.put(e.path("method").asText() + " " + e.path("path").asText(), e);
                    }
                    byKey = m;
                }
            }
        }
        return m;
    }

    /** The endpoint entry for a method and path template such as {@code /v3/videos/{video_id}}. */
    static JsonNode endpoint(String method, String template) {
        JsonNode e = endpoints().get(method + " " + template);
        if (e == null) {
            throw new IllegalArgumentException("the bundled spec has no " + method + " " + template);
        }
        return e;
    }

    static JsonNode requestSchema(String method, String template) {
        return endpoint(method, template).get("request_schema");
    }

    /** The declared query parameter, or a missing node. */
    static JsonNode queryParam(String method, String template, String name) {
        for (JsonNode q : endpoint(method, template).path("query_params")) {
            if (q.path("name").asText().equals(name)) {
                return q;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    /** Whether the spec has this method and template at all. */
    static boolean has(String method, String template) {
        return endpoints().containsKey(method + " " + template);
    }

    /** Every endpoint entry, for route matching of endpoints the sandbox does not emulate. */
    static Iterable<JsonNode> all() {
        return endpoints().values();
    }
}
