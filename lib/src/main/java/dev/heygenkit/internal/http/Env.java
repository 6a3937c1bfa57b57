package dev.heygenkit.internal.http;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where configuration comes from: environment variables, system properties and the home directory.
 * Tests pass a fixed {@link #of(Map, Map, Path)} so nothing depends on the developer's shell.
 */
public interface Env {
    /** The environment variable, or null when unset. */
    String env(String name);

    /** The system property, or null when unset. */
    String property(String name);

    /** The user's home directory. */
    Path home();

    /** The environment variable when it holds something other than whitespace, else null. */
    default String envNonBlank(String name) {
        String v = env(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The running process's environment, system properties and {@code user.home}. */
    static Env system() {
        return new Env() {
            @Override
            public String env(String name) {
                return System.getenv(name);
            }

            @Override
            public String property(String name) {
                return System.getProperty(name);
            }

            @Override
            public Path home() {
                return Path.of(System.getProperty("user.home"));
            }
        };
    }

    /** A fixed environment, for tests and embedding. */
    static Env of(Map<String, String> env, Map<String, String> properties, Path home) {
        Map<String, String> e = Map.copyOf(env);
        Map<String, String> p = Map.copyOf(properties);
        return new Env() {
            @Override
            public String env(String name) {
                return e.get(name);
            }

            @Override
            public String property(String name) {
                return p.get(name);
            }

            @Override
            public Path home() {
                return home;
            }
        };
    }
}
