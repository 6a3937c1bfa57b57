package dev.heygenkit.mcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.Overwrite;
import dev.heygenkit.api.Look;
import dev.heygenkit.api.Looks.LookQuery;
import dev.heygenkit.api.SpeechAudio;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.api.Voices.VoiceQuery;
import dev.heygenkit.notebook.LookSheet;
import io.modelcontextprotocol.spec.McpSchema.AudioContent;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The catalog and account tools: looks, voices, a spoken sample, the quota. */
final class CatalogTools {
    /** Audio larger than this is refused as inline content; {@code save_to} writes it to a file instead. */
    static final long MAX_INLINE_AUDIO = 4L << 20;

    private final Session s;

    CatalogTools(Session session) {
        this.s = session;
    }

    /** The catalog tools: looks, voices, a spoken sample. */
    List<Tool> tools() {
        return List.of(listLooks(), getLook(), listVoices(), createSpeech());
    }

    private static Schema lookFields(Schema o) {
        return o.string("look_id", "Pass it as avatar_id to create_avatar_video.").string("name", "Display name.")
                .string("avatar_type", "studio_avatar, digital_twin or photo_avatar.").string("gender", "female or male.")
                .string("default_voice_id", "The voice used when none is given.")
                .strings("engines", "Engines this look renders with.").string("preview_image_url", "A still of the look.")
                .string("preview_video_url", "A short clip of the look.").bool("ready", "Whether it can be rendered now.");
    }

    private Tool listLooks() {
        Map<String, Object> in = Schema.object()
                .string("group_id", "Only looks of this avatar group.")
                .choice("avatar_type", "Only this kind of look.", List.of("studio_avatar", "digital_twin", "photo_avatar"))
                .choice("ownership", "public (HeyGen's) or private (yours).", List.of("public", "private"))
                .choice("gender", "Only female or male looks.", List.of("female", "male"))
                .string("search", "Only looks whose name or id contains this text (case-insensitive).")
                .integer("limit", "At most this many looks (default 20).", 1, 100)
                .bool("contact_sheet", "Also return one PNG image with every listed look's preview and id.").map();
        Map<String, Object> out = Replies.schema()
                .array("looks", "The looks found.", lookFields(Schema.open()).map())
                .integer("count", "How many looks are listed.")
                .bool("more", "Whether more looks match than the limit let through.").require("looks", "count").map();
        return new Tool("list_avatar_looks", "List avatar looks", "Lists avatar looks (the avatar_id a video takes), "
                + "filtered, with preview image URLs; optionally a contact sheet image of their previews.", in, out,
                Tool.Kind.READ, (a, call) -> {
            LookQuery q = LookQuery.of();
            q = a.has("group_id") ? q.groupId(a.string("group_id")) : q;
            q = a.has("avatar_type") ? q.avatarType(a.string("avatar_type")) : q;
            q = a.has("ownership") ? q.ownership(a.string("ownership")) : q;
            int limit = a.integer("limit", 20);
            List<Look> looks = new ArrayList<>();
            boolean more = false;
            for (Look l : s.client().looks().list(q)) {
                if (matches(l, a.string("gender"), a.string("search"))) {
                    if (looks.size() == limit) {
                        more = true;
                        break;
                    }
                    looks.add(l);
                }
            }
            ObjectNode body = s.replies().object();
            ArrayNode arr = body.putArray("looks");
            looks.forEach(l -> look(arr.addObject(), l));
            body.put("count", looks.size()).put("more", more);
            return a.flag("contact_sheet") ? s.replies().ok(body, sheet(looks)) : s.replies().ok(body);
        });
    }

    private static boolean matches(Look l, String gender, String search) {
        if (gender != null && (l.gender() == null || !l.gender().equalsIgnoreCase(gender))) {
            return false;
        }
        if (search == null) {
            return true;
        }
        String t = search.toLowerCase(Locale.ROOT);
        return (l.name() != null && l.name().toLowerCase(Locale.ROOT).contains(t)) || l.id().toLowerCase(Locale.ROOT).contains(t);
    }

    private static ObjectNode look(ObjectNode o, Look l) {
        o.put("look_id", l.id());
        Replies.putIf(o, "name", l.name());
        Replies.putIf(o, "avatar_type", l.avatarType());
        Replies.putIf(o, "gender", l.gender());
        Replies.putIf(o, "default_voice_id", l.defaultVoiceId());
        ArrayNode engines = o.putArray("engines");
        l.supportedApiEngines().forEach(engines::add);
        Replies.putIf(o, "preview_image_url", l.previewImageUrl());
        Replies.putIf(o, "preview_video_url", l.previewVideoUrl());
        return o.put("ready", l.isReady());
    }

