package dev.heygenkit.reliability;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows that are BAD on this branch and are being fixed by the CLI half of issue 10. The build fails when any other
 * row turns BAD, and also when one of these stops being BAD, so the list is kept exact: delete the id once fixed.
 */
final class KnownBad {
    static final Set<String> IDS = Set.of();

    private KnownBad() {
    }

    /** Fails on a BAD row not listed here and on a listed row that behaves now. */
    static void assertOnlyKnown(Section s) {
        List<String> unexpected = s.badRows().stream().filter(r -> !IDS.contains(r.id()))
                .map(r -> r.id() + ": " + r.bad()).toList();
        assertThat(unexpected).as(s.title + ": rows that regressed to BAD").isEmpty();
        List<String> fixed = s.rows.stream().filter(r -> IDS.contains(r.id()) && !r.isBad()).map(Section.Row::id).toList();
        assertThat(fixed).as(s.title + ": rows listed in KnownBad that behave now; remove them from KnownBad.IDS").isEmpty();
    }
}
