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
import dev.heygenkit.internal.http.SafeNames;
import dev.heygenkit.internal.render.CreditCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
                "  heygen render --look anna --say \"Hello\" --dry-run      # print the POST body and the cost estimate",
                "  heygen render --cinematic \"walks into a sunny office\" --look anna --duration 8 -o clip.mp4",
                "", "A timed-out wait exits 4 with the video id; it keeps rendering: heygen get ID / heygen download ID."},
        sortOptions = false)
final class RenderCommand extends Base {
    @Mixin
    SpecOptions specOptions = new SpecOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Download the finished video here.")
    String out;

    @Option(names = "--force", description = "Overwrite -o when it exists.")
    boolean force;

    @Option(names = "--no-wait", description = "Print the video id and return at once.")
    boolean noWait;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = Durations.Converter.class,
            description = "Longest wait, e.g. 90s or 20m (default 30m). The video keeps rendering after it.")
    Duration timeout;

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
                note("estimate: " + CreditCheck.estimate(List.of(spec.request())).describe()
                        + "; 'heygen quota' shows what your balance covers");
            }
            return Main.OK;
        }
        Path target = out == null ? null : io().path(out);
        checkLocally();
        RenderJob job = spec.submit(client());
        if (noWait) {
            return submitted(job);
        }
        Video video = timeout == null ? job.await() : job.await(timeout);
        Map<String, String> files = new LinkedHashMap<>();
        if (target != null) {
            Overwrite ow = force ? Overwrite.YES : Overwrite.NO;
            files.put("file", video.download(target, ow).toString());
            Path base = Files.isDirectory(target) ? SafeNames.inside(target, SafeNames.component(video.id(), "video")) : target;
            String stem = stem(base);
            if (specOptions.burnCaptions) {
                files.put("captioned_file", video.downloadCaptioned(base.resolveSibling(stem + ".captioned.mp4"), ow).toString());
            }
            if (specOptions.captions || specOptions.burnCaptions) {
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
            if (root.wantsSandbox()) {
                note("the URL is served only while a sandbox runs; 'heygen --sandbox download " + video.id() + "' saves the file");
            }
        }
        return Main.OK;
    }

    /** What --no-wait prints: the id and status, and the commands that follow the video up. */
    private Integer submitted(RenderJob job) {
        ObjectNode o = Json.object().put("id", job.id()).put("status", job.status().toString())
                .put("resumed", job.resumed());
        if (json()) {
            printJson(o);
        } else {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("id", job.id());
            f.put("status", job.status().toString());
            printFields(f);
            String heygen = root.wantsSandbox() ? "heygen --sandbox " : "heygen ";
            note("follow it with: " + heygen + "get " + job.id() + "   fetch it with: " + heygen + "download " + job.id());
        }
        return Main.OK;
    }

    /** Everything that can fail on this machine, checked before the POST that costs credit. */
    private void checkLocally() {
        if (noWait && out != null) {
            throw new Durations.UsageException("--no-wait returns before the video exists, so -o " + out + " would never be "
                    + "written; drop -o, or fetch it later with heygen download ID -o " + out);
        }
        Preconditions.timeout(timeout);
        root.checkPoll();
        Preconditions.output(io(), out, force, specOptions.captions || specOptions.burnCaptions, specOptions.burnCaptions);
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n;
    }

    VideoSpec spec() {
        return specOptions.spec(io());
    }
}
