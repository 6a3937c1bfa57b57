package dev.heygenkit.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.heygenkit.api.SpeechAudio;
import dev.heygenkit.api.SpeechRequest;
import dev.heygenkit.internal.http.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** {@code heygen speech}: text spoken by a voice ({@code POST /v3/voices/speech}), saved as an audio file. */
@Command(name = "speech", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Speak text with a voice (a Starfish one, see 'heygen voices --engine starfish') and save the audio.",
        footer = {"", "Examples:", "  heygen speech --voice en_ava --text \"Hello there\" -o hello.wav",
                "  heygen speech --voice en_ava --text-file intro.txt --speed 1.1 --locale en-GB -o intro.wav"})
final class SpeechCommand extends Base {
    @Option(names = "--voice", required = true, paramLabel = "VOICE_ID", description = "The voice.")
    String voice;

    @Option(names = "--text", paramLabel = "TEXT", description = "What is said (1 to 5,000 characters).")
    String text;

    @Option(names = "--text-file", paramLabel = "FILE", description = "Read the text from a file.")
    String textFile;

    @Option(names = "--ssml", description = "The text is SSML.")
    boolean ssml;

    @Option(names = "--speed", paramLabel = "N", description = "Speaking rate, 0.5 to 2.")
    Double speed;

    @Option(names = "--language", paramLabel = "CODE", description = "Base language such as en (detected when absent).")
    String language;

    @Option(names = "--locale", paramLabel = "TAG", description = "Accent such as en-GB.")
    String locale;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Where to save the audio.")
    String out;

    @Option(names = "--force", description = "Overwrite -o when it exists.")
    boolean force;

    @Override
    public Integer call() {
        if ((text == null) == (textFile == null)) {
            throw new Durations.UsageException("speech needs one of --text TEXT or --text-file FILE");
        }
        Path target = io().path(out);
        if (Files.exists(target) && !force) {
            throw new Durations.UsageException("-o " + out + " already exists; pass --force to overwrite it or choose another file");
        }
        SpeechRequest r = SpeechRequest.of(voice, text != null ? text : read(textFile));
        if (ssml) {
            r = r.ssml();
        }
        if (speed != null) {
            r = r.speed(speed);
        }
        if (language != null) {
            r = r.language(language);
        }
        if (locale != null) {
            r = r.locale(locale);
        }
        SpeechAudio audio = client().voices().speech(r.validate());
        Path file = Fetch.toFile(client(), audio, target, force);
        progress().finish();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("voice", voice);
        f.put("duration", audio.duration() == null ? null : String.format(Locale.ROOT, "%.1f s", audio.duration()));
        f.put("file", file.toString());
        f.put("audio_url", audio.audioUrl());
        if (json()) {
            ObjectNode o = Json.object();
            f.forEach(o::put);
            o.put("duration", audio.duration());
            printJson(o);
        } else {
            printFields(f);
        }
        return Main.OK;
    }

    private String read(String file) {
        try {
            return Files.readString(io().path(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read --text-file " + file + ": " + e.getMessage(), e);
        }
    }
}
