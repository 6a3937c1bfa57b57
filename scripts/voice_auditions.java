///usr/bin/env jbang "$0" "$@" ; exit $?
// Voice auditions: the same line spoken by five voices (POST /v3/voices/speech), each saved as an audio file so you
// can listen before choosing one for a render. No key: offline sandbox.
//   ./jbang voice-auditions                              # writes auditions/<voice_id>.wav
//   ./jbang voice-auditions "Your line here" English
//SOURCES kit/heygen_kit.java

import dev.heygenkit.HeyGen;
import dev.heygenkit.api.SpeechAudio;
import dev.heygenkit.api.VoiceInfo;
import dev.heygenkit.api.Voices.VoiceQuery;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
            String url = audio.audioUrl();
            String ext = url.replaceAll("\\?.*", "").replaceAll(".*\\.", "");
            Path file = dir.resolve(v.id() + "." + (ext.length() <= 4 ? ext : "wav"));
            // Presigned URL: fetched without the API key.
            HttpResponse<Path> r = client.transport().sendExternal(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofFile(file));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("audio for " + v.id() + " answered HTTP " + r.statusCode());
            }
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
