///usr/bin/env jbang "$0" "$@" ; exit $?
// Your first avatar video, start to finish. With HEYGEN_API_KEY (or ~/.heygen/credentials) it uses the real API and
// picks a ready look that has a default voice; without a key it says so and renders on the embedded offline sandbox.
// Progress goes to stderr; the file's path and URL to stdout.
//   ./jbang first-video                                  # writes hello.mp4 (hello-2.mp4, … when taken)
//   ./jbang first-video "Welcome to the team!" welcome.mp4
//SOURCES kit/heygen_kit.java

import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Overwrite;
import dev.heygenkit.Video;
import dev.heygenkit.api.Look;
import dev.heygenkit.ProgressListener;

import java.nio.file.Files;
import java.nio.file.Path;

class first_video {
    public static void main(String[] args) {
        String line = args.length > 0 ? args[0] : "Hello! This is my first avatar video, made with heygen-kit.";
        Path out = Path.of(args.length > 1 ? args[1] : "hello.mp4");
        if (Files.exists(out) && args.length > 1) {
            // Checked before rendering, so refusing costs nothing.
            System.err.println("error: " + out + " already exists; pass another file name (nothing was rendered).");
            System.exit(2);
        }
        out = Files.exists(out) ? fresh(out) : out;
        ProgressListener.replaceProcessDefault(ProgressListener.lines(System.err));

        HeyGen client = HeyGen.fromEnvOrSandbox();
        if (client.isSandbox()) {
            System.err.println("No HEYGEN_API_KEY found: rendering on the offline sandbox instead (nothing is billed).");
        }

        Look look = pickLook(client);
        System.err.println("look: " + look.name() + " (" + look.id() + "), voice " + look.defaultVoiceId());
        Video video = Avatar.look(look.id()).say(line).render(client);
        Path file = video.download(out, Overwrite.NO);

        System.out.println(file.toAbsolutePath());
        System.out.println(video.url());
    }

    /** hello-2.mp4, hello-3.mp4, … : the first name not taken, so an earlier video is never overwritten. */
    static Path fresh(Path taken) {
        String name = taken.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            Path p = taken.resolveSibling(stem + "-" + n + ext);
            if (!Files.exists(p)) {
                return p;
            }
        }
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
