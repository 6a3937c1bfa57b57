package dev.heygenkit.cli;

import dev.heygenkit.CustomVoice;
import dev.heygenkit.api.AssetInput;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.internal.http.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code heygen voices design|clone|delete}: your own voices. */
final class VoicesEdit {
    private VoicesEdit() {
    }

    /** {@code heygen voices design PROMPT}: up to three voices matching a description, usable at once. */
    @Command(name = "design", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Find voices matching a description (up to three, usable at once; no credit is spent).",
            footer = {"", "Example:", "  heygen voices design \"warm, mid-30s, British\" --gender female --locale en-GB"})
    static final class Design extends Sub {
        @Parameters(paramLabel = "PROMPT", description = "What the voice sounds like.")
        String prompt;

        @Option(names = "--gender", paramLabel = "GENDER", description = "female or male.")
        String gender;

        @Option(names = "--locale", paramLabel = "TAG", description = "Accent, e.g. en-GB.")
        String locale;

        @Option(names = "--seed", paramLabel = "N", description = "Another batch of matches for the same description (default 0).")
        Integer seed;

        @Override
        public Integer call() {
            CustomVoice v = CustomVoice.design(prompt);
            if (gender != null) {
                v = v.gender(gender);
            }
            if (locale != null) {
                v = v.locale(locale);
            }
            if (seed != null) {
                v = v.seed(seed);
            }
            List<VoiceInfo> voices = v.designs(client());
            if (json()) {
                printJson(voices);
            } else {
                Table t = new Table("ID", "NAME", "LANGUAGE", "GENDER", "PAUSES");
                voices.forEach(x -> t.row(x.id(), x.name(), x.language(), x.gender(), x.pauses() ? "yes" : "no"));
                t.print(io().out());
                note("use one: heygen render --look LOOK_ID --voice " + voices.get(0).id() + " --say \"Hello\"");
            }
            return Main.OK;
        }
    }

    /** {@code heygen voices clone FILE|URL --name NAME}: a new voice from a recording. */
    @Command(name = "clone", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Clone a voice from a recording (MP3 or WAV, one speaker, no music); --wait until it is ready.",
            footer = {"", "Example:", "  heygen voices clone sample.mp3 --name Brand --wait"})
    static final class Clone extends Sub {
        @Parameters(paramLabel = "FILE|URL", description = "The recording: a file (uploaded for you), a URL or asset:ID.")
        String sample;

        @Option(names = "--name", paramLabel = "NAME", description = "The voice's name (default: the file name).")
        String name;

        @Option(names = "--language", paramLabel = "LANGUAGE", description = "The language spoken, e.g. English.")
        String language;

        @Option(names = "--keep-noise", description = "Keep background noise (HeyGen removes it by default).")
        boolean keepNoise;

        @Option(names = "--wait", description = "Wait until the voice is ready (default: return once cloning started).")
        boolean waitReady;

        @Option(names = "--timeout", paramLabel = "DURATION", converter = Durations.Converter.class,
                description = "With --wait: the longest wait, e.g. 5m (default 30m).")
        Duration timeout;

        @Option(names = "--ignore", paramLabel = "CODE", description = "Turn this preflight problem code into a warning; repeatable.")
        List<String> ignore = new ArrayList<>();

        @Override
        public Integer call() {
            AssetInput in = Inputs.of(sample, io());
            CustomVoice v = in instanceof AssetInput.Url u ? CustomVoice.clone(URI.create(u.url()))
                    : in instanceof AssetInput.AssetId id ? CustomVoice.cloneAsset(id.assetId()) : CustomVoice.clone(io().path(sample));
            if (name != null) {
                v = v.name(name);
            }
            if (language != null) {
                v = v.language(language);
            }
            if (keepNoise) {
                v = v.keepBackgroundNoise();
            }
            if (!ignore.isEmpty()) {
                v = v.ignore(ignore.toArray(String[]::new));
            }
            Preconditions.timeout(timeout);
            VoiceInfo voice = !waitReady ? v.start(client()) : timeout == null ? v.create(client()) : v.create(client(), timeout);
            progress().finish();
            if (json()) {
                printJson(voice);
                return Main.OK;
            }
            Map<String, String> f = new LinkedHashMap<>();
            f.put("voice", voice.id());
            f.put("name", voice.name());
            f.put("status", voice.status());
            f.put("preview", voice.previewAudioUrl());
            printFields(f);
            note("complete".equals(voice.status()) ? "use it: heygen render --look LOOK_ID --voice " + voice.id() + " --say \"Hello\""
                    : "it is being cloned; check it with: heygen voices " + voice.id());
            return Main.OK;
        }
    }

    /** {@code heygen voices delete VOICE}. */
    @Command(name = "delete", footer = {"", "Example:", "  heygen voices delete VOICE_ID --force"}, mixinStandardHelpOptions = true,
            description = "Delete one of your voices for good (public voices cannot be deleted; asks first).")
    static final class Delete extends Sub {
        @Parameters(paramLabel = "VOICE_ID", description = "The voice, as 'heygen voices --type private' shows it.")
        String id;

        @Option(names = {"-f", "--force"}, description = "Do not ask; required when not at a terminal.")
        boolean force;

        @Override
        public Integer call() {
            if (!confirmDelete("voice " + id, force)) {
                return Main.FAILED;
            }
            String deleted = client().voices().delete(id).id();
            if (json()) {
                printJson(Json.object().put("voice_id", deleted).put("deleted", true));
            } else {
                io().out().println("deleted voice " + Escapes.line(String.valueOf(deleted)));
            }
            return Main.OK;
        }
    }
}
