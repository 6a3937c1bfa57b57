package dev.heygenkit.batch;

import dev.heygenkit.Avatar;
import dev.heygenkit.Batch;
import dev.heygenkit.BatchCheck;
import dev.heygenkit.HeyGen;
import dev.heygenkit.ProblemCodes;
import dev.heygenkit.sandbox.Sandbox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Checking a big batch asks the API about each distinct id once, also when the id does not exist. */
class BatchCheckCostTest {
    @TempDir
    Path dir;

    @Test
    void one_wrong_look_in_every_row_costs_a_handful_of_requests_not_one_per_row() throws IOException {
        try (Sandbox sb = Sandbox.builder().manualClock().start()) {
            HeyGen client = HeyGen.builder().apiKey("k").baseUrl(sb.baseUri().toString()).noJournal().build();
            StringBuilder csv = new StringBuilder("name,look\n");
            for (int i = 1; i <= 500; i++) {
                csv.append("N").append(i).append(i % 2 == 0 ? ",anna\n" : ",anna_typo\n");
            }
            BatchCheck check = Batch.of(Avatar.look("x").say("Hi {{name}}"))
                    .rows(Files.writeString(dir.resolve("d.csv"), csv)).check(client);
            assertThat(check.errors()).hasSize(250).allSatisfy(i ->
                    assertThat(i.problem().code()).isEqualTo(ProblemCodes.LOOK_NOT_FOUND));
            assertThat(sb.requests()).as("requests for 500 rows with 2 distinct looks").hasSizeLessThan(20);
        }
    }
}
