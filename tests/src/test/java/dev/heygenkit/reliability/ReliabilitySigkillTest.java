package dev.heygenkit.reliability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The SIGKILL section of RELIABILITY.md as assertions: no lost ids and no duplicate creates after any kill. */
class ReliabilitySigkillTest {
    @Test
    void a_process_killed_mid_render_batch_or_download_resumes_with_nothing_lost_or_paid_twice() {
        Section s = Sections.get("sigkill");
        assertThat(s.rows).extracting(Section.Row::id).contains("render", "batch-after-post:1", "batch-tracking:2", "download");
        assertThat(s.rows).allSatisfy(r -> {
            assertThat(r.cells().get(2)).as(r.id() + " lost ids").isEqualTo("0");
            assertThat(r.cells().get(3)).as(r.id() + " duplicate creates").isEqualTo("0");
        });
        KnownBad.assertOnlyKnown(s);
    }
}
