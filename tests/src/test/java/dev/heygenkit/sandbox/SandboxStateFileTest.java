package dev.heygenkit.sandbox;

import dev.heygenkit.Avatar;
import dev.heygenkit.HeyGen;
import dev.heygenkit.Video;
import dev.heygenkit.api.VideoInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A sandbox with a state file comes back after a restart with the same videos, ids, statuses and wallet. */
class SandboxStateFileTest {
    @TempDir
    Path dir;

    @Test
    void a_restarted_sandbox_replays_its_world_from_the_state_file() {
        Path state = dir.resolve("world.jsonl");
        String id;
        double balance;
        try (Sandbox first = Sandbox.builder().clockSpeed(2000).stateFile(state).start()) {
            HeyGen client = HeyGen.builder().sandbox(first).noJournal().build();
            Video v = Avatar.look("anna").say("Kept").render(client);
            id = v.id();
            balance = first.remainingBalance();
        }
        try (Sandbox second = Sandbox.builder().clockSpeed(2000).stateFile(state).start()) {
            HeyGen client = HeyGen.builder().sandbox(second).noJournal().build();
            VideoInfo again = client.videos().get(id);
            assertThat(again.status().isCompleted()).as(again.toString()).isTrue();
            assertThat(second.remainingBalance()).isEqualTo(balance);
            String next = Avatar.look("anna").say("Another").fresh().submit(client).id();
            assertThat(next).isNotEqualTo(id);
            second.reset();
        }
        try (Sandbox third = Sandbox.builder().stateFile(state).start()) {
            HeyGen client = HeyGen.builder().sandbox(third).noJournal().build();
            assertThat(client.videos().list()).as("reset cleared the file").isEmpty();
        }
    }
}
