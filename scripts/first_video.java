///usr/bin/env jbang "$0" "$@" ; exit $?
// Your first avatar video, start to finish. With HEYGEN_API_KEY (or ~/.heygen/credentials) it uses the real API and
// picks a ready look that has a default voice; without a key it says so and renders on the embedded offline sandbox.
// Progress goes to stderr; the file's path and URL to stdout.
//   ./jbang first-video                                  # writes hello.mp4
//   ./jbang first-video "Welcome to the team!" welcome.mp4
//SOURCES kit/heygen_kit.java

import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Overwrite;
import dev.heygenkit.Video;
import dev.heygenkit.api.Look;
import dev.heygenkit.ProgressListener;

import java.nio.file.Path;

class first_video {
    public static void main(String[] args) {
        String line = args.length > 0 ? args[0] : "Hello! This is my first avatar video, made with heygen-kit.";
        Path out = Path.of(args.length > 1 ? args[1] : "hello.mp4");
        ProgressListener.replaceProcessDefault(ProgressListener.lines(System.err));

        HeyGen client = HeyGen.fromEnvOrSandbox();
        if (client.isSandbox()) {
            System.err.println("No HEYGEN_API_KEY found: rendering on the offline sandbox instead (nothing is billed).");
        }

        Look look = pickLook(client);
        System.err.println("look: " + look.name() + " (" + look.id() + "), voice " + look.defaultVoiceId());
        Video video = Avatar.look(look.id()).say(line).render(client);
        Path file = video.download(out, Overwrite.YES);

        System.out.println(file.toAbsolutePath());
        System.out.println(video.url());
    }

    /** The first look that can render now and speaks without naming a voice; studio avatars first. */
    static Look pickLook(HeyGen client) {
        Look fallback = null;
        for (Look l : client.looks().list()) {
            if (l.isReady() && l.defaultVoiceId() != null) {
                if ("studio_avatar".equals(String.valueOf(l.avatarType()))) {
                    return l;
                }
                fallback = fallback == null ? l : fallback;
            }
        }
        if (fallback == null) {
            throw new IllegalStateException("no ready look with a default voice; list them with ./jbang heygen looks");
        }
        return fallback;
    }
}
