package dev.heygenkit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The kit's version, from the build. */
public final class Version {
    /** The kit version, e.g. {@code 0.1.0}, or {@code dev} when run from unpackaged sources. */
    public static final String KIT = read();

    private Version() {
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "dev");
                return v.startsWith("${") ? "dev" : v;
            }
        } catch (IOException ignored) {
            // fall through to "dev": a missing version must never stop the client
        }
        return "dev";
    }

    /** The {@code User-Agent} the kit sends: {@code heygen-kit/<version> java/<version>}. */
    public static String userAgent() {
        return "heygen-kit/" + KIT + " java/" + Runtime.version().feature() + "." + Runtime.version().interim()
                + "." + Runtime.version().update();
    }
}
