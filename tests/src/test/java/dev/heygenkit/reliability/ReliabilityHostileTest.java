package dev.heygenkit.reliability;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hostile-input table of RELIABILITY.md as assertions: at least 80 cases, no row BAD beyond the known list. */
class ReliabilityHostileTest {
    @Test
    void hostile_inputs_are_refused_safely_or_handled() {
        Section s = Sections.get("hostile");
        assertThat(s.rows).hasSizeGreaterThanOrEqualTo(80);
        assertThat(s.rows).extracting(r -> r.cells().get(1)).contains("DSL", "CLI flags", "scene files", "CSV batches", "env vars",
                "credentials file", "hostile server");
        KnownBad.assertOnlyKnown(s);
    }
}
