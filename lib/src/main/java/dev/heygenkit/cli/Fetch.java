package dev.heygenkit.cli;

import dev.heygenkit.DownloadException;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Sleeper;
import dev.heygenkit.internal.render.Downloader;
import dev.heygenkit.ProgressListener;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves a presigned file (an audio sample) through the kit's {@link Downloader}: temp file, then an atomic rename. */
final class Fetch {
    private Fetch() {
    }

    /** The extension in a URL's path, or {@code fallback}. */
    static String extension(String url, String fallback) {
        if (url == null) {
            return fallback;
        }
        String path = URI.create(url).getPath();
        int dot = path == null ? -1 : path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && path.length() - dot <= 5 ? path.substring(dot + 1) : fallback;
    }

    /** Downloads {@code url} (no API key is sent) to {@code file}, refusing to overwrite unless {@code force}. */
    static Path toFile(HeyGen client, String url, Path file, boolean force, ProgressListener progress, String what) {
        if (Files.exists(file) && !force) {
            throw new DownloadException("download_exists", file + " already exists.", "Pass --force to overwrite it, or choose another -o.", file, null);
        }
        return new Downloader(client.transport(), Sleeper.system(), progress).save(url, what, file, force);
    }
}
