package dev.heygenkit.reliability;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows that are BAD on this branch (RELIABILITY.md shows why), so the normal build stays green while they are fixed.
 * The build fails when any other row turns BAD; a listed row that behaves now is printed, to be deleted from here.
 */
final class KnownBad {
    static final Set<String> IDS = Set.of(
            // still BAD: see RELIABILITY.md and the closing note of issue 10
            "csv-passwd", "srv-no-url");

    private KnownBad() {
    }

    /** Fails on a BAD row not listed here; prints the listed rows that behave now. */
    static void assertOnlyKnown(Section s) {
        List<String> unexpected = s.badRows().stream().filter(r -> !IDS.contains(r.id()))
                .map(r -> r.id() + ": " + r.bad()).toList();
        assertThat(unexpected).as(s.title + ": rows that regressed to BAD").isEmpty();
        // Not a failure: some of these depend on timing (a 200 MB read on a fast disk), and fixes land in other branches.
        s.rows.stream().filter(r -> IDS.contains(r.id()) && !r.isBad()).forEach(r ->
                System.err.println("KnownBad: " + r.id() + " behaves now; delete it from KnownBad.IDS"));
    }
}
