package dev.heygenkit.http;

import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Request logging through {@link System.Logger} ({@code dev.heygenkit.http}). {@code HEYGEN_LOG=info} logs one line
 * per request, {@code debug} adds headers and bodies; both go to stderr. Callers pass only redacted text.
 */
public final class HttpLog {
    /** The logger name. */
    public static final String NAME = "dev.heygenkit.http";
    private static final System.Logger LOG = System.getLogger(NAME);
    /** Held strongly: JUL forgets the level of a logger nobody references. */
    private static final Logger KIT = Logger.getLogger("dev.heygenkit");
    private static volatile boolean configured;

    static {
        // The kit is quiet unless asked: JUL's default INFO threshold would print every request line to stderr.
        // Only the JDK's own logging backend is touched, and only when nobody has set a level for the kit yet.
        if (jdkBackend() && KIT.getLevel() == null) {
            String wanted = System.getenv("HEYGEN_LOG");
            if (wanted == null || wanted.isBlank()) {
                KIT.setLevel(java.util.logging.Level.WARNING);
            }
        }
    }

    private HttpLog() {
    }

    /**
     * Routes the kit's log to stderr at the level named by {@code HEYGEN_LOG}, once per process, when the JDK's
     * default logging backend is in use; an application with its own backend keeps control.
     */
    public static void configure(Env env) {
        String level = env.envNonBlank("HEYGEN_LOG");
        if (level == null || configured) {
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

    private static boolean jdkBackend() {
        String finder = System.LoggerFinder.getLoggerFinder().getClass().getName();
        return finder.startsWith("jdk.internal.") || finder.startsWith("sun.util.logging.");
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
