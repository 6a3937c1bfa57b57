package dev.heygenkit.reliability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox-under-load section of RELIABILITY.md as assertions: 50 clients for 60 s (shorter with
 * {@code -Dheygen.reliability.loadSeconds=N}), no error but the configured 429s, every video terminal, heap bounded.
 */
class ReliabilityLoadTest {
    @Test
    void fifty_clients_hammering_one_sandbox_see_only_the_configured_429s_and_every_video_finishes() {
        Section s = Sections.get("load");
        assertThat(s.rows).extracting(Section.Row::id).contains("errors", "terminal", "heap", "429");
        KnownBad.assertOnlyKnown(s);
        assertThat(s.rows.stream().filter(r -> r.id().equals("videos")).findFirst().orElseThrow().cells().get(1))
                .as("the load run created videos").isNotEqualTo("0");
    }
}
