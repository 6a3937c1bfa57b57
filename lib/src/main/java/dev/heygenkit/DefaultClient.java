package dev.heygenkit;

import dev.heygenkit.internal.http.Env;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * The client used by {@code render()} and {@code submit()} without an argument: read once from the environment,
 * or the embedded sandbox when {@code HEYGEN_SANDBOX=1}.
 */
final class DefaultClient {
    /** Environment variable that switches the default client to the embedded sandbox. */
    static final String SANDBOX_ENV = "HEYGEN_SANDBOX";

    /** How the sandbox client is obtained; tests replace it to observe the choice. */
    static volatile Supplier<HeyGen> sandbox = HeyGen::sandbox;

    private static volatile HeyGen current;

    private DefaultClient() {
    }

    static HeyGen get() {
        HeyGen c = current;
        if (c == null) {
            synchronized (DefaultClient.class) {
                if (current == null) {
                    current = create(Env.system());
                }
                c = current;
            }
        }
        return c;
    }

    static void use(HeyGen client) {
        current = client;
    }

    static HeyGen create(Env env) {
        return wantsSandbox(env) ? sandbox.get() : HeyGen.builder().env(env).build();
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
