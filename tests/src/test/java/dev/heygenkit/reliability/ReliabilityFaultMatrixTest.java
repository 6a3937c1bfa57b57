package dev.heygenkit.reliability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The fault matrix of RELIABILITY.md as assertions: every cell typed or recovered, at most one create per key. */
class ReliabilityFaultMatrixTest {
    @Test
    void every_operation_recovers_or_fails_typed_under_every_fault_and_creates_are_billed_once() {
        Section s = Sections.get("faults");
        assertThat(s.rows).hasSize(FaultMatrix.F.values().length);
        KnownBad.assertOnlyKnown(s);
        // transient 5xx on a GET must recover, and a 429 must wait as long as Retry-After says
        assertThat(s.rows.get(FaultMatrix.F.S503.ordinal()).cells().get(FaultMatrix.Op.GET.ordinal() + 1))
                .startsWith("recovered after 2 attempts");
        assertThat(s.rows.get(FaultMatrix.F.R429S.ordinal()).cells().get(FaultMatrix.Op.GET.ordinal() + 1)).contains("3 s");
        assertThat(s.rows.get(FaultMatrix.F.R429D.ordinal()).cells().get(FaultMatrix.Op.GET.ordinal() + 1)).contains("4 s");
    }
}
