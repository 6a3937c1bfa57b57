package dev.heygenkit.internal.batch;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a preflight problem's wire parameter to the field names {@link RequestText} uses, to find its columns. */
final class Fields {
    private static final Pattern SCENE = Pattern.compile("scenes\\[(\\d+)]\\.(?:input\\.)?(.*)");
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("avatar_id", "look id"),
            Map.entry("script", "script"),
            Map.entry("voice_id", "voice id"),
            Map.entry("title", "title"),
            Map.entry("callback_id", "callback id"),
            Map.entry("callback_url", "callback URL"),
            Map.entry("background.value", "background colour"),
            Map.entry("background.color", "background colour"),
            Map.entry("background", "background"),
            Map.entry("image", "photo"),
            Map.entry("source", "picture"),
            Map.entry("audio_url", "audio"),
            Map.entry("audio_asset_id", "audio"),
            Map.entry("motion_prompt", "motion prompt"),
            Map.entry("engine.reference_look_id", "reference look id"),
            Map.entry("prompt", "prompt"),
            Map.entry("watermark", "watermark"));

    private Fields() {
    }

    /** The field-name prefix a wire parameter belongs to, or null when no personalised field matches. */
    static String of(String param) {
        if (param == null) {
            return null;
        }
        Matcher m = SCENE.matcher(param);
        if (m.matches()) {
            String inner = base(m.group(2));
            return inner == null ? null : "scene " + (Integer.parseInt(m.group(1)) + 1) + " " + inner;
        }
        return base(param);
    }

    private static String base(String param) {
        for (String p = param; ; ) {
            String name = NAMES.get(p);
            if (name != null) {
                return name;
            }
            int dot = p.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            p = p.substring(0, dot);
        }
    }
}
