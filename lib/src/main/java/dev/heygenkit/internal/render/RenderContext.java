package dev.heygenkit.internal.render;

import dev.heygenkit.PollSchedule;
import dev.heygenkit.ProgressListener;
import dev.heygenkit.Sleeper;
import dev.heygenkit.api.Assets;
import dev.heygenkit.api.Templates;
import dev.heygenkit.api.Avatars;
import dev.heygenkit.api.Looks;
import dev.heygenkit.api.Users;
import dev.heygenkit.api.Videos;
import dev.heygenkit.api.Voices;
import dev.heygenkit.internal.http.HttpTransport;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * What the render lifecycle needs from a client: its resource groups, the render journal, the progress listener, the
 * waiting policy and what preflight has learnt about looks and voices. One per client; the clock and sleeper are the
 * transport's, so tests drive everything on one virtual clock.
 */
public final class RenderContext {
    /** Default time {@code render()} waits for a video. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofMinutes(30);

    private final HttpTransport transport;
    private final Videos videos;
    private final Looks looks;
    private final Avatars avatars;
    private final Voices voices;
    private final Assets assets;
    private final Templates templates;
    private final Users users;
    private final Journal journal;
    private final ProgressListener listener;
    private final PollSchedule schedule;
    private final Catalog.Cache catalog = new Catalog.Cache();
    private final CreditCheck.Cache credit = new CreditCheck.Cache();

    /**
     * Binds the lifecycle to one client's parts.
     *
     * @param journal  the render journal, or null to keep none
     * @param listener the client's progress listener, or null to use the process-wide default at event time
     * @param schedule how often renders are polled, or null for {@link PollSchedule#defaults()}
     */
    public RenderContext(HttpTransport transport, Videos videos, Looks looks, Avatars avatars, Voices voices,
                         Assets assets, Templates templates, Users users, Journal journal, ProgressListener listener,
                         PollSchedule schedule) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.videos = Objects.requireNonNull(videos, "videos");
        this.looks = Objects.requireNonNull(looks, "looks");
        this.avatars = Objects.requireNonNull(avatars, "avatars");
        this.voices = Objects.requireNonNull(voices, "voices");
        this.assets = Objects.requireNonNull(assets, "assets");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.users = Objects.requireNonNull(users, "users");
        this.journal = journal;
        this.listener = listener;
        this.schedule = schedule == null ? PollSchedule.defaults() : schedule;
    }

    /** {@code /v3/templates}. */
    public Templates templates() {
        return templates;
    }

    /** {@code /v3/users}: the account and its credit. */
    public Users users() {
        return users;
    }

    /** The client's transport. */
    public HttpTransport transport() {
        return transport;
    }

    /** {@code /v3/videos}. */
    public Videos videos() {
        return videos;
    }

    /** {@code /v3/avatars/looks}. */
    public Looks looks() {
        return looks;
    }

    /** {@code /v3/avatars}. */
    public Avatars avatars() {
        return avatars;
    }

    /** {@code /v3/voices}. */
    public Voices voices() {
        return voices;
    }

    /** {@code /v3/assets}. */
    public Assets assets() {
        return assets;
    }

    /** The render journal, or null when the client keeps none. */
    public Journal journal() {
        return journal;
    }

    /** How long {@code render()} and {@code await()} wait by default. */
    public Duration deadline() {
        return DEFAULT_DEADLINE;
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

    /** The account the client's key belongs to, as a one-way name (see {@code ApiKey.account()}). */
    public String account() {
        return transport.config().apiKey().account();
    }

    /** The listener for one call: the call's own, else the client's, else the process-wide default. */
    public ProgressListener listener(ProgressListener perCall) {
        if (perCall != null) {
            return perCall;
        }
        return listener != null ? listener : event -> ProgressListener.processDefault().onEvent(event);
    }

    /** How often renders and batches are polled. */
    public PollSchedule schedule() {
        return schedule;
    }

    /** A waiter with this context's clock, sleeper and schedule. */
    public Waiter waiter() {
        return new Waiter(videos, clock(), sleeper(), schedule);
    }

    /** What preflight has learnt about this client's looks and voices. */
    Catalog.Cache catalog() {
        return catalog;
    }

    /** What the credit check has learnt about this client's balance. */
    CreditCheck.Cache credit() {
        return credit;
    }
}
