package dev.heygenkit.cli;

import dev.heygenkit.ApiException;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.api.SpeechAudio;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.api.Voices.VoiceQuery;
import dev.heygenkit.internal.http.Json;
import dev.heygenkit.internal.http.SafeNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code heygen voices}: lists voices, filtered; {@code --sample TEXT} speaks the text with each and saves the audio;
 * its subcommands design, clone and delete your own voices.
 */
@Command(name = "voices", description = "List voices; --sample speaks a line with each listed voice and saves the audio.",
        subcommands = {VoicesEdit.Design.class, VoicesEdit.Clone.class, VoicesEdit.Delete.class},
        footer = {"", "Examples:", "  heygen voices --language English --gender female",
                "  heygen voices en_ava --sample \"Hello there\" -o ava.wav",
                "  heygen voices --language English --sample \"Hello there\" --limit 5 -o auditions/"})
final class VoicesCommand extends Base {
    @Parameters(arity = "0..1", paramLabel = "VOICE_ID", description = "Show (or sample) one voice.")
    String id;

    @Option(names = "--language", paramLabel = "LANGUAGE", description = "e.g. English.")
    String language;

    @Option(names = "--gender", paramLabel = "GENDER", description = "female or male.")
    String gender;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "starfish, elevenlabs or fish (--sample needs starfish).")
    String engine;

    @Option(names = "--type", paramLabel = "TYPE", description = "public (default) or private (your clones).")
    String type;

    @Option(names = "--limit", paramLabel = "N", description = "At most N voices (default: all; 5 with --sample).")
    Integer limit;

    @Option(names = "--sample", paramLabel = "TEXT", description = "Speak TEXT with each voice and write the audio files.")
    String sample;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
            description = "With --sample: the audio file for one voice, else a directory (default: current directory).")
    String out;

    @Option(names = "--force", description = "Overwrite existing audio files.")
    boolean force;

    @Override
    public Integer call() {
        List<VoiceInfo> voices = new ArrayList<>();
        if (id != null) {
            voices.add(client().voices().get(id));
        } else {
            VoiceQuery q = VoiceQuery.of();
            if (language != null) {
                q = q.language(language);
            }
            if (gender != null) {
                q = q.gender(gender);
            }
            // Speech needs a Starfish voice: sampling a list keeps to those unless told otherwise.
            String eng = engine != null ? engine : sample != null ? "starfish" : null;
            if (eng != null) {
                q = q.engine(eng);
            }
            if (type != null) {
                q = q.type(type);
            }
            int max = limit != null ? limit : sample != null ? 5 : Integer.MAX_VALUE;
            for (VoiceInfo v : client().voices().list(q)) {
                if (voices.size() >= max) {
                    break;
                }
                voices.add(v);
            }
        }
        if (sample != null) {
            return sample(voices);
        }
        if (json()) {
            printJson(id != null ? voices.get(0) : voices);
        } else {
            Table t = new Table("ID", "NAME", "LANGUAGE", "GENDER", "TYPE", "PAUSES");
            voices.forEach(v -> t.row(v.id(), v.name(), v.language(), v.gender(), v.type(), v.pauses() ? "yes" : "no"));
            t.print(io().out());
            if (id == null) {
                note(voices.size() + (voices.size() == 1 ? " voice" : " voices"));
            } else if (voices.get(0).previewAudioUrl() != null) {
                io().out().println("preview: " + Escapes.line(voices.get(0).previewAudioUrl()));
            }
        }
        return Main.OK;
    }

    private int sample(List<VoiceInfo> voices) {
        if (voices.isEmpty()) {
            throw new HeyGenException("cli_no_voices", "No voice matches the filters, so nothing was sampled.",
                    "Loosen the filters, e.g. drop --gender, or list them with 'heygen voices'.");
        }
        boolean single = id != null;
        Path target = out == null ? io().cwd() : io().path(out);
        var results = Json.array();
        Table t = new Table("VOICE", "NAME", "SECONDS", "FILE");
        int failed = 0;
        for (VoiceInfo v : voices) {
            try {
                SpeechAudio audio = client().voices().speech(v.id(), sample);
                Path file = single && out != null && !Files.isDirectory(target) ? target
                        : SafeNames.inside(target, SafeNames.component(v.id(), "voice") + "."
                        + SafeNames.extension(audio.audioUrl(), List.of("wav", "mp3", "ogg", "m4a")));
                Fetch.toFile(client(), audio, file, force);
                results.addObject().put("voice_id", v.id()).put("name", v.name()).put("duration", audio.duration())
                        .put("file", file.toString()).put("audio_url", audio.audioUrl());
                t.row(v.id(), v.name(), audio.duration(), file);
            } catch (ApiException e) {
                if (single) {
                    throw e;
                }
                failed++;
                note("warning: voice " + v.id() + " could not speak the sample (" + e.code() + "): " + e.getMessage());
            }
        }
        if (json()) {
            printJson(single ? results.get(0) : results);
        } else {
            t.print(io().out());
        }
        return failed == voices.size() ? Main.FAILED : Main.OK;
    }
}
