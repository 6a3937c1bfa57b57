package dev.heygenkit.internal.http;

import java.util.Locale;
import java.util.Set;

/**
 * Removes secrets from anything the kit prints: the API key wherever it appears, and the values of credential
 * headers ({@code x-api-key}, {@code authorization}, cookies).
 */
public final class Redactor {
    /** What a secret is replaced with. */
    public static final String MASK = "<redacted>";
    private static final Set<String> SECRET_HEADERS = Set.of("x-api-key", "authorization", "cookie", "set-cookie",
            "proxy-authorization");

    private final String secret;

    /** A redactor for one key (null for none). */
    public Redactor(ApiKey key) {
        this.secret = key == null ? null : key.secret();
    }

    /** The text with every occurrence of the key masked; null stays null. */
    public String redact(String text) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, MASK);
    }

    /** The header value as it may be shown: masked for credential headers, otherwise {@link #redact(String)}. */
    public String header(String name, String value) {
        return isSecretHeader(name) ? MASK : redact(value);
    }

    /** Whether a header carries credentials and must never be shown. */
    public static boolean isSecretHeader(String name) {
        return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }
}
