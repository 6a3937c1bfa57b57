package dev.heygenkit.internal;

import dev.heygenkit.HeyGen;
import dev.heygenkit.ProgressListener;
import dev.heygenkit.api.Assets;
import dev.heygenkit.api.Avatars;
import dev.heygenkit.api.Looks;
import dev.heygenkit.api.Raw;
import dev.heygenkit.api.Templates;
import dev.heygenkit.api.Users;
import dev.heygenkit.api.Videos;
import dev.heygenkit.api.Voices;
import dev.heygenkit.api.Webhooks;
import dev.heygenkit.internal.http.ClientConfig;
import dev.heygenkit.internal.http.Env;
import dev.heygenkit.internal.http.HttpTransport;
import dev.heygenkit.internal.render.Journal;
import dev.heygenkit.internal.render.RenderContext;

import java.util.Objects;

/**
 * The kit's own way into a client's plumbing (the JDK's "shared secrets" pattern): {@code HeyGen} and the
 * {@code api} package register an access object here once, and the kit's other modules (today the CLI and the tests)
 * reach the transport, configuration, journal and render context through these static methods instead of public
 * methods on {@code HeyGen}. Not API: the package is not exported and everything here may change.
 */
public final class Internals {
    private static volatile ClientAccess client;
    private static volatile ApiAccess api;

    private Internals() {
    }

    /** What {@code HeyGen} lends the kit's own packages; implemented inside {@code HeyGen}. */
    public interface ClientAccess {
        /** The client's render context, which also holds its transport. */
        RenderContext render(HeyGen client);

        /** The builder reading environment variables, properties and the home directory from {@code env}. */
        HeyGen.Builder env(HeyGen.Builder builder, Env env);
    }

    /** How {@code HeyGen} builds its resource groups, whose constructors are not public; implemented in {@code api}. */
    public interface ApiAccess {
        /** Every group bound to one transport; downloads report to {@code progress}, or the process default when null. */
        Groups groups(HttpTransport transport, ProgressListener progress);
    }

    /**
     * The resource groups of one client.
     *
     * @param videos   {@code /v3/videos}
     * @param looks    {@code /v3/avatars/looks}
     * @param avatars  {@code /v3/avatars}
     * @param voices   {@code /v3/voices}
     * @param assets   {@code /v3/assets}
     * @param webhooks {@code /v3/webhooks}
     * @param users     {@code /v3/users}
     * @param templates {@code /v3/templates}
     * @param raw       any other endpoint
     */
    public record Groups(Videos videos, Looks looks, Avatars avatars, Voices voices, Assets assets, Webhooks webhooks,
                         Users users, Templates templates, Raw raw) {
    }

    /** Called once by {@code HeyGen}'s class initializer. */
    public static void register(ClientAccess access) {
        if (client != null) {
            throw new IllegalStateException("HeyGen's access is already registered");
        }
        client = Objects.requireNonNull(access, "access");
    }

    /** Called once by the {@code api} package's class initializer. */
    public static void register(ApiAccess access) {
        if (api != null) {
            throw new IllegalStateException("the api package's access is already registered");
        }
        api = Objects.requireNonNull(access, "access");
    }

    /** The resource groups for a new client. */
    public static Groups groups(HttpTransport transport, ProgressListener progress) {
        ApiAccess a = api;
        if (a == null) {
            // Videos' class initializer registers the api package's access.
            initialize(Videos.class);
            a = api;
        }
        return a.groups(transport, progress);
    }

    /** The client's transport: raw requests, storage downloads, its configuration. */
    public static HttpTransport transport(HeyGen client) {
        return render(client).transport();
    }

    /** The client's configuration (the key shows only its source). */
    public static ClientConfig config(HeyGen client) {
        return transport(client).config();
    }

    /** The client's render journal, or null when it keeps none. */
    public static Journal journal(HeyGen client) {
        return render(client).journal();
    }

    /** What the DSL's terminal verbs use: resource groups, journal, progress listener, waiting policy, caches. */
    public static RenderContext render(HeyGen client) {
        return access().render(Objects.requireNonNull(client, "client"));
    }

    /** The builder with its environment replaced, e.g. a fixed one in tests or the CLI's own. */
    public static HeyGen.Builder env(HeyGen.Builder builder, Env env) {
        return access().env(Objects.requireNonNull(builder, "builder"), Objects.requireNonNull(env, "env"));
    }

    private static ClientAccess access() {
        // Callers hold a HeyGen or its Builder, so HeyGen's class initializer has registered by now.
        return Objects.requireNonNull(client, "HeyGen has not registered its access");
    }

    private static void initialize(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot initialize " + type.getName(), e);
        }
    }
}
