package dev.heygenkit.cli;

import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.Scenes;
import dev.heygenkit.Template;
import dev.heygenkit.VideoSpec;
import dev.heygenkit.Voice;
import dev.heygenkit.Watermark;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.TemplateVariable;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The flags that describe a video, shared by {@code render} and {@code batch} (where their values may hold
 * {@code {{column}}} placeholders): who speaks, what, how, and on what. A new DSL step gets its flag here once.
 */
final class SpecOptions {
    @Option(names = "--look", paramLabel = "LOOK_ID", description = "The look that speaks (see 'heygen looks').")
    String look;

    @Option(names = "--photo", paramLabel = "FILE|URL", description = "A photo that speaks instead of a look (Avatar IV).")
    String photo;

    @Option(names = "--say", paramLabel = "TEXT", description = "What is said; repeat to append sentences.")
    List<String> say = new ArrayList<>();

    @Option(names = "--script-file", paramLabel = "FILE", description = "Read the script from a text file.")
    String scriptFile;

    @Option(names = "--voice", paramLabel = "VOICE_ID", description = "The voice (default: the look's own).")
    String voice;

    @Option(names = "--speed", paramLabel = "N", description = "Speaking rate, 0.5 to 1.5.")
    Double speed;

    @Option(names = "--pitch", paramLabel = "SEMITONES", description = "Voice pitch shift, -50 to 50.")
    Double pitch;

    @Option(names = "--volume", paramLabel = "N", description = "Voice loudness, 0 (silent) to 1.")
    Double volume;

    @Option(names = "--locale", paramLabel = "TAG", description = "Accent of a multilingual voice, e.g. en-GB.")
    String locale;

    @Option(names = "--audio", paramLabel = "FILE|URL", description = "Lip-sync recorded audio (MP3 or WAV, or asset:ID) "
            + "instead of --say.")
    String audio;

    @Option(names = "--bg", paramLabel = "#RRGGBB|FILE|URL", description = "Background: a colour, or a picture file or URL.")
    String bg;

    @Option(names = "--aspect", paramLabel = "RATIO", description = "16:9 (default), 9:16, 1:1, 4:5, 5:4 or auto.")
    String aspect;

    @Option(names = "--resolution", paramLabel = "RES", description = "720p, 1080p or 4k.")
    String resolution;

    @Option(names = "--fit", paramLabel = "FIT", description = "contain or cover.")
    String fit;

    @Option(names = "--captions", description = "Ask for an SRT (saved beside -o).")
    boolean captions;

