package dev.heygenkit.reliability;

import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.PollSchedule;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.Video;
import dev.heygenkit.VideoSpec;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The process {@link KillAndResume} kills with SIGKILL: {@code render <base> <journal>} or
 * {@code download <base> <video id> <target>}. Prints one line per milestone (test code; the library never prints).
 */
public final class KillChild {
    static final VideoSpec SPEC = Avatar.look("anna").say("Killed mid-render, resumed without paying twice.").title("sigkill");

    private KillChild() {
    }

    public static void main(String[] args) {
        HeyGen.Builder b = HeyGen.builder().apiKey("k").baseUrl(args[1]).maxRetries(0)
                .pollSchedule(new PollSchedule(Duration.ofMillis(50), 1.0, Duration.ofMillis(50), Duration.ZERO, 0))
                .progress(KillChild::milestone);
        switch (args[0]) {
            case "render" -> SPEC.render(b.journal(Path.of(args[2])).build());
            case "download" -> Video.of(b.noJournal().build(), args[2]).download(Path.of(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
        System.out.println("DONE");
    }

    private static void milestone(ProgressEvent e) {
        if (e instanceof ProgressEvent.Submitted s) {
            System.out.println("SUBMITTED " + s.videoId());
        } else if (e instanceof ProgressEvent.Polled) {
            System.out.println("POLLED");
        } else if (e instanceof ProgressEvent.Downloading d && d.bytes() > 0) {
            System.out.println("BYTES " + d.bytes());
        }
        System.out.flush();
    }
}
