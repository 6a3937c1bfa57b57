package dev.heygenkit.mcp;

import dev.heygenkit.HeyGen;
import dev.heygenkit.HeyGenException;
import dev.heygenkit.internal.Internals;
import dev.heygenkit.internal.http.Redactor;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What every tool of one server shares: the kit client, the allowed folder, the spend guard and the answer builder.
 * Whether the server talks to the sandbox is known at once; the sandbox itself (most of a second of CPU) starts after
 * the server has answered {@code initialize}, or at the first use of the client, and the first tool call waits for it.
 */
final class Session {
    private final CompletableFuture<HeyGen> client;
    private final Runnable start;
    private final boolean sandbox;
    private final Folder folder;
    private final SpendGuard guard;
    private final Replies replies;

    private Session(CompletableFuture<HeyGen> client, Runnable start, boolean sandbox, McpOptions options) {
        this.client = client;
        this.start = start;
        this.sandbox = sandbox;
        this.folder = new Folder(options.folder());
        Integer max = options.maxVideos() != null ? options.maxVideos() : sandbox ? null : SpendGuard.DEFAULT_REAL_API;
        this.guard = new SpendGuard(max);
        this.replies = new Replies(sandbox, this::redactor);
    }

    /** A session over a client that is ready. */
    static Session of(HeyGen client, McpOptions options) {
        return new Session(CompletableFuture.completedFuture(client), () -> { }, client.isSandbox(), options);
    }

    /**
     * A session over a client that {@code start} (run at most once, however often it is called) begins to build;
     * {@code sandbox} says what it will talk to.
     */
    static Session starting(CompletableFuture<HeyGen> client, Runnable start, boolean sandbox, McpOptions options) {
        AtomicBoolean started = new AtomicBoolean();
        return new Session(client, () -> {
            if (started.compareAndSet(false, true)) {
                start.run();
            }
        }, sandbox, options);
    }

    /** Begins building the client if that has not begun yet. */
    void start() {
        start.run();
    }

    /** The kit client, starting it if needed and waiting for it. */
    HeyGen client() {
        start.run();
        try {
            return client.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new HeyGenException("client_unavailable", "the HeyGen client could not be started: " + e.getCause(),
                    "Restart heygen-mcp; its stderr says what went wrong.", e.getCause());
        }
    }

    /** Whether the tools talk to the offline sandbox. */
    boolean sandbox() {
        return sandbox;
    }

    Folder folder() {
        return folder;
    }

    SpendGuard guard() {
        return guard;
    }

    Replies replies() {
        return replies;
    }

    /** Masks the client's key; a client that failed to start has sent no key anywhere, so there is none to mask. */
    private Redactor redactor() {
        try {
            return new Redactor(Internals.config(client()).apiKey());
        } catch (RuntimeException notStarted) {
            return new Redactor(null);
        }
    }

    /** Where the tools talk to, for the server instructions; never shows the key. */
    String target() {
        return sandbox ? "the offline sandbox on 127.0.0.1 (nothing is billed)"
                : "HeyGen's API at " + client().baseUrl() + " (videos spend credits)";
    }
}
