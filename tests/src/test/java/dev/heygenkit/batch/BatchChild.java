package dev.heygenkit.batch;

import dev.heygenkit.Avatar;
import dev.heygenkit.Batch;
import dev.heygenkit.BatchResult;
import dev.heygenkit.HeyGen;
import dev.heygenkit.PollSchedule;

import java.nio.file.Path;
import java.time.Duration;

/** A batch runner in its own JVM, for the crash tests: {@code BatchChild <base> <csv> <out> [download]}. */
public final class BatchChild {
    private BatchChild() {
    }

    public static void main(String[] args) {
        HeyGen client = HeyGen.builder().apiKey("k").baseUrl(args[0]).noJournal()
                .pollSchedule(new PollSchedule(Duration.ofMillis(50), 1.5, Duration.ofMillis(300), Duration.ZERO, 0))
                .build();
        Batch batch = Batch.of(Avatar.look("anna").say("Hi {{name}}.")).rows(Path.of(args[1])).chunkSize(10);
        if (args.length > 3 && args[3].equals("download")) {
            batch = batch.download("{{name}}.mp4");
        }
        BatchResult r = batch.run(client, Path.of(args[2]), e -> { });
        System.out.println("DONE completed=" + r.completed().size() + " failed=" + r.failed().size()
                + " unfinished=" + r.unfinished().size());
    }
}
