package dev.heygenkit.internal.http;

import dev.heygenkit.Sleeper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link Sleeper} that records each requested wait and returns at once, so retry tests never sleep. */
public final class RecordingSleeper implements Sleeper {
    private final List<Duration> delays = new ArrayList<>();

    @Override
    public synchronized void sleep(Duration duration) {
        delays.add(duration);
    }

    /** The waits asked for so far, in order. */
    public synchronized List<Duration> delays() {
        return List.copyOf(delays);
    }

    /** The waits in milliseconds. */
    public synchronized List<Long> millis() {
        return delays.stream().map(Duration::toMillis).toList();
    }

    /** Forgets the recorded waits. */
    public synchronized void clear() {
        delays.clear();
    }
}
