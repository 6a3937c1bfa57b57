package dev.heygenkit.internal.http;

/**
 * An API key and where it came from. Its {@code toString()} never shows the key, so printing a client,
 * its config or this object in a notebook or log is safe.
 */
public final class ApiKey {
    private final String secret;
    private final String source;

    private ApiKey(String secret, String source) {
        this.secret = secret;
        this.source = source;
    }

    /** Wraps a key found in {@code source} (e.g. {@code HEYGEN_API_KEY}); the key is trimmed. */
    public static ApiKey of(String secret, String source) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("API key from " + source + " is blank");
        }
        return new ApiKey(secret.trim(), source);
    }

    /** Where the key came from: {@code builder}, a property or variable name, or the credentials file path. */
    public String source() {
        return source;
    }

    /** The key itself; only the transport and the redactor read it. */
    String secret() {
        return secret;
    }

    @Override
    public String toString() {
        return "ApiKey[source=" + source + ", value=<redacted>]";
    }
}
