package dev.heygenkit.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SrtTest {
    @Test
    void srt_numbers_cues_and_formats_hours_and_milliseconds() {
        String srt = Media.srt(List.of(
                new Cue(1.25, 3.0, "Welcome to the tour."),
                new Cue(3723.5, 3725.125, "Two hours in.")));

        assertThat(srt).isEqualTo("""
                1
                00:00:01,250 --> 00:00:03,000
                Welcome to the tour.

                2
                01:02:03,500 --> 01:02:05,125
                Two hours in.

                """);
    }

    @Test
    void srt_rounds_to_the_nearest_millisecond_carrying_into_seconds() {
        String srt = Media.srt(List.of(new Cue(0.0004, 59.9996, "Round")));

        assertThat(srt).isEqualTo("1\n00:00:00,000 --> 00:01:00,000\nRound\n\n");
    }

    @Test
    void srt_has_no_carriage_returns_blank_cues_or_blank_lines_inside_entries() {
        String srt = Media.srt(List.of(
                new Cue(0, 1, "first line\r\n\r\nsecond line"),
                new Cue(1, 2, "   "),
                new Cue(2, 3, "Grüße, ünïcödé ✓")));

        assertThat(srt).doesNotContain("\r").isEqualTo("""
                1
                00:00:00,000 --> 00:00:01,000
                first line
                second line

                2
                00:00:02,000 --> 00:00:03,000
                Grüße, ünïcödé ✓

                """);
    }

    @Test
    void srt_of_no_cues_is_empty() {
        assertThat(Media.srt(List.of())).isEmpty();
    }
}
