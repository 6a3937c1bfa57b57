package dev.heygenkit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.sandbox.Catalog.Group;
import dev.heygenkit.sandbox.Catalog.Look;
import dev.heygenkit.sandbox.Catalog.Voice;

/** The JSON of groups, looks and voices as the v3 endpoints answer them, with public preview URLs. */
final class CatalogViews {
    /** When the private fixture voices were "cloned": 2025-01-01. */
    private static final long FIXTURE_CREATED_AT = 1735689600L;
    private final Catalog catalog;
    private final Urls urls;

    CatalogViews(Catalog catalog, Urls urls) {
        this.catalog = catalog;
        this.urls = urls;
    }

    static String lookPreviewPath(Look l) {
        return "/_media/looks/" + l.id() + ".png";
    }

    static String voicePreviewPath(Voice v) {
        return "/_media/voices/" + v.id() + ".wav";
    }

    ObjectNode look(Look l) {
        ObjectNode o = Json.object();
        o.put("id", l.id());
        o.put("name", l.name());
        o.put("avatar_type", l.avatarType());
        o.put("group_id", l.groupId());
        o.put("gender", l.gender());
        o.put("default_voice_id", l.defaultVoiceId());
        o.put("preview_image_url", l.ready() ? urls.base() + lookPreviewPath(l) : null);
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
        o.set("error", error(l.error()));
        return o;
    }

    ObjectNode group(Group g) {
        ObjectNode o = Json.object();
        o.put("id", g.id());
        o.put("name", g.name());
        o.put("created_at", g.createdAt());
        o.put("looks_count", catalog.looksOf(g.id()).size());
        o.put("gender", g.gender());
        o.put("default_voice_id", g.defaultVoiceId());
        Look cover = catalog.cover(g);
        o.put("preview_image_url", cover == null ? null : urls.base() + lookPreviewPath(cover));
        o.putNull("preview_video_url");
        o.put("status", g.status());
        o.put("consent_status", g.consentStatus());
        o.set("error", error(g.error()));
        return o;
    }

    /** {@code {"code", "message"}} of a failure, or JSON null. */
    private static JsonNode error(Catalog.Failure f) {
        if (f == null) {
            return NullNode.getInstance();
        }
        ObjectNode o = Json.object();
        o.put("code", f.code());
        o.put("message", f.message());
        return o;
    }

    /** A voice as GET /v3/voices lists it. */
    ObjectNode voiceListed(Voice v) {
        ObjectNode o = voiceCommon(v);
        o.put("support_locale", v.supportLocale());
        o.put("type", v.type());
        return o;
    }

    /** A voice as GET /v3/voices/{id} answers it. */
    ObjectNode voice(Voice v) {
        ObjectNode o = voiceCommon(v);
        o.put("support_interactive_avatar", false);
        if (v.isPrivate()) {
            o.put("created_at", v.createdAt() == null ? FIXTURE_CREATED_AT : v.createdAt());
            o.put("status", v.status());
        } else {
            o.putNull("created_at");
            o.putNull("status");
        }
        o.put("failure_message", v.failureMessage());
        return o;
    }

    /** The fields both voice views start with, in their order. */
    private ObjectNode voiceCommon(Voice v) {
        ObjectNode o = Json.object();
        o.put("voice_id", v.id());
        o.put("name", v.name());
        o.put("language", v.language());
        o.put("gender", v.gender());
        o.put("preview_audio_url", v.ready() ? urls.base() + voicePreviewPath(v) : null);
        o.put("support_pause", v.supportPause());
        return o;
    }
}
