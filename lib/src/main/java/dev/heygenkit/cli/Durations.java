package dev.heygenkit.cli;

import picocli.CommandLine;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as people type them: {@code 90}, {@code 90s}, {@code 500ms}, {@code 5m}, {@code 1h30m} or {@code PT5M}. */
final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h|d)");

    private Durations() {
    }

    /** Parses a duration, throwing a usage error that names the option and shows the accepted forms. */
    static Duration parse(String text, String option) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.matches("\\d+(\\.\\d+)?")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
            }
            if (t.startsWith("pt") || t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            Matcher m = PART.matcher(t);
            Duration total = Duration.ZERO;
            int end = 0;
            while (m.find() && m.start() == end) {
                double n = Double.parseDouble(m.group(1));
                long unit = switch (m.group(2)) {
                    case "ms" -> 1;
                    case "s" -> 1000;
                    case "m" -> 60_000;
                    case "h" -> 3_600_000;
                    default -> 86_400_000;
                };
                total = total.plusMillis(Math.round(n * unit));
                end = m.end();
            }
            if (end == t.length() && end > 0) {
                return total;
            }
        } catch (DateTimeParseException | NumberFormatException ignored) {
            // reported below with the accepted forms
        }
        throw new UsageException(option + " \"" + text + "\" is not a duration; use e.g. 90s, 5m, 1h30m or 500ms");
    }

    /** A usage error (exit 2) raised after picocli has parsed the arguments. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /** Picocli converter for duration options. */
    static final class Converter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return parse(value, "duration");
            } catch (UsageException e) {
                throw new CommandLine.TypeConversionException("\"" + value + "\" is not a duration; use e.g. 90s, 5m, 1h30m or 500ms");
            }
        }
    }
}
