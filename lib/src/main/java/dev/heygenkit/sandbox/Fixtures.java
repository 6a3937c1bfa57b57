package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in catalogue of avatar groups, looks and voices, read from {@code fixtures.json} once per JVM on first
 * use (reading it loads Jackson, which {@link Engine#warmUp()} does off the start-up path).
 */
final class Fixtures implements Catalog {
    static final Fixtures CATALOGUE = new Fixtures();

    private record Data(List<Group> groups, List<Look> looks, List<Voice> voices, Map<String, Group> groupById,
                        Map<String, Look> lookById, Map<String, Voice> voiceById) {
        Data(List<Group> groups, List<Look> looks, List<Voice> voices) {
            this(List.copyOf(groups), List.copyOf(looks), List.copyOf(voices), new LinkedHashMap<>(), new LinkedHashMap<>(),
                    new LinkedHashMap<>());
            groups.forEach(g -> groupById.put(g.id(), g));
            looks.forEach(l -> lookById.put(l.id(), l));
            voices.forEach(v -> voiceById.put(v.id(), v));
        }
    }

    /** Holds the data, so that it is read when first asked for rather than when the class loads. */
    private static final class Loaded {
        static final Data DATA = load();
    }

    private Fixtures() {
    }

    private static Data load() {
        JsonNode root = Json.resource("/dev/heygenkit/sandbox/fixtures.json");
        List<Group> groups = new ArrayList<>();
        for (JsonNode g : root.get("groups")) {
            groups.add(new Group(g.get("id").asText(), g.get("name").asText(), Json.str(g, "gender"),
                    Json.str(g, "default_voice_id"), g.get("ownership").asText().equals("private"), Json.str(g, "status"),
                    g.get("created_at").asLong(), null, null));
        }
        Map<String, Boolean> privateGroup = new LinkedHashMap<>();
        groups.forEach(g -> privateGroup.put(g.id(), g.isPrivate()));
        List<Look> looks = new ArrayList<>();
        for (JsonNode l : root.get("looks")) {
            looks.add(new Look(l.get("id").asText(), l.get("name").asText(), l.get("group_id").asText(),
                    l.get("avatar_type").asText(), Json.str(l, "gender"), Json.str(l, "default_voice_id"),
                    strings(l.get("supported_api_engines")), strings(l.get("tags")), Json.str(l, "preferred_orientation"),
                    l.path("image_width").isNull() ? null : l.get("image_width").asInt(),
                    l.path("image_height").isNull() ? null : l.get("image_height").asInt(),
                    l.path("matting").asBoolean(false), Json.str(l, "status"), privateGroup.get(l.get("group_id").asText()), null));
        }
        List<Voice> voices = new ArrayList<>();
        for (JsonNode v : root.get("voices")) {
            voices.add(new Voice(v.get("voice_id").asText(), v.get("name").asText(), v.get("language").asText(),
                    v.get("gender").asText(), v.get("support_pause").asBoolean(), v.get("support_locale").asBoolean(),
                    strings(v.get("engines")), v.get("type").asText(), Json.str(v, "status"), null, null));
        }
        return new Data(groups, looks, voices);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    @Override
    public List<Group> groups() {
        return Loaded.DATA.groups();
    }

    @Override
    public List<Look> looks() {
        return Loaded.DATA.looks();
    }

    @Override
    public List<Voice> voices() {
        return Loaded.DATA.voices();
    }

    @Override
    public Group group(String id) {
        return Loaded.DATA.groupById().get(id);
    }

    @Override
    public Look look(String id) {
        return Loaded.DATA.lookById().get(id);
    }

    @Override
    public Voice voice(String id) {
        return Loaded.DATA.voiceById().get(id);
    }
}
