package dev.heygenkit.internal.render;

import dev.heygenkit.PollSchedule;
import dev.heygenkit.ProgressListener;

import dev.heygenkit.api.Assets;
import dev.heygenkit.api.Avatars;
import dev.heygenkit.api.Looks;
import dev.heygenkit.api.Videos;
import dev.heygenkit.api.Voices;
import dev.heygenkit.internal.http.HttpTransport;
import dev.heygenkit.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What the render lifecycle needs from a client: its resource groups, the render journal, the progress listener and
 * the waiting policy. The clock and sleeper are the transport's, so tests drive everything on one virtual clock.
 *
 * @param transport the client's transport
 * @param videos    {@code /v3/videos}
 * @param looks     {@code /v3/avatars/looks}
 * @param avatars   {@code /v3/avatars}
 * @param voices    {@code /v3/voices}
 * @param assets    {@code /v3/assets}
 * @param journal   the render journal, or null to keep none
 * @param listener  the client's progress listener, or null to use the process-wide default at event time
 * @param deadline  how long {@code render()} and {@code await()} wait by default
 * @param schedule  how often they poll
 */
public record RenderContext(HttpTransport transport, Videos videos, Looks looks, Avatars avatars, Voices voices,
                            Assets assets, Journal journal, ProgressListener listener, Duration deadline,
                            PollSchedule schedule) {
    /** Default time {@code render()} waits for a video. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(30);

    /** Fills the defaults and checks the rest. */
    public RenderContext {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(videos, "videos");
        Objects.requireNonNull(looks, "looks");
        Objects.requireNonNull(avatars, "avatars");
        Objects.requireNonNull(voices, "voices");
        Objects.requireNonNull(assets, "assets");
        deadline = deadline == null ? DEFAULT_DEADLINE : deadline;
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("render deadline " + deadline + " must be positive");
        }
        schedule = schedule == null ? PollSchedule.defaults() : schedule;
    }

    /** The clock that times waits and stamps the journal. */
    public Clock clock() {
        return transport.config().clock();
    }

    /** How waits happen. */
    public Sleeper sleeper() {
        return transport.config().sleeper();
    }

    /** The API base URL, part of every journal fingerprint. */
    public String base() {
        return transport.config().baseUri().toString();
    }

    /** The listener for one call: the call's own, else the client's, else the process-wide default. */
    public ProgressListener listener(ProgressListener perCall) {
        if (perCall != null) {
            return perCall;
        }
        return listener != null ? listener : event -> ProgressListener.processDefault().onEvent(event);
    }

    /** A waiter with this context's clock, sleeper and schedule. */
    public Waiter waiter() {
        return new Waiter(videos, clock(), sleeper(), schedule);
    }
}
