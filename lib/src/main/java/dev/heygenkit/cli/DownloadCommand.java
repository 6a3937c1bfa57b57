package dev.heygenkit.cli;

import dev.heygenkit.Overwrite;
import dev.heygenkit.Video;
import dev.heygenkit.internal.http.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code heygen download ID}: saves a finished video's files (video by default; captioned video, SRT, thumbnail, GIF
 * on request) through a temp file and an atomic rename; refuses to overwrite without {@code --force}.
 */
@Command(name = "download", footer = {"", "Examples:", "  heygen download VIDEO_ID", "  heygen download VIDEO_ID -o videos/ --srt --thumbnail", "  heygen download VIDEO_ID -o tour.mp4 --force"}, description = "Download a finished video (default <id>.mp4) and, on request, its other files.")
final class DownloadCommand extends Base {
    @Parameters(paramLabel = "VIDEO_ID", description = "The video id.")
    String id;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH", description = "File (one file asked for) or directory (default: current directory).")
    String out;

    @Option(names = "--captioned", description = "The video with burned-in captions instead of the plain one.")
    boolean captioned;

    @Option(names = "--srt", description = "Also the SRT subtitles.")
    boolean srt;

    @Option(names = "--thumbnail", description = "Also the thumbnail (JPEG).")
    boolean thumbnail;

    @Option(names = "--gif", description = "Also the animated GIF preview.")
    boolean gif;

    @Option(names = "--force", description = "Overwrite existing files.")
    boolean force;

    @Override
    public Integer call() {
        int count = 1 + (srt ? 1 : 0) + (thumbnail ? 1 : 0) + (gif ? 1 : 0);
        Path target = out == null ? io().cwd() : io().path(out);
        boolean intoDir = count > 1 || Files.isDirectory(target) || out == null || out.endsWith("/");
        if (intoDir) {
            Preconditions.writableFolder(target, out == null ? "the current folder" : "-o " + out);
        } else {
            Preconditions.output(io(), out, force, false, false);
        }
        Video v = Video.of(client(), id);
        Overwrite ow = force ? Overwrite.YES : Overwrite.NO;
        List<Path> saved = new ArrayList<>();
        saved.add(captioned ? v.downloadCaptioned(target, ow) : v.download(target, ow));
        if (srt) {
            saved.add(v.downloadSubtitles(intoDir ? target : target.resolveSibling(id + ".srt"), ow));
        }
        if (thumbnail) {
            saved.add(v.downloadThumbnail(target, ow));
        }
        if (gif) {
            saved.add(v.downloadGif(target, ow));
        }
        progress().finish();
        if (json()) {
            var o = Json.object().put("id", id);
            var arr = o.putArray("files");
            saved.forEach(p -> arr.add(p.toString()));
            printJson(o);
        } else {
            saved.forEach(p -> io().out().println(p));
        }
        return Main.OK;
    }
}
