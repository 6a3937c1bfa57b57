package dev.heygenkit.cli;

import dev.heygenkit.DownloadException;
import dev.heygenkit.HeyGen;
import dev.heygenkit.render.ProgressEvent;
import dev.heygenkit.render.ProgressListener;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** Saves a presigned file (an audio sample) the way the kit saves videos: temp file, then an atomic rename. */
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
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10)).GET().build();
            HttpResponse<InputStream> r = client.transport().sendExternal(req, HttpResponse.BodyHandlers.ofInputStream());
            if (r.statusCode() != 200) {
                r.body().close();
                throw new DownloadException("download_failed", "Downloading the " + what + " answered HTTP " + r.statusCode() + ".",
                        "Run the command again for a fresh URL.", file, null);
            }
            long total = r.headers().firstValueAsLong("Content-Length").orElse(-1);
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".part");
            long n = 0;
            try (InputStream in = r.body(); OutputStream o = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[64 * 1024];
                for (int k; (k = in.read(buf)) > 0; ) {
                    o.write(buf, 0, k);
                    n += k;
                    progress.onEvent(new ProgressEvent.Downloading(what, file, n, total));
                }
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            progress.onEvent(new ProgressEvent.Downloaded(what, file, n));
            return file;
        } catch (IOException e) {
            throw new DownloadException("download_interrupted", "Downloading the " + what + " to " + file + " failed: " + e.getMessage(),
                    "Run the command again.", file, e);
        }
    }
}
