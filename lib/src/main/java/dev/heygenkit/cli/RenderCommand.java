package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.Avatar;
import dev.heygenkit.Background;
import dev.heygenkit.Overwrite;
import dev.heygenkit.RenderJob;
import dev.heygenkit.Scenes;
import dev.heygenkit.Video;
import dev.heygenkit.VideoSpec;
import dev.heygenkit.Voice;
import dev.heygenkit.internal.http.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code heygen render}: builds a video spec from flags (or a JSON scene list), preflights, submits, waits with
 * progress on stderr and downloads it. {@code --dry-run} prints the exact POST body and sends nothing.
 */
@Command(name = "render", description = "Render a video: preflight, submit, wait with progress, download.",
        footer = {"", "Examples:",
                "  heygen render --look anna --say \"Hello\" --bg \"#0A84FF\" -o hello.mp4",
                "  heygen render --photo me.jpg --say \"Hi!\" --voice en_ava -o me.mp4",
                "  heygen render --scenes tour.json --aspect 9:16 -o tour.mp4",
                "  heygen render --look anna --say \"Hello\" --dry-run      # print the POST body, send nothing",
                "", "A timed-out wait exits 4 with the video id; it keeps rendering: heygen get ID / heygen download ID."},
        sortOptions = false)
final class RenderCommand extends Base {
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

    @Option(names = "--ignore", paramLabel = "CODE", description = "Turn this preflight problem code into a warning; repeatable.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--scenes", paramLabel = "FILE.json", description = "A JSON scene list for a multi-scene (studio) video.")
    String scenes;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Download the finished video here.")
    String out;

    @Option(names = "--force", description = "Overwrite -o when it exists.")
    boolean force;

    @Option(names = "--no-wait", description = "Print the video id and return at once.")
    boolean noWait;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Durations.Converter.class,
            description = "Longest wait, e.g. 90s or 20m (default 30m). The video keeps rendering after it.")
    Duration timeout;

    @Option(names = "--fresh", description = "Always create a new video, even when the journal knows this exact spec.")
    boolean fresh;

    @Option(names = "--dry-run", description = "Print the POST /v3/videos body and exit; nothing is sent.")
    boolean dryRun;

    @Override
    public Integer call() {
        VideoSpec spec = spec();
        if (dryRun) {
            if (json()) {
                io().out().println(spec.toJson());
            } else {
                io().out().println(spec.toPrettyJson());
                note("dry run: nothing was sent; as DSL: " + spec);
            }
            return Main.OK;
        }
        Path target = out == null ? null : io().path(out);
        if (target != null && Files.exists(target) && !force && !Files.isDirectory(target)) {
            throw new Durations.UsageException("-o " + out + " already exists; pass --force to overwrite it or choose another file");
        }
        RenderJob job = spec.submit(client());
        if (noWait) {
            ObjectNode o = Json.object().put("id", job.id()).put("status", job.status().toString())
                    .put("resumed", job.resumed());
            if (json()) {
                printJson(o);
            } else {
                printFields(Map.of("id", job.id(), "status", job.status().toString()));
                note("follow it with: heygen get " + job.id() + "   fetch it with: heygen download " + job.id());
            }
            return Main.OK;
        }
        Video video = timeout == null ? job.await() : job.await(timeout);
        Map<String, String> files = new LinkedHashMap<>();
        if (target != null) {
            Overwrite ow = force ? Overwrite.YES : Overwrite.NO;
            files.put("file", video.download(target, ow).toString());
            Path base = Files.isDirectory(target) ? target.resolve(video.id()) : target;
            String stem = stem(base);
            if (burnCaptions) {
                files.put("captioned_file", video.downloadCaptioned(base.resolveSibling(stem + ".captioned.mp4"), ow).toString());
            }
            if (captions || burnCaptions) {
                files.put("subtitles_file", video.downloadSubtitles(base.resolveSibling(stem + ".srt"), ow).toString());
            }
        }
        progress().finish();
        if (json()) {
            ObjectNode o = (ObjectNode) Json.tree(video.info());
            files.forEach(o::put);
            o.put("resumed", job.resumed());
            printJson(o);
        } else {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("id", video.id());
            f.put("status", video.status().toString());
            f.put("duration", video.duration() == null ? null : String.format(java.util.Locale.ROOT, "%.1f s", video.duration().toMillis() / 1000.0));
            f.put("url", video.url());
            f.putAll(files);
            printFields(f);
        }
        return Main.OK;
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
    }

    /** The spec the flags describe; usage mistakes throw {@link Durations.UsageException}. */
    VideoSpec spec() {
        VideoSpec spec = scenes != null ? studio() : avatar();
        if (fresh) {
            spec = spec.fresh();
        }
        if (!ignore.isEmpty()) {
            spec = spec.ignore(ignore.toArray(String[]::new));
        }
        return spec;
    }

    private Scenes studio() {
        List<String> clash = new ArrayList<>();
        addIf(clash, look != null, "--look");
        addIf(clash, photo != null, "--photo");
        addIf(clash, !say.isEmpty(), "--say");
        addIf(clash, scriptFile != null, "--script-file");
        addIf(clash, voice != null, "--voice");
        addIf(clash, speed != null, "--speed");
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
        Scenes s = SceneFile.read(io().path(scenes));
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
        return s;
    }

    private static void addIf(List<String> l, boolean cond, String flag) {
        if (cond) {
            l.add(flag);
        }
    }

    private Avatar avatar() {
        if (look == null && photo == null) {
            throw new Durations.UsageException("render needs --look LOOK_ID, --photo FILE or --scenes FILE.json; "
                    + "find looks with 'heygen looks'");
        }
        if (look != null && photo != null) {
            throw new Durations.UsageException("--look and --photo both name the speaker; keep one");
        }
        Avatar a = look != null ? Avatar.look(look)
                : SceneFile.isUrl(photo) ? Avatar.photo(URI.create(photo)) : Avatar.photo(io().path(photo));
        for (String s : say) {
            a = a.say(s);
        }
        if (scriptFile != null) {
            try {
                a = a.say(Files.readString(io().path(scriptFile), StandardCharsets.UTF_8).strip());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read --script-file " + scriptFile + ": " + e.getMessage(), e);
            }
        }
        if (voice != null || speed != null) {
            Voice v = voice != null ? Voice.id(voice) : Voice.lookDefault();
            a = a.voice(speed != null ? v.speed(speed) : v);
        }
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
        return a;
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
        return Background.image(io().path(value));
    }
}
