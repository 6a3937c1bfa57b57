///usr/bin/env jbang "$0" "$@" ; exit $?
// A personalized batch from a CSV (columns name, company and optionally look): every row is checked before anything
// is spent, sent 100 per batch call, followed with bulk status calls and downloaded to batch/<name>.mp4, with
// batch/manifest.csv listing every row. Re-running resumes from batch/batch.jsonl instead of paying again. Without an
// argument it uses the bundled sample data/customers.csv. No key: offline sandbox.
//   ./jbang batch-csv                          # the sample: 3 videos
//   ./jbang batch-csv my-customers.csv
//SOURCES kit/heygen_kit.java
//FILES customers.csv=data/customers.csv

import dev.heygenkit.Avatar;
import dev.heygenkit.Batch;
import dev.heygenkit.BatchCheck;
import dev.heygenkit.BatchResult;
import dev.heygenkit.BatchRow;
import dev.heygenkit.HeyGen;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.api.Look;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

class batch_from_csv {
    public static void main(String[] args) throws Exception {
        Path csv = args.length > 0 ? Path.of(args[0]) : bundledSample();
        HeyGen client = HeyGen.fromEnvOrSandbox();
        if (client.isSandbox()) {
            System.err.println("No HEYGEN_API_KEY found: rendering on the offline sandbox instead (nothing is billed).");
        }
        // The look column picks each row's presenter; rows without one get the account's first ready look.
        Batch batch = Batch.of(Avatar.look(firstLook(client))
                        .say("Hi {{name}}! Thank you for choosing {{company}}.")
                        .title("Welcome {{name}}"))
                .rows(csv)
                .download("{{name}}.mp4");
        BatchCheck check = batch.check(client);
        if (!check.isOk()) {
            System.err.println(check);
            System.exit(2);
        }
        BatchResult result = batch.run(client, Path.of("batch"), e -> {
            if (e instanceof ProgressEvent.BatchProgress || e instanceof ProgressEvent.Note) {
                System.err.println(e.message());
            }
        });
        for (BatchRow row : result) {
            System.out.println(row.data().get("name") + "\t" + row.videoId() + "\t"
                    + (row.file() != null ? row.file() : row.status() + " " + row.failureMessage()));
        }
        System.exit(result.failed().isEmpty() && result.isFinished() ? 0 : 1);
    }

    static Path bundledSample() throws Exception {
        Path copy = Files.createTempFile("customers-", ".csv");
        try (InputStream in = batch_from_csv.class.getResourceAsStream("/customers.csv")) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        return copy;
    }

    static String firstLook(HeyGen client) {
        for (Look l : client.looks().list()) {
            if (l.isReady() && l.defaultVoiceId() != null) {
                return l.id();
            }
        }
        throw new IllegalStateException("no ready look with a default voice");
    }
}
