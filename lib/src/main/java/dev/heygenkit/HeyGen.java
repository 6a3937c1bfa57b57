package dev.heygenkit;

import dev.heygenkit.api.Assets;
import dev.heygenkit.api.Avatars;
import dev.heygenkit.api.Looks;
import dev.heygenkit.api.Raw;
import dev.heygenkit.api.Templates;
import dev.heygenkit.api.Users;
import dev.heygenkit.api.Videos;
import dev.heygenkit.api.Voices;
import dev.heygenkit.api.Webhooks;
import dev.heygenkit.internal.Internals;
import dev.heygenkit.internal.http.ClientConfig;
import dev.heygenkit.internal.http.Credentials;
import dev.heygenkit.internal.http.Env;
import dev.heygenkit.internal.http.HttpLog;
import dev.heygenkit.internal.http.HttpTransport;
import dev.heygenkit.internal.render.Journal;
import dev.heygenkit.internal.render.RenderContext;
import dev.heygenkit.sandbox.Sandbox;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A HeyGen v3 client: the resource groups ({@code looks()}, {@code videos()}, …) over one transport.
 * Thread-safe and cheap to share; its {@code toString()} never shows the key.
 *
 * <pre>{@code HeyGen client = HeyGen.fromEnv();  // HEYGEN_API_KEY, ~/.heygen/credentials, HEYGEN_API_BASE}</pre>
 */
public final class HeyGen {
    /** Environment variable with the API root, e.g. the sandbox's {@code http://127.0.0.1:8080}. */
    public static final String BASE_ENV = "HEYGEN_API_BASE";
    /** Environment variable with the number of retries after the first attempt. */
    public static final String RETRIES_ENV = "HEYGEN_MAX_RETRIES";
    /** The most retries {@link #RETRIES_ENV} may ask for; more would hide an outage behind minutes of waiting. */
    private static final int MAX_RETRIES_ENV = 10;
    /** Any non-blank key works against the sandbox; this one says where it belongs when it shows up in a log. */
    private static final String SANDBOX_KEY = "sandbox-key";

    static {
        // The kit's own packages (CLI, notebook, tests) reach the plumbing through Internals, not public methods.
        Internals.register(new Access());
    }

    private final Internals.Groups groups;
    private final RenderContext render;
    private final boolean sandbox;

    private HeyGen(HttpTransport transport, Journal journal, ProgressListener progress, PollSchedule pollSchedule,
                   boolean sandbox) {
        Internals.Groups g = Internals.groups(transport, progress);
        this.groups = g;
        this.render = new RenderContext(transport, g.videos(), g.looks(), g.avatars(), g.voices(), g.assets(),
                g.templates(), g.users(), journal, progress, pollSchedule);
        this.sandbox = sandbox;
    }

    /**
     * A client configured from the environment: key, {@code HEYGEN_API_BASE}, {@code HEYGEN_MAX_RETRIES}; the embedded
     * sandbox instead when {@code HEYGEN_SANDBOX=1}.
     */
    public static HeyGen fromEnv() {
        return DefaultClient.wantsSandbox(Env.system()) ? sandbox() : builder().build();
    }

    /**
     * Your account when a key is configured (builder chain: {@code HEYGEN_API_KEY}, {@code ~/.heygen/credentials}),
     * otherwise the offline sandbox; check {@link #isSandbox()} to tell the user which. A credentials file that exists
     * but cannot be read is still an error, never a silent switch to the sandbox.
     *
     * <pre>{@code HeyGen client = HeyGen.fromEnvOrSandbox();}</pre>
     */
    public static HeyGen fromEnvOrSandbox() {
        Env env = Env.system();
        if (DefaultClient.wantsSandbox(env)) {
            return sandbox();
        }
        try {
            return builder().env(env).build();
        } catch (MissingApiKeyException e) {
            if (java.nio.file.Files.exists(Credentials.configDir(env).resolve("credentials"))) {
                throw e;
            }
            return sandbox();
        }
    }

    /** Whether this client talks to an embedded sandbox rather than HeyGen's API. */
    public boolean isSandbox() {
        return sandbox;
    }

    /**
     * A client bound to the embedded offline sandbox, started once per JVM on 127.0.0.1; no API key needed. Each call
     * builds a new client on the same sandbox.
     *
     * <pre>{@code Video v = Avatar.look("anna").say("Hello").render(HeyGen.sandbox());}</pre>
     */
    public static HeyGen sandbox() {
        return sandbox(Sandbox.shared());
    }

    /**
     * A client bound to a sandbox you started, e.g. with a manual clock or fault injection. Each call builds a new
     * client: keep it in a variable to share its connections and preflight cache.
     */
    public static HeyGen sandbox(Sandbox sandbox) {
        return builder().sandbox(sandbox).build();
    }

    /** A builder for explicit configuration; unset values come from the environment. */
    public static Builder builder() {
        return new Builder();
    }

    /** The {@code /v3/videos} group. */
    public Videos videos() {
        return groups.videos();
    }

    /** The {@code /v3/avatars/looks} group. */
    public Looks looks() {
        return groups.looks();
    }

    /** The {@code /v3/avatars} group (avatar groups). */
    public Avatars avatars() {
        return groups.avatars();
    }

    /** The {@code /v3/voices} group. */
    public Voices voices() {
        return groups.voices();
    }

    /** The {@code /v3/assets} group. */
    public Assets assets() {
        return groups.assets();
    }

    /** The {@code /v3/webhooks} group: endpoints, event types and delivery history. */
    public Webhooks webhooks() {
        return groups.webhooks();
    }

    /** The {@code /v3/users} group: the account and its credit. */
    public Users users() {
        return groups.users();
    }

    /** The {@code /v3/templates} group: your HeyGen templates and videos generated from them. */
    public Templates templates() {
        return groups.templates();
    }

    /** Any other v3 endpoint, JSON in and out, with the same auth, retries and errors. */
    public Raw raw() {
        return groups.raw();
    }

    /** The API root this client sends requests to, e.g. {@code https://api.heygen.com} or a sandbox's loopback URL. */
    public URI baseUrl() {
        return render.transport().config().baseUri();
    }

    /** What the DSL's terminal verbs need: resource groups, journal, progress listener, waiting policy. */
    RenderContext renderContext() {
        return render;
    }

    /**
     * Every render recorded in the default journal ({@code ~/.heygen/renders.jsonl}, or {@code HEYGEN_CONFIG_DIR},
     * or {@code -Dheygen.journal}), oldest first.
     *
     * <pre>{@code HeyGen.history().forEach(System.out::println);}</pre>
     */
    public static List<JournalEntry> history() {
        return Journal.at(Journal.defaultFile(Env.system())).entries();
    }

    /** The client {@code render()} and {@code submit()} use without an argument: {@code fromEnv()}, or the sandbox when HEYGEN_SANDBOX=1. */
    public static HeyGen defaultClient() {
        return DefaultClient.get();
    }

    /** Makes this client the one {@code render()} and {@code submit()} use without an argument, and returns it. */
    public HeyGen useAsDefault() {
        DefaultClient.use(this);
        return this;
    }

    /** {@code HeyGen[sandbox http://127.0.0.1:…]} (a standalone one once it answered) or {@code HeyGen[https://api.heygen.com, key from …]}. */
    @Override
    public String toString() {
        ClientConfig config = render.transport().config();
        String kind = sandbox || render.transport().serverClock().advertised() ? "sandbox " : "";
        return "HeyGen[" + kind + config.baseUri() + (sandbox ? "" : ", key from " + config.apiKey().source()) + "]";
    }

    /** What {@link Internals} hands the kit's own packages. */
    private static final class Access implements Internals.ClientAccess {
        @Override
        public RenderContext render(HeyGen client) {
            return client.render;
        }

        @Override
        public Builder env(Builder builder, Env env) {
            return builder.env(env);
        }
    }

    /**
     * Configures a client; every setter returns this builder.
     *
     * <pre>{@code HeyGen.builder().apiKey(key).maxRetries(4).readTimeout(Duration.ofSeconds(10)).build()}</pre>
     */
    public static final class Builder {
        private String apiKey;
        private String baseUrl;
        private Sandbox sandbox;
        private Duration connectTimeout = ClientConfig.DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = ClientConfig.DEFAULT_READ_TIMEOUT;
        private Duration writeTimeout = ClientConfig.DEFAULT_WRITE_TIMEOUT;
        private Duration transferTimeout = ClientConfig.DEFAULT_TRANSFER_TIMEOUT;
        private Integer maxRetries;
        private RetryPolicy retryPolicy;
        private HttpListener listener = HttpListener.NONE;
        private Sleeper sleeper = Sleeper.system();
        private Clock clock = Clock.systemUTC();
        private Env env = Env.system();
        private ProgressListener progress;
        private Path journal;
        private boolean noJournal;
        private PollSchedule pollSchedule;

        private Builder() {
        }

        /** Receives render and download progress; by default the process-wide {@link ProgressListener#processDefault()}. */
        public Builder progress(ProgressListener listener) {
            this.progress = listener;
            return this;
        }

        /** Where the render journal lives; default {@code -Dheygen.journal}, else {@code $HEYGEN_CONFIG_DIR/renders.jsonl}, else {@code ~/.heygen/renders.jsonl}. */
        public Builder journal(Path file) {
            this.journal = file;
            this.noJournal = false;
            return this;
        }

        /** Keeps no render journal: re-running a spec always creates a new video. */
        public Builder noJournal() {
            this.noJournal = true;
            return this;
        }

        /** How often renders are polled (default: never more than HeyGen's CLI, 2 s doubling to 30 s; see {@link PollSchedule}). */
        public Builder pollSchedule(PollSchedule schedule) {
            this.pollSchedule = schedule;
            return this;
        }

        /** The API key; without one: {@code -Dheygen.api.key}, {@code HEYGEN_API_KEY}, then {@code ~/.heygen/credentials}. */
        public Builder apiKey(String key) {
            this.apiKey = key;
            return this;
        }

        /** The API root; {@code https://} or loopback {@code http://} only. Default: HEYGEN_API_BASE or production. */
        public Builder baseUrl(String url) {
            this.baseUrl = url;
            this.sandbox = null;
            return this;
        }

        /**
         * Talks to a sandbox you started instead of the API: its base URL, and a key it accepts unless {@link #apiKey}
         * sets one. The client's {@code isSandbox()} is then true.
         *
         * <pre>{@code HeyGen.builder().sandbox(sb).pollSchedule(fast).build()}</pre>
         */
        public Builder sandbox(Sandbox sandbox) {
            this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
            this.baseUrl = null;
            return this;
        }

        /** Timeout for metadata reads (default 30 s). */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /** Timeout for create, update and delete calls (default 120 s). */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = timeout;
            return this;
        }

        /** Timeout for uploads and downloads (default 10 min). */
        public Builder transferTimeout(Duration timeout) {
            this.transferTimeout = timeout;
            return this;
        }

        /** Connect timeout (default 10 s). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /** Retries after the first attempt (default 2, or HEYGEN_MAX_RETRIES); 0 disables retries. */
        public Builder maxRetries(int retries) {
            this.maxRetries = retries;
            return this;
        }

        /** A complete retry policy (delays, cap, jitter); {@link #maxRetries(int)} still overrides its count. */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = policy;
            return this;
        }

        /** Observes every attempt, answer and retry. */
        public Builder listener(HttpListener listener) {
            this.listener = listener == null ? HttpListener.NONE : listener;
            return this;
        }

        /** How waits between retries and render polls happen; tests pass a recording sleeper. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** The clock used for {@code Retry-After} dates, render deadlines and journal timestamps. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Where environment variables, properties and the home directory are read from (tests, the CLI). */
        Builder env(Env env) {
            this.env = Objects.requireNonNull(env, "env");
            return this;
        }

        /** Builds the client; fails with one clear error when no key is found or a setting is invalid. */
        public HeyGen build() {
            HttpLog.configure(env);
            if (sandbox != null && sandbox.isClosed()) {
                throw new HeyGenException("sandbox_closed", "The sandbox at " + sandbox.baseUri() + " is closed.",
                        "Start a new one with Sandbox.builder().start(), or use HeyGen.sandbox() for the shared one.");
            }
            String base = sandbox != null ? sandbox.baseUri().toString() : baseUrl != null ? baseUrl : env.envNonBlank(BASE_ENV);
            URI baseUri = base == null ? ClientConfig.DEFAULT_BASE
                    : ClientConfig.baseUri(base, sandbox != null || baseUrl != null ? "baseUrl" : BASE_ENV);
            int retries = maxRetries != null ? maxRetries : retriesFromEnv();
            RetryPolicy policy = retryPolicy == null ? RetryPolicy.defaults(retries) : retryPolicy.withMaxRetries(retries);
            String key = apiKey == null && sandbox != null ? SANDBOX_KEY : apiKey;
            ClientConfig config = new ClientConfig(baseUri, Credentials.resolve(key, env), connectTimeout, readTimeout,
                    writeTimeout, transferTimeout, policy, Version.userAgent(), listener, sleeper, clock);
            Journal j = noJournal ? null : new Journal(journal != null ? journal : Journal.defaultFile(env), clock);
            return new HeyGen(new HttpTransport(config), j, progress, pollSchedule, sandbox != null);
        }

        private int retriesFromEnv() {
            String v = env.envNonBlank(RETRIES_ENV);
            if (v == null) {
                return retryPolicy != null ? retryPolicy.maxRetries() : RetryPolicy.DEFAULT_MAX_RETRIES;
            }
            try {
                int n = Integer.parseInt(v.trim());
                if (n >= 0 && n <= MAX_RETRIES_ENV) {
                    return n;
                }
            } catch (NumberFormatException ignored) {
                // reported below with the offending value
            }
            throw new IllegalArgumentException(RETRIES_ENV + "=" + v + " is not a whole number from 0 to " + MAX_RETRIES_ENV
                    + "; unset it or use e.g. 2");
        }
    }
}
