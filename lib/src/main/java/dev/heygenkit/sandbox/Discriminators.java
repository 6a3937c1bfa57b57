package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which oneOf branch belongs to which discriminator value. The exported discriminator mappings list their keys
 * alphabetically while the oneOf branches keep the spec's order, so a branch is found by what distinguishes it (a
 * property only it declares, see {@link #HINTS}), and the remaining keys pair with the remaining branches in order;
 * those are checked to be structurally alike.
 */
final class Discriminators {
    /** Properties that identify the branch of a discriminator value; the value itself as a property name also counts. */
    private static final Map<String, List<String>> HINTS = Map.ofEntries(
            Map.entry("url", List.of("url")),
            Map.entry("asset_id", List.of("asset_id")),
            Map.entry("base64", List.of("data", "media_type")),
            Map.entry("avatar", List.of("avatar_id:string")),
            Map.entry("image", List.of("image", "duration")),
            Map.entry("cinematic_avatar", List.of("prompt")),
            Map.entry("studio", List.of("scenes")),
            Map.entry("avatar_video", List.of("input")),
            Map.entry("video", List.of("playback")),
            Map.entry("avatar_v", List.of("reference_look_id")),
            Map.entry("elevenlabs", List.of("similarity_boost")),
            Map.entry("fish", List.of("similarity")));

    private final Map<JsonNode, Map<String, JsonNode>> cache = new IdentityHashMap<>();

    /** The branch schema for each discriminator value, resolved once per schema node. */
    synchronized Map<String, JsonNode> branches(JsonNode schema) {
        return cache.computeIfAbsent(schema, Discriminators::resolve);
    }

    /** The branch schema for each discriminator value of a {@code oneOf} with a {@code discriminator}, keys sorted. */
    static Map<String, JsonNode> resolve(JsonNode schema) {
        List<String> keys = new ArrayList<>();
        schema.path("discriminator").path("mapping").fieldNames().forEachRemaining(keys::add);
        keys.sort(null);
        List<JsonNode> options = new ArrayList<>();
        schema.get("oneOf").forEach(options::add);
        if (keys.size() != options.size()) {
            throw new IllegalStateException("discriminator " + keys + " has " + options.size() + " branches");
        }
        Map<String, Integer> assigned = byHints(keys, options);
        List<String> leftKeys = keys.stream().filter(k -> !assigned.containsKey(k)).toList();
        List<Integer> leftBranches = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (!assigned.containsValue(i)) {
                leftBranches.add(i);
            }
        }
        String property = schema.path("discriminator").path("propertyName").asText();
        for (int i = 1; i < leftBranches.size(); i++) {
            if (!shape(options.get(leftBranches.get(0)), property).equals(shape(options.get(leftBranches.get(i)), property))) {
                throw new IllegalStateException("cannot tell discriminator branches " + leftKeys + " apart; add a hint");
            }
        }
        for (int i = 0; i < leftKeys.size(); i++) {
            assigned.put(leftKeys.get(i), leftBranches.get(i));
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String key : keys) {
            out.put(key, options.get(assigned.get(key)));
        }
        return out;
    }

    /** Pairs keys with branches where exactly one unpaired branch matches a key's hints, until nothing changes. */
    private static Map<String, Integer> byHints(List<String> keys, List<JsonNode> options) {
        Map<String, Integer> assigned = new LinkedHashMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (String key : keys) {
                if (assigned.containsKey(key)) {
                    continue;
                }
                List<Integer> candidates = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    if (!assigned.containsValue(i) && matchesHint(key, options.get(i))) {
                        candidates.add(i);
                    }
                }
                if (candidates.size() == 1) {
                    assigned.put(key, candidates.get(0));
                    progress = true;
                }
            }
        }
        return assigned;
    }

    private static boolean matchesHint(String key, JsonNode branch) {
        List<String> hints = new ArrayList<>(HINTS.getOrDefault(key, List.of()));
        hints.add(key);
        JsonNode props = branch.path("properties");
        for (String hint : hints) {
            String[] parts = hint.split(":");
            JsonNode p = props.get(parts[0]);
            if (p != null && (parts.length == 1 || parts[1].equals(p.path("type").asText()))) {
                return true;
            }
        }
        return false;
    }

    private static String shape(JsonNode branch, String discriminator) {
        ObjectNode copy = branch.deepCopy();
        if (copy.get("properties") instanceof ObjectNode props) {
            props.remove(discriminator);
        }
        return copy.toString();
    }
}
