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

    /**
     * A short, one-way name for the account the key belongs to (16 hex digits of a salted SHA-256), so the render
     * journal can keep each account's render times apart without storing anything that leads back to the key.
     */
    public String account() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(("heygen-kit account\n" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
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