    @Option(names = "--burn-captions", description = "Ask for a second video with burned-in captions (saved beside -o), plus the SRT.")
    boolean burnCaptions;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "avatar_v, avatar_iv or avatar_iii.")
    String engine;

    @Option(names = "--motion", paramLabel = "PROMPT", description = "How the avatar moves, e.g. \"nods and smiles\".")
    String motion;

    @Option(names = "--expressiveness", paramLabel = "LEVEL", description = "Photo avatars: high, medium or low.")
    String expressiveness;

    @Option(names = "--transparent", description = "Transparent WebM instead of MP4 (no background).")
    boolean transparent;

    @Option(names = "--remove-background", description = "Remove the avatar's own background.")
    boolean removeBackground;

    @Option(names = "--title", paramLabel = "TITLE", description = "Title in the HeyGen dashboard.")
    String title;

    @Option(names = "--callback", paramLabel = "URL", description = "URL the API calls when the video is ready.")
    String callback;

    @Option(names = "--callback-id", paramLabel = "ID", description = "Your id, echoed to the callback.")
    String callbackId;

    @Option(names = "--watermark", paramLabel = "IMAGE", description = "A PNG or JPEG over the video: file, URL or asset:ID "
            + "(Enterprise).")
    String watermark;

    @Option(names = "--watermark-at", paramLabel = "CORNER", description = "top_left, top_right, bottom_left or bottom_right "
            + "(default).")
    String watermarkAt;

    @Option(names = "--watermark-opacity", paramLabel = "N", description = "Watermark opacity, 0 to 1.")
    Double watermarkOpacity;

    @Option(names = "--watermark-scale", paramLabel = "N", description = "Watermark size relative to the frame, e.g. 0.2.")
    Double watermarkScale;

    @Option(names = "--cinematic", paramLabel = "PROMPT", description = "A prompt-driven cinematic clip of the --look "
            + "(up to three, comma-separated) instead of a script.")
    String cinematic;

    @Option(names = "--duration", paramLabel = "SECONDS|auto", description = "Cinematic clip length, 4 to 15 s, or auto.")
    String duration;

    @Option(names = "--reference", paramLabel = "FILE|URL", description = "A cinematic reference picture, clip or audio; "
            + "repeatable.")
    List<String> references = new ArrayList<>();

    @Option(names = "--enhance-prompt", description = "Let HeyGen rewrite the cinematic prompt.")
    boolean enhancePrompt;

    @Option(names = "--ignore", paramLabel = "CODE", description = "Turn this preflight problem code into a warning; repeatable.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--scenes", paramLabel = "FILE.json", description = "A JSON scene list for a multi-scene (studio) video.")
    String scenes;

    @Option(names = "--template", paramLabel = "TEMPLATE_ID", description = "Fill one of your HeyGen templates instead "
            + "(see 'heygen templates list').")
    String template;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A template variable; repeatable. A value that is "
            + "an http(s) URL or an image file fills an image variable, voice:ID a voice variable.")
    java.util.Map<String, String> vars = new java.util.LinkedHashMap<>();

    @Option(names = "--fresh", description = "Always create a new video, even when the journal knows this exact spec.")
    boolean fresh;

    private Io io;

    /** The spec the flags describe; usage mistakes throw {@link Durations.UsageException}. */
    VideoSpec spec(Io io) {
        this.io = io;
        if (cinematic == null && (duration != null || !references.isEmpty() || enhancePrompt)) {
            throw new Durations.UsageException("--duration, --reference and --enhance-prompt describe a cinematic clip; "
                    + "add --cinematic PROMPT");
        }
        if (watermark == null && (watermarkAt != null || watermarkOpacity != null || watermarkScale != null)) {
            throw new Durations.UsageException("--watermark-at, --watermark-opacity and --watermark-scale need --watermark IMAGE");
        }
        VideoSpec spec = template != null ? template() : scenes != null ? studio()
                : cinematic != null ? CinematicFlags.spec(this, io) : avatar();
        if (fresh) {
            spec = spec.fresh();
        }
        if (!ignore.isEmpty()) {
            spec = spec.ignore(ignore.toArray(String[]::new));
        }
        return spec;
    }

    /** The template with its --var values; clashes with every flag that describes a look, photo or scene. */
    private Template template() {
        List<String> clash = new ArrayList<>();
        addIf(clash, look != null, "--look");
        addIf(clash, photo != null, "--photo");
        addIf(clash, scenes != null, "--scenes");
        addIf(clash, !say.isEmpty() || scriptFile != null, "--say/--script-file");
        addIf(clash, voice != null || speed != null || pitch != null || volume != null || locale != null,
                "--voice/--speed/--pitch/--volume/--locale");
        addIf(clash, audio != null, "--audio");
        addIf(clash, bg != null, "--bg");
        addIf(clash, watermark != null, "--watermark");
        addIf(clash, cinematic != null, "--cinematic");
        if (!clash.isEmpty()) {
            throw new Durations.UsageException(String.join(", ", clash) + " cannot be combined with --template; the "
                    + "template decides them, fill its variables with --var NAME=VALUE");
        }
        Template t = Template.id(template);
        for (java.util.Map.Entry<String, String> v : vars.entrySet()) {
            t = t.variable(variable(v.getKey(), v.getValue()));
        }
        if (captions || burnCaptions) {
            t = t.captions();
        }
        if (title != null) {
            t = t.title(title);
        }
        if (callback != null) {
            t = t.callback(callback);
        }
        if (callbackId != null) {
            t = t.callbackId(callbackId);
        }
        return t;
    }

    /** A --var value: voice:ID, an image URL or file (by extension), or text. */
    static TemplateVariable variable(String name, String value) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        boolean image = lower.matches(".*\\.(png|jpe?g)(\\?.*)?$");
        if (lower.startsWith("voice:")) {
            return TemplateVariable.voice(name, value.substring("voice:".length()));
        }
        if (image && SceneFile.isUrl(value)) {
            return TemplateVariable.image(name, AssetInput.url(value));
        }
        if (image) {
            return TemplateVariable.image(name, AssetInput.file(java.nio.file.Path.of(value)));
        }
        return TemplateVariable.text(name, value);
    }

    private Scenes studio() {
        List<String> clash = new ArrayList<>();
        addIf(clash, look != null, "--look");
        addIf(clash, photo != null, "--photo");
        addIf(clash, !say.isEmpty(), "--say");
        addIf(clash, scriptFile != null, "--script-file");
        addIf(clash, voice != null, "--voice");
        addIf(clash, speed != null || pitch != null || volume != null || locale != null, "--speed/--pitch/--volume/--locale");
        addIf(clash, audio != null, "--audio");
        addIf(clash, cinematic != null, "--cinematic");
        addIf(clash, bg != null, "--bg");
        addIf(clash, engine != null, "--engine");
        addIf(clash, motion != null, "--motion");
        addIf(clash, expressiveness != null, "--expressiveness");
        addIf(clash, fit != null, "--fit");
        addIf(clash, transparent, "--transparent");
        addIf(clash, removeBackground, "--remove-background");
        if (!clash.isEmpty()) {
            throw new Durations.UsageException(String.join(", ", clash) + " cannot be combined with --scenes; put "
                    + (clash.size() == 1 ? "it" : "them") + " into the scenes of " + scenes);
        }
        Scenes s = SceneFile.read(io.path(scenes));
        if (aspect != null) {
            s = s.aspect(aspect);
        }
        if (resolution != null) {
            s = s.resolution(resolution);
        }
        if (burnCaptions) {
            s = s.burnedCaptions();
        } else if (captions) {
            s = s.captions();
        }
        if (title != null) {
            s = s.title(title);
        }
        if (callback != null) {
            s = s.callback(callback);
        }
        if (callbackId != null) {
            s = s.callbackId(callbackId);
        }
        return watermark == null ? s : s.watermark(watermark());
    }

    /** The watermark the --watermark flags describe. */
    Watermark watermark() {
        AssetInput image = Inputs.of(watermark, io);
        Watermark w = image instanceof AssetInput.Url u ? Watermark.image(URI.create(u.url()))
                : image instanceof AssetInput.AssetId id ? Watermark.asset(id.assetId()) : Watermark.image(io.path(watermark));
        if (watermarkAt != null) {
            w = w.at(watermarkAt);
        }
        if (watermarkOpacity != null) {
            w = w.opacity(watermarkOpacity);
        }
        return watermarkScale == null ? w : w.scale(watermarkScale);
    }

    static void addIf(List<String> l, boolean cond, String flag) {
        if (cond) {
            l.add(flag);
        }
    }

    private Avatar avatar() {
        if (look == null && photo == null) {
            throw new Durations.UsageException("render needs --look LOOK_ID, --photo FILE, --cinematic PROMPT or --scenes "
                    + "FILE.json; find looks with 'heygen looks'");
        }
        if (look != null && photo != null) {
            throw new Durations.UsageException("--look and --photo both name the speaker; keep one");
        }
        Avatar a = speech(look != null ? Avatar.look(look)
                : SceneFile.isUrl(photo) ? Avatar.photo(URI.create(photo)) : Avatar.photo(io.path(photo)));
        if (bg != null) {
            a = a.on(background(bg));
        }
        if (aspect != null) {
            a = a.aspect(aspect);
        }
        if (resolution != null) {
            a = a.resolution(resolution);
        }
        if (fit != null) {
            a = a.fit(fit);
        }
        if (burnCaptions) {
            a = a.burnedCaptions();
        } else if (captions) {
            a = a.captions();
        }
        if (engine != null) {
            a = a.engine(engine);
        }
        if (motion != null) {
            a = a.motion(motion);
        }
        if (expressiveness != null) {
            a = a.expressiveness(expressiveness);
        }
        if (transparent) {
            a = a.transparent();
        }
        if (removeBackground) {
            a = a.removeBackground();
        }
        if (title != null) {
            a = a.title(title);
        }
        if (callback != null) {
            a = a.callback(callback);
        }
        if (callbackId != null) {
            a = a.callbackId(callbackId);
        }
        return watermark == null ? a : a.watermark(watermark());
    }

    /** What the avatar says (--say, --script-file or --audio) and with which voice. */
    private Avatar speech(Avatar a) {
        for (String s : say) {
            a = a.say(s);
        }
        if (scriptFile != null) {
            a = a.say(Preconditions.scriptFile(io, scriptFile));
        }
        if (audio != null) {
            AssetInput sound = Inputs.of(audio, io);
            a = sound instanceof AssetInput.Url u ? a.audio(URI.create(u.url()))
                    : sound instanceof AssetInput.AssetId id ? a.audioAsset(id.assetId()) : a.audio(io.path(audio));
        }
        if (voice != null || speed != null || pitch != null || volume != null || locale != null) {
            a = a.voice(voice());
        }
        return a;
    }

    /** The voice and its settings from --voice, --speed, --pitch, --volume and --locale. */
    private Voice voice() {
        Voice v = voice != null ? Voice.id(voice) : Voice.lookDefault();
        if (speed != null) {
            v = v.speed(speed);
        }
        if (pitch != null) {
            v = v.pitch(pitch);
        }
        if (volume != null) {
            v = v.volume(volume);
        }
        return locale == null ? v : v.locale(locale);
    }

    private Background background(String value) {
        if (value.startsWith("#")) {
            return Background.color(value);
        }
        if (SceneFile.isUrl(value)) {
            return Background.image(URI.create(value));
        }
        if (value.startsWith("asset:")) {
            return Background.asset(value.substring("asset:".length()));
        }
        if (value.matches("[0-9A-Fa-f]{6}")) {
            return Background.color("#" + value);
        }
        if (Colours.hex(value) != null) {
            return Background.color(Colours.hex(value));
        }
        if (Colours.looksLikeAWord(value) && !java.nio.file.Files.exists(io.path(value))) {
            throw Colours.unknown(value);
        }
        return Background.image(io.path(value));
    }
}
