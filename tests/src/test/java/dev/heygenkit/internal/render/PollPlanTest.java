package dev.heygenkit.internal.render;

import dev.heygenkit.PollSchedule;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the waiter's polls land: the CLI grid as a budget, an estimate to spend it well. */
class PollPlanTest {
    private static final PollSchedule EXACT = PollSchedule.defaults().jitter(0);

    /** Seconds of the first {@code count} polls (the first at 0). */
    private static List<Double> times(PollSchedule schedule, Estimate estimate, int count, Random random) {
        PollPlan plan = new PollPlan(schedule, estimate);
        List<Double> out = new ArrayList<>(List.of(0.0));
        long t = 0;
        for (int polls = 1; polls < count; polls++) {
            t += plan.next(polls, Duration.ofMillis(t), random.nextDouble()).toMillis();
            out.add(t / 1000.0);
        }
        return out;
    }

    private static Estimate history(long seconds) {
        return new Estimate(Duration.ofSeconds(seconds), Estimate.Basis.HISTORY, 10);
    }

    @Test
    void the_reference_grid_is_the_official_clis_schedule() {
        List<Double> grid = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            grid.add(EXACT.gridMillis(n) / 1000);
        }
        assertThat(grid).containsExactly(0.0, 2.0, 6.0, 14.0, 30.0, 60.0, 90.0, 120.0);
        assertThat(EXACT.gridCount(0)).isEqualTo(1);
        assertThat(EXACT.gridCount(13_999)).isEqualTo(3);
        assertThat(EXACT.gridCount(14_000)).isEqualTo(4);
        assertThat(EXACT.gridCount(119_999)).isEqualTo(7);
        assertThat(EXACT.settledMillis()).isEqualTo(30_000);
    }

    @Test
    void without_an_estimate_the_grid_keeps_its_times_and_loses_its_early_polls() {
        assertThat(times(EXACT, Estimate.NONE, 7, new Random(1))).containsExactly(0.0, 6.0, 30.0, 60.0, 90.0, 120.0, 150.0);
        Estimate guess = new Estimate(Duration.ofSeconds(100), Estimate.Basis.GUESS, 0);
        assertThat(times(EXACT, guess, 7, new Random(1))).as("a rule of thumb is not acted on")
                .containsExactly(0.0, 6.0, 30.0, 60.0, 90.0, 120.0, 150.0);
    }

    @Test
    void no_poll_ever_comes_before_the_grids_poll_of_the_same_number() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            Estimate.Basis basis = Estimate.Basis.values()[random.nextInt(Estimate.Basis.values().length)];
            Estimate estimate = new Estimate(Duration.ofMillis(1 + random.nextInt(3_600_000)), basis, 3);
            List<Double> times = times(PollSchedule.defaults(), estimate, 120, random);
            for (int n = 0; n < times.size(); n++) {
                assertThat(times.get(n) * 1000).as("poll %d for %s", n, estimate).isGreaterThanOrEqualTo(EXACT.gridMillis(n) - 1);
            }
        }
    }

    @Test
    void a_learnt_estimate_spends_few_polls_before_its_window_and_the_saved_ones_inside() {
        List<Double> times = times(EXACT, history(600), 60, new Random(1));
        double from = 600 * Math.exp(-0.5);
        double to = 600 * Math.exp(0.5);
        assertThat(times.stream().filter(t -> t < from - 0.001).count()).as("0, the early check and at most four more")
                .isLessThanOrEqualTo(6);
        assertThat(times).as("the window opens with a poll").anySatisfy(t -> assertThat(t).isCloseTo(from, org.assertj.core.data.Offset.offset(0.01)));
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i - 1) >= from - 0.001 && times.get(i) <= 600) {
                assertThat(times.get(i) - times.get(i - 1)).as("gap before the expected end").isLessThan(20);
            }
        }
        long inWindow = times.stream().filter(t -> t >= from - 0.001 && t <= to).count();
        assertThat(inWindow).as("more polls in the window than the grid's %d", EXACT.gridCount(to * 1000) - EXACT.gridCount(from * 1000))
                .isGreaterThan(EXACT.gridCount(to * 1000) - EXACT.gridCount(from * 1000));
    }

    @Test
    void after_the_window_waits_grow_back_to_the_cap() {
        List<Double> times = times(EXACT, history(60), 40, new Random(1));
        double last = times.get(times.size() - 1) - times.get(times.size() - 2);
        assertThat(last).isEqualTo(30.0);
        double to = 60 * Math.exp(0.5);
        List<Double> after = times.stream().filter(t -> t > to).toList();
        for (int i = 2; i < after.size(); i++) {
            assertThat(after.get(i) - after.get(i - 1)).isGreaterThanOrEqualTo(after.get(i - 1) - after.get(i - 2) - 0.001);
        }
    }

    @Test
    void the_servers_word_gets_a_poll_right_after_the_expected_end() {
        Estimate server = new Estimate(Duration.ofSeconds(20), Estimate.Basis.SERVER, 0);
        List<Double> times = times(EXACT, server, 8, new Random(1));
        assertThat(times.get(1)).as("the early check at 6 s").isEqualTo(6.0);
        assertThat(times.get(2)).as("a second past the end").isEqualTo(21.0);
        Estimate sandbox = new Estimate(Duration.ofSeconds(3), Estimate.Basis.SERVER, 0);
        PollSchedule fast = new PollSchedule(Duration.ofMillis(250), 2, Duration.ofSeconds(2), Duration.ofMillis(750), 0);
        assertThat(times(fast, sandbox, 8, new Random(1)).get(2)).as("a twentieth past a short one").isEqualTo(3.15);
    }

    @Test
    void jitter_only_brings_planned_polls_forward() {
        List<Double> exact = times(EXACT, history(300), 30, new Random(1));
        List<Double> jittered = times(PollSchedule.defaults(), history(300), 30, new Random(1));
        assertThat(jittered).isNotEqualTo(exact);
        assertThat(jittered.get(1)).isEqualTo(6.0);
    }
}
