package dev.heygenkit.internal.http;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Request logging through {@link System.Logger} ({@code dev.heygenkit.internal.http}). {@code HEYGEN_LOG=info} logs one line
 * per request, {@code debug} adds headers and bodies; both go to stderr. Callers pass only redacted text.
 */
public final class HttpLog {
    /** The logger name. */
    public static final String NAME = "dev.heygenkit.internal.http";
    private static final System.Logger LOG = System.getLogger(NAME);
    private static volatile boolean configured;
    /** Held strongly: JUL keeps loggers weakly, and a collected logger would forget the level set here. */
    private static final Logger KIT = Logger.getLogger("dev.heygenkit");

    private HttpLog() {
    }

    /**
     * Routes the kit's log to stderr at the level named by {@code HEYGEN_LOG}, once per process, when the JDK's
     * default logging backend is in use; an application with its own backend keeps control.
     */
    public static void configure(Env env) {
        String level = env.envNonBlank("HEYGEN_LOG");
        if (level == null) {
            quietByDefault();
            return;
        }
        if (configured) {
            return;
        }
        synchronized (HttpLog.class) {
            if (configured) {
                return;
            }
            configured = true;
            java.util.logging.Level jul = switch (level.toLowerCase(Locale.ROOT)) {
                case "debug", "trace", "all" -> java.util.logging.Level.FINE;
                case "off", "none" -> java.util.logging.Level.OFF;
                default -> java.util.logging.Level.INFO;
            };
            Logger root = KIT;
            ConsoleHandler handler = new ConsoleHandler();
            handler.setLevel(jul);
            handler.setFormatter(new Formatter() {
                @Override
                public String format(LogRecord r) {
                    return "heygen " + r.getLevel().getName().toLowerCase(Locale.ROOT) + ": " + formatMessage(r) + System.lineSeparator();
                }
            });
            root.setUseParentHandlers(false);
            root.addHandler(handler);
            root.setLevel(jul);
        }
    }

    /**
     * Without HEYGEN_LOG the kit stays silent below warnings: JUL's stock configuration prints INFO to stderr, which
     * would put a line per request into every script's output. A level set in logging.properties is left alone.
     */
    private static void quietByDefault() {
        if (configured || KIT.getLevel() != null || Logger.getLogger(NAME).getLevel() != null) {
            return;
        }
        java.util.logging.LogManager m = java.util.logging.LogManager.getLogManager();
        if (m.getProperty("dev.heygenkit.level") == null && m.getProperty(NAME + ".level") == null) {
            KIT.setLevel(java.util.logging.Level.WARNING);
        }
    }

    /** Whether messages of this level are logged. */
    public static boolean enabled(Level level) {
        return LOG.isLoggable(level);
    }

    /** Logs an already redacted line. */
    public static void log(Level level, String redactedMessage) {
        if (LOG.isLoggable(level)) {
            LOG.log(level, redactedMessage);
        }
    }
}
