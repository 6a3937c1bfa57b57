package dev.heygenkit.internal.render;

import dev.heygenkit.PollSchedule;
import dev.heygenkit.ProgressEvent;

import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.Video;
import dev.heygenkit.VideoSpec;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs in a child JVM for tests that need a second process: a render that gets killed, a concurrent journal writer,
 * or the default client. Prints one line per milestone to stdout (this is test code; the library never prints).
 */
public final class ChildMain {
    /** The spec both the child and the parent render. */
    public static final VideoSpec SPEC = Avatar.look("look_anna").say("Survive a crash.").title("crash test");

    private ChildMain() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "render" -> {
                HeyGen client = HeyGen.builder().apiKey(Api.KEY).baseUrl(args[1]).maxRetries(0).journal(Path.of(args[2]))
                        .pollSchedule(new PollSchedule(Duration.ofMillis(50), 1.0, Duration.ofMillis(50), Duration.ZERO, 0))
                        .progress(e -> {
                            if (e instanceof ProgressEvent.Submitted s) {
                                System.out.println("SUBMITTED " + s.videoId());
                                System.out.flush();
                            } else if (e instanceof ProgressEvent.Polled) {
                                System.out.println("POLLED");
                                System.out.flush();
                            }
                        }).build();
                SPEC.render(client);
                System.out.println("DONE");
            }
            case "append" -> {
                Journal j = Journal.at(Path.of(args[1]));
                int n = Integer.parseInt(args[2]);
                System.out.println("READY");
                System.out.flush();
                for (int i = 0; i < n; i++) {
                    String key = "hk-" + args[3] + "-" + i;
                    j.submitted("fp-" + args[3], key, "b", "x".repeat(500), null);
                }
                System.out.println("DONE");
            }
            case "default-render" -> {
                try {
                    Avatar.look("look_anna").say("Hi").render();
                    System.out.println("RENDERED");
                } catch (HeyGenException e) {
                    System.out.println("ERROR " + e.code() + " " + e.getMessage());
                }
            }
            case "env-or-sandbox" -> {
                try {
                    HeyGen c = HeyGen.fromEnvOrSandbox();
                    System.out.println("CLIENT sandbox=" + c.isSandbox() + " base=" + c.baseUrl());
                } catch (HeyGenException e) {
                    System.out.println("ERROR " + e.code() + " " + e.getMessage());
                }
            }
            case "sandbox-render" -> {
                try {
                    Video v = Avatar.look("anna").say("Hi from the sandbox.").render();
                    System.out.println("RENDERED " + v.status() + " " + v.url());
                } catch (HeyGenException e) {
                    System.out.println("ERROR " + e.code() + " " + e.getMessage());
                }
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
