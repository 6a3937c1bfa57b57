///usr/bin/env jbang "$0" "$@" ; exit $?
// Voice auditions: the same line spoken by five voices (POST /v3/voices/speech), each saved as an audio file so you
// can listen before choosing one for a render. No key: offline sandbox.
//   ./jbang voice-auditions                              # writes one audio file per voice into auditions/
//   ./jbang voice-auditions "Your line here" English
//SOURCES kit/heygen_kit.java

import dev.heygenkit.HeyGen;
import dev.heygenkit.Overwrite;
import dev.heygenkit.api.SpeechAudio;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.api.Voices.VoiceQuery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

class voice_auditions {
    public static void main(String[] args) throws Exception {
        String line = args.length > 0 ? args[0] : "Thanks for joining us today. Let's get started.";
        String language = args.length > 1 ? args[1] : "English";
        Path dir = Files.createDirectories(Path.of("auditions"));

        HeyGen client = HeyGen.fromEnvOrSandbox();
        if (client.isSandbox()) {
            System.err.println("No HEYGEN_API_KEY found: auditioning on the offline sandbox instead (nothing is billed).");
        }

        // Speech needs voices that support the Starfish engine.
        int n = 0;
        for (VoiceInfo v : client.voices().list(VoiceQuery.of().language(language).engine("starfish"))) {
            SpeechAudio audio = client.voices().speech(v.id(), line);
            // Into the directory under the name in the audio URL; the presigned URL is fetched without the API key.
            Path file = client.voices().download(audio, dir, Overwrite.YES);
            System.out.printf(Locale.ROOT, "%-14s %-10s %-7s %5.1f s  %s%n", v.id(), v.name(), v.gender(),
                    audio.duration() == null ? 0 : audio.duration(), file);
            if (++n == 5) {
                break;
            }
        }
        if (n == 0) {
            throw new IllegalStateException("no " + language + " voice supports speech; try another language");
        }
        System.err.println(n + " auditions in " + dir.toAbsolutePath() + "; render with: ./jbang heygen render --voice <id> ...");
    }
}
