package dev.heygenkit.reliability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The secrets section of RELIABILITY.md as assertions: zero canary hits in every stream and file scanned. */
class ReliabilityCanaryTest {
    @Test
    void the_canary_key_appears_in_no_output_journal_log_manifest_or_report() {
        Section s = Sections.get("secrets");
        assertThat(s.rows).extracting(Section.Row::id).contains("cli", "files", "reports");
        KnownBad.assertOnlyKnown(s);
        assertThat(CanaryScan.hits("x " + CanaryScan.CANARY + " y")).as("the scanner finds a planted key").isEqualTo(1);
    }
}
