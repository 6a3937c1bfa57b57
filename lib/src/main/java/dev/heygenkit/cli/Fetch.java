package dev.heygenkit.cli;

import dev.heygenkit.DownloadException;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Overwrite;
import dev.heygenkit.api.SpeechAudio;

import java.nio.file.Files;
import java.nio.file.Path;

/** Saves spoken audio through {@code client.voices().download}: temp file, then an atomic rename. */
final class Fetch {
    private Fetch() {
    }

    /** Downloads the audio (no API key is sent) to {@code file}, refusing to overwrite unless {@code force}. */
    static Path toFile(HeyGen client, SpeechAudio audio, Path file, boolean force) {
        if (Files.exists(file) && !force) {
            throw new DownloadException("download_exists", file + " already exists.", "Pass --force to overwrite it, or choose another -o.", file, null);
        }
        return client.voices().download(audio, file, force ? Overwrite.YES : Overwrite.NO);
    }
}
