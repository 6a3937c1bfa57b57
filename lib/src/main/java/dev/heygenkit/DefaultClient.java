package dev.heygenkit;

import dev.heygenkit.internal.http.Env;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The client used by {@code render()} and {@code submit()} without an argument: read once from the environment,
 * or the embedded sandbox when {@code HEYGEN_SANDBOX=1}, unless {@link HeyGen#useAsDefault()} chose one. The kit's
 * only process-wide client state.
 */
final class DefaultClient {
    /** Environment variable that switches the default client to the embedded sandbox. */
    static final String SANDBOX_ENV = "HEYGEN_SANDBOX";

    private static final AtomicReference<HeyGen> CURRENT = new AtomicReference<>();

    private DefaultClient() {
    }

    static HeyGen get() {
        HeyGen c = CURRENT.get();
        if (c != null) {
            return c;
        }
        // One environment client even when several threads ask at once; a failure (no key) is retried next time.
        synchronized (CURRENT) {
            c = CURRENT.get();
            if (c == null) {
                HeyGen created = create(Env.system());
                // useAsDefault() may have won meanwhile (it does not take the lock): keep its choice.
                c = CURRENT.compareAndSet(null, created) ? created : CURRENT.get();
            }
            return c;
        }
    }

    static void use(HeyGen client) {
        CURRENT.set(Objects.requireNonNull(client, "client"));
    }

    static HeyGen create(Env env) {
        return wantsSandbox(env) ? HeyGen.sandbox() : HeyGen.builder().env(env).build();
    }

    static boolean wantsSandbox(Env env) {
        String v = env.envNonBlank(SANDBOX_ENV);
        if (v == null) {
            return false;
        }
        String t = v.toLowerCase(Locale.ROOT);
        return t.equals("1") || t.equals("true") || t.equals("yes") || t.equals("on");
    }
}
