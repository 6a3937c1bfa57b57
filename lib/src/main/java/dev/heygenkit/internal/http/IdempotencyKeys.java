package dev.heygenkit.internal.http;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Makes and checks {@code Idempotency-Key} values: 1–255 characters of {@code [A-Za-z0-9_:.-]}. */
public final class IdempotencyKeys {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_:.\\-]{1,255}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private IdempotencyKeys() {
    }

    /** A fresh random key, {@code hk-} followed by 32 hex digits. */
    public static String generate() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "hk-" + HexFormat.of().formatHex(bytes);
    }

    /** Whether a key is acceptable to the API. */
    public static boolean isValid(String key) {
        return key != null && VALID.matcher(key).matches();
    }

    /** Throws a one-line error naming the key when it is not acceptable. */
    public static void check(String key) {
        if (!isValid(key)) {
            throw new IllegalArgumentException("Idempotency-Key \"" + key + "\" must be 1-255 characters of A-Z a-z 0-9 _ : . -");
        }
    }
}