    private static Content sheet(List<Look> looks) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(LookSheet.of(looks), "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the contact sheet: " + e.getMessage(), e);
        }
        return ImageContent.builder(Base64.getEncoder().encodeToString(png.toByteArray()), "image/png").build();
    }

    private Tool getLook() {
        Map<String, Object> in = Schema.object().string("look_id", "The look id (avatar_id).").require("look_id").map();
        Map<String, Object> out = Replies.schema().object("look", "The look.", lookFields(Schema.open())
                .string("group_id", "Its avatar group.").string("orientation", "Preferred orientation.")).require("look").map();
        return new Tool("get_avatar_look", "Get an avatar look", "Reads one avatar look: name, type, gender, default "
                + "voice, engines, preview URLs, readiness.", in, out, Tool.Kind.READ, (a, call) -> {
            Look l = s.client().looks().get(a.required("look_id"));
            ObjectNode body = s.replies().object();
            ObjectNode o = look(body.putObject("look"), l);
            Replies.putIf(o, "group_id", l.groupId());
            Replies.putIf(o, "orientation", l.preferredOrientation());
            return s.replies().ok(body);
        });
    }

    private Tool listVoices() {
        Map<String, Object> in = Schema.object()
                .string("language", "Only voices of this language, e.g. English.")
                .choice("gender", "Only female or male voices.", List.of("female", "male"))
                .choice("engine", "Only voices of this engine (create_speech needs starfish).", List.of("starfish", "elevenlabs", "fish"))
                .choice("type", "public (HeyGen's, default) or private (your clones).", List.of("public", "private"))
                .integer("limit", "At most this many voices (default 20).", 1, 100).map();
        Map<String, Object> voice = Schema.open().string("voice_id", "Pass it as voice_id.").string("name", "Display name.")
                .string("language", "Language.").string("gender", "female or male.").string("type", "public or private.")
                .bool("pauses", "Whether <break> pauses work.").string("preview_audio_url", "A sample of the voice.").map();
        Map<String, Object> out = Replies.schema().array("voices", "The voices found.", voice)
                .integer("count", "How many voices are listed.").require("voices", "count").map();
        return new Tool("list_voices", "List voices", "Lists voices, filtered by language, gender, engine and type, "
                + "with sample URLs.", in, out, Tool.Kind.READ, (a, call) -> {
            VoiceQuery q = VoiceQuery.of();
            q = a.has("language") ? q.language(a.string("language")) : q;
            q = a.has("gender") ? q.gender(a.string("gender")) : q;
            q = a.has("engine") ? q.engine(a.string("engine")) : q;
            q = a.has("type") ? q.type(a.string("type")) : q;
            int limit = a.integer("limit", 20);
            ObjectNode body = s.replies().object();
            ArrayNode arr = body.putArray("voices");
            for (VoiceInfo v : s.client().voices().list(q)) {
                if (arr.size() == limit) {
                    break;
                }
                ObjectNode o = arr.addObject().put("voice_id", v.id());
                Replies.putIf(o, "name", v.name());
                Replies.putIf(o, "language", v.language());
                Replies.putIf(o, "gender", v.gender());
                Replies.putIf(o, "type", v.type());
                o.put("pauses", v.pauses());
                Replies.putIf(o, "preview_audio_url", v.previewAudioUrl());
            }
            body.put("count", arr.size());
            return s.replies().ok(body);
        });
    }

    private Tool createSpeech() {
        Map<String, Object> in = Schema.object()
                .string("voice_id", "A starfish voice (list_voices with engine starfish).")
                .text("text", "What the voice says.", 5000)
                .string("save_to", "Write the audio to this file in the allowed folder instead of returning it inline.")
                .require("voice_id", "text").map();
        Schema speech = Schema.open().string("voice_id", "The voice.").number("duration_seconds", "Length.")
                .string("audio_url", "Where HeyGen keeps the audio (expires).").string("file", "The file written (save_to).");
        Map<String, Object> out = Replies.schema().object("speech", "The sample.", speech).require("speech").map();
        return new Tool("create_speech", "Speak a sample", "Speaks text with a voice, to audition it: returns the audio "
                + "as audio content, or writes it to save_to inside the allowed folder.", in, out, Tool.Kind.CREATE, (a, call) -> {
            Path target = a.has("save_to") ? s.folder().resolve(a.string("save_to"), "save_to") : null;
            SpeechAudio audio = s.client().voices().speech(a.required("voice_id"), a.required("text"));
            ObjectNode body = s.replies().object();
            ObjectNode o = body.putObject("speech").put("voice_id", a.string("voice_id"));
            if (audio.duration() != null) {
                o.put("duration_seconds", audio.duration());
            }
            Replies.putIf(o, "audio_url", audio.audioUrl());
            if (target != null) {
                o.put("file", s.client().voices().download(audio, target, Overwrite.NO).toString());
                return s.replies().ok(body);
            }
            return s.replies().ok(body, inline(audio));
        });
    }

    private AudioContent inline(SpeechAudio audio) throws IOException {
        Path tmp = Files.createTempFile("heygen-mcp-speech", ".audio");
        try {
            s.client().voices().download(audio, tmp, Overwrite.YES);
            long size = Files.size(tmp);
            if (size > MAX_INLINE_AUDIO) {
                throw Args.invalid("create_speech: the audio has " + size + " bytes, too large to return inline",
                        "Pass save_to to write it to a file in the allowed folder.");
            }
            String url = audio.audioUrl() == null ? "" : audio.audioUrl().toLowerCase(Locale.ROOT);
            String mime = url.contains(".mp3") ? "audio/mpeg" : "audio/wav";
            return AudioContent.builder(Base64.getEncoder().encodeToString(Files.readAllBytes(tmp)), mime).build();
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The account tool, listed last. */
    Tool quota() {
        Map<String, Object> out = Replies.schema()
                .object("account", "GET /v3/users/me as HeyGen answers it: user, wallet, subscription credits, usage.", Schema.open())
                .object("session", "This server session's spend guard.", SpendGuard.schema()).require("account", "session").map();
        return new Tool("get_quota", "Account and credit", "Shows the account behind the key, its remaining credit, "
                + "and how many videos this session created against its --max-videos cap.", Schema.object().map(), out,
                Tool.Kind.READ, (a, call) -> {
            ObjectNode body = s.replies().object();
            body.set("account", Replies.tree(s.client().users().me()));
            return s.replies().ok(s.guard().describe(body));
        });
    }
}
