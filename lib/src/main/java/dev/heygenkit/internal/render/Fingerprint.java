package dev.heygenkit.internal.render;

import dev.heygenkit.api.TemplateVideoRequest;
import dev.heygenkit.api.VideoRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.internal.http.Json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Identifies a spec for the render journal: SHA-256 over the canonical request JSON (object keys sorted, local files
 * with their content hash) and the API base URL, so the same spec against the same API finds its earlier video.
 */
public final class Fingerprint {
    private Fingerprint() {
    }

    /** The fingerprint of a request (local files allowed) sent to {@code base}. */
    public static String of(VideoRequest request, String base) {
        JsonNode body = Json.tree(request);
        if (request instanceof TemplateVideoRequest t && body instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            // the template id travels in the path, not the body, yet it is part of what is being made
            o.put("template_id", t.templateId());
        }
        return of(body, base);
    }

    /** The fingerprint of a request body (placeholders allowed) sent to {@code base}. */
    public static String of(JsonNode body, String base) {
        String canonical = canonical(LocalFiles.withContentHashes(body)) + "\n" + base;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Compact JSON with object keys sorted at every level. */
    public static String canonical(JsonNode node) {
        return Json.write(sorted(node));
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode out = Json.object();
            for (String name : names) {
                out.set(name, sorted(node.get(name)));
            }
            return out;
        }
        if (node.isArray()) {
            var out = Json.array();
            node.forEach(n -> out.add(sorted(n)));
            return out;
        }
        return node;
    }
}
