package dev.heygenkit.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The world's tables and wallet: state other classes reach only through operations. */
class WorldTest {
    private static final Instant T0 = Instant.parse("2026-01-05T10:00:00Z");

    private static Plan plan(double seconds) {
        return new Plan("avatar", "t", 640, 360, null, List.of(), seconds, false, false, "mp4", null, null, null, null);
    }

    private static VideoJob video(World w, String id, double seconds) {
        return new VideoJob(id, w.nextSeq(), plan(seconds), T0, T0.plusSeconds(5), T0.plusSeconds(60), null, null, null, null);
    }

    @Test
    void a_table_keeps_insertion_order_replaces_by_id_and_hands_out_snapshots() {
        Table<String> t = new Table<>(new Object(), s -> s.substring(0, 1));
        t.put("a1");
        t.put("b1");
        t.put("a2");
        assertThat(t.all()).containsExactly("a2", "b1");
        assertThat(t.get("a")).isEqualTo("a2");
        List<String> snapshot = t.all();
        assertThat(t.remove("b")).isEqualTo("b1");
        assertThat(t.remove("b")).isNull();
        assertThat(snapshot).containsExactly("a2", "b1");
        assertThat(t.size()).isEqualTo(1);
        t.clear();
        assertThat(t.all()).isEmpty();
    }

    @Test
    void running_renders_are_held_back_from_the_wallet_and_charged_to_the_hundredth_of_a_cent() {
        World w = new World(1.0);
        VideoJob running = video(w, "v1", 10);
        VideoJob deleted = video(w, "v2", 10);
        w.videos().put(running);
        w.videos().put(deleted);
        deleted.delete();
        assertThat(running.plan().cost()).isEqualTo(0.333);
        assertThat(w.free()).as("a deleted render holds nothing back").isEqualTo(1.0 - 0.333);

        running.markSettled();
        w.charge(running.plan().cost());
        assertThat(w.balance()).isEqualTo(0.667);
        assertThat(w.free()).isEqualTo(0.667);
        w.charge(0.00004);
        assertThat(w.balance()).isEqualTo(0.667);
    }

    @Test
    void live_lookups_hide_deleted_rows_that_the_tables_still_hold() {
        World w = new World(50);
        VideoJob v = video(w, "v1", 3);
        w.videos().put(v);
        Asset a = Asset.uploaded("a1", w.nextSeq(), "x.png", T0, "image/png", new byte[] {1, 2, 3});
        w.assets().put(a);
        assertThat(w.liveVideo("v1")).isSameAs(v);
        assertThat(w.liveAsset("a1")).isSameAs(a);

        v.delete();
        a.delete();
        assertThat(w.liveVideo("v1")).isNull();
        assertThat(w.liveAsset("a1")).isNull();
        assertThat(w.videos().get("v1")).isSameAs(v);
        assertThat(a.bytes()).as("a deleted asset drops its bytes").isNull();
        assertThat(w.liveVideo("nope")).isNull();
    }

    @Test
    void clear_forgets_every_table_restarts_the_sequence_and_refills_the_wallet() {
        World w = new World(50);
        w.videos().put(video(w, "v1", 30));
        w.speech().put(new SpeechClip("s1", "en_ava", "female", 1.0, List.of()));
        w.events().put(new Event("evt_1", w.nextSeq(), "batch.finished", "2026-01-05T10:00:00Z", "b1", Json.object()));
        w.charge(1);

        w.clear();

        assertThat(w.videos().size() + w.speech().size() + w.events().size() + w.batches().size() + w.assets().size()
                + w.endpoints().size()).isZero();
        assertThat(w.balance()).isEqualTo(50);
        assertThat(w.nextSeq()).isEqualTo(1);
    }
}
