package dev.heygenkit;

import dev.heygenkit.sandbox.Sandbox;

import java.util.Map;
import java.util.WeakHashMap;

/** One client per running sandbox, so repeated {@code HeyGen.sandbox()} calls share connections and caches. */
final class SandboxClients {
    /** Any non-blank key works against the sandbox; this one says where it belongs when it shows up in a log. */
    static final String KEY = "sandbox-key";
    private static final Map<Sandbox, HeyGen> CLIENTS = new WeakHashMap<>();

    private SandboxClients() {
    }

    static synchronized boolean isSandbox(HeyGen client) {
        return CLIENTS.containsValue(client);
    }

    static synchronized HeyGen client(Sandbox sandbox) {
        if (sandbox.isClosed()) {
            throw new HeyGenException("sandbox_closed", "The sandbox at " + sandbox.baseUri() + " is closed.",
                    "Start a new one with Sandbox.builder().start(), or use HeyGen.sandbox() for the shared one.");
        }
        return CLIENTS.computeIfAbsent(sandbox, s -> HeyGen.builder().apiKey(KEY).baseUrl(s.baseUri().toString()).build());
    }
}
