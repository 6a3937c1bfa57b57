package dev.heygenkit.internal.batch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Data cells in manifest.csv never run as spreadsheet formulas. */
class ManifestCellsTest {
    @Test
    void cells_a_spreadsheet_would_evaluate_get_a_leading_apostrophe() {
        assertThat(Manifest.inert("=HYPERLINK(\"http://evil.test\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil.test\",\"x\")");
        assertThat(Manifest.inert("+1 555 0100")).isEqualTo("'+1 555 0100");
        assertThat(Manifest.inert("-2+3")).isEqualTo("'-2+3");
        assertThat(Manifest.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Manifest.inert("\tx")).isEqualTo("'\tx");
        assertThat(Manifest.inert("Anna")).isEqualTo("Anna");
        assertThat(Manifest.inert("")).isEmpty();
        assertThat(Manifest.inert("a=b")).isEqualTo("a=b");
    }
}
