package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sandbox catalogue of avatar groups, looks and voices, read from {@code fixtures.json} once per JVM. */
final class Fixtures {
    record Group(String id, String name, String gender, String defaultVoiceId, boolean isPrivate, String status, long createdAt) {
    }

    record Look(String id, String name, String groupId, String avatarType, String gender, String defaultVoiceId,
                List<String> engines, List<String> tags, String orientation, Integer width, Integer height,
                boolean matting, String status, boolean isPrivate) {
        boolean isPhoto() {
            return avatarType.equals("photo_avatar");
        }

        boolean ready() {
            return status == null || status.equals("completed");
        }
    }

    record Voice(String id, String name, String language, String gender, boolean supportPause, boolean supportLocale,
                 List<String> engines, String type, String status) {
        boolean isPrivate() {
            return type.equals("private");
        }

        boolean ready() {
            return status == null || status.equals("complete");
        }
    }

    static final Fixtures CATALOGUE = load();

    final List<Group> groups;
    final List<Look> looks;
    final List<Voice> voices;
    private final Map<String, Group> groupById = new LinkedHashMap<>();
    private final Map<String, Look> lookById = new LinkedHashMap<>();
    private final Map<String, Voice> voiceById = new LinkedHashMap<>();

    private Fixtures(List<Group> groups, List<Look> looks, List<Voice> voices) {
        this.groups = List.copyOf(groups);
        this.looks = List.copyOf(looks);
        this.voices = List.copyOf(voices);
        groups.forEach(g -> groupById.put(g.id(), g));
        looks.forEach(l -> lookById.put(l.id(), l));
        voices.forEach(v -> voiceById.put(v.id(), v));
    }

    private static Fixtures load() {
        JsonNode root = Json.resource("/dev/heygenkit/sandbox/fixtures.json");
        List<Group> groups = new ArrayList<>();
        for (JsonNode g : root.get("groups")) {
            groups.add(new Group(g.get("id").asText(), g.get("name").asText(), Json.str(g, "gender"),
                    Json.str(g, "default_voice_id"), g.get("ownership").asText().equals("private"), Json.str(g, "status"),
                    g.get("created_at").asLong()));
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
                    l.path("matting").asBoolean(false), Json.str(l, "status"), privateGroup.get(l.get("group_id").asText())));
        }
        List<Voice> voices = new ArrayList<>();
        for (JsonNode v : root.get("voices")) {
            voices.add(new Voice(v.get("voice_id").asText(), v.get("name").asText(), v.get("language").asText(),
                    v.get("gender").asText(), v.get("support_pause").asBoolean(), v.get("support_locale").asBoolean(),
                    strings(v.get("engines")), v.get("type").asText(), Json.str(v, "status")));
        }
        return new Fixtures(groups, looks, voices);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    Group group(String id) {
        return groupById.get(id);
    }

    Look look(String id) {
        return lookById.get(id);
    }

    Voice voice(String id) {
        return voiceById.get(id);
    }

    List<Look> looksOf(String groupId) {
        return looks.stream().filter(l -> l.groupId().equals(groupId)).toList();
    }

    /** The look id a group is best shown by: its first ready look. */
    Look cover(Group g) {
        return looksOf(g.id()).stream().filter(Look::ready).findFirst().orElse(null);
    }

    static String lookPreviewPath(Look l) {
        return "/_media/looks/" + l.id() + ".png";
    }

    static String voicePreviewPath(Voice v) {
        return "/_media/voices/" + v.id() + ".wav";
    }

    ObjectNode lookJson(Look l, String base) {
        ObjectNode o = Json.object();
        o.put("id", l.id());
        o.put("name", l.name());
        o.put("avatar_type", l.avatarType());
        o.put("group_id", l.groupId());
        o.put("gender", l.gender());
        o.put("default_voice_id", l.defaultVoiceId());
        o.put("preview_image_url", l.ready() ? base + lookPreviewPath(l) : null);
        o.putNull("preview_video_url");
        o.set("supported_api_engines", Json.MAPPER.valueToTree(l.engines()));
        o.set("tags", Json.MAPPER.valueToTree(l.tags()));
        o.put("preferred_orientation", l.orientation());
        if (l.width() == null) {
            o.putNull("image_width");
            o.putNull("image_height");
        } else {
            o.put("image_width", l.width());
            o.put("image_height", l.height());
        }
        o.put("status", l.status());
        o.putNull("error");
        return o;
    }

    ObjectNode groupJson(Group g, String base) {
        ObjectNode o = Json.object();
        o.put("id", g.id());
        o.put("name", g.name());
        o.put("created_at", g.createdAt());
        o.put("looks_count", looksOf(g.id()).size());
        o.put("gender", g.gender());
        o.put("default_voice_id", g.defaultVoiceId());
        Look cover = cover(g);
        o.put("preview_image_url", cover == null ? null : base + lookPreviewPath(cover));
        o.putNull("preview_video_url");
        o.put("status", g.status());
        o.putNull("consent_status");
        o.putNull("error");
        return o;
    }

    ObjectNode voiceListJson(Voice v, String base) {
        ObjectNode o = Json.object();
        o.put("voice_id", v.id());
        o.put("name", v.name());
        o.put("language", v.language());
        o.put("gender", v.gender());
        o.put("preview_audio_url", v.ready() ? base + voicePreviewPath(v) : null);
        o.put("support_pause", v.supportPause());
        o.put("support_locale", v.supportLocale());
        o.put("type", v.type());
        return o;
    }

    ObjectNode voiceJson(Voice v, String base) {
        ObjectNode o = Json.object();
        o.put("voice_id", v.id());
        o.put("name", v.name());
        o.put("language", v.language());
        o.put("gender", v.gender());
        o.put("preview_audio_url", v.ready() ? base + voicePreviewPath(v) : null);
        o.put("support_pause", v.supportPause());
        o.put("support_interactive_avatar", false);
        if (v.isPrivate()) {
            o.put("created_at", 1735689600L);
            o.put("status", v.status());
        } else {
            o.putNull("created_at");
            o.putNull("status");
        }
        o.putNull("failure_message");
        return o;
    }
}
