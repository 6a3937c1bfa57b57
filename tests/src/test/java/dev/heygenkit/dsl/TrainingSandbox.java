package dev.heygenkit.dsl;

import dev.heygenkit.HeyGen;
import dev.heygenkit.PollSchedule;
import dev.heygenkit.ProgressEvent;
import dev.heygenkit.internal.render.VirtualTime;
import dev.heygenkit.sandbox.Sandbox;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * A manual-clock sandbox and a client on a virtual clock that move together: each time the waiter sleeps, the
 * sandbox advances by as much, so trainings finish without real waiting and the sleeps show the poll schedule.
 */
final class TrainingSandbox implements AutoCloseable {
    final Sandbox sandbox;
    final VirtualTime time = new VirtualTime();
    final List<ProgressEvent> events = new CopyOnWriteArrayList<>();
    final HeyGen client;

    TrainingSandbox(UnaryOperator<Sandbox.Builder> options) {
        sandbox = options.apply(Sandbox.builder().manualClock().startTime(Instant.parse("2026-02-01T09:00:00Z"))).start();
        time.afterSleep(n -> sandbox.advance(time.sleeps().get(n - 1)));
        client = HeyGen.builder().sandbox(sandbox).clock(time).sleeper(time).noJournal().progress(events::add)
                .pollSchedule(PollSchedule.defaults().jitter(0)).build();
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
