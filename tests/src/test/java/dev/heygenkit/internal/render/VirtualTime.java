package dev.heygenkit.internal.render;

import dev.heygenkit.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** A clock that only moves when something sleeps on it: no test waits for real. */
public final class VirtualTime extends Clock implements Sleeper {
    private Instant now = Instant.parse("2025-01-01T00:00:00Z");
    private final List<Duration> sleeps = new ArrayList<>();
    private volatile IntConsumer afterSleep = n -> { };

    @Override
    public synchronized void sleep(Duration d) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted before sleeping");
        }
        sleeps.add(d);
        now = now.plus(d);
        afterSleep.accept(sleeps.size());
    }

    /** Runs after every sleep with the number of sleeps so far (e.g. to change a stub or interrupt). */
    public VirtualTime afterSleep(IntConsumer hook) {
        this.afterSleep = hook;
        return this;
    }

    /** Every sleep so far. */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** The sleeps as seconds, for readable assertions. */
    public synchronized List<Double> sleepSeconds() {
        return sleeps.stream().map(d -> d.toMillis() / 1000.0).toList();
    }

    /** Moves the clock without a sleep. */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
