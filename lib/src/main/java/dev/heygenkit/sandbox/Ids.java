package dev.heygenkit.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** Deterministic ids: the n-th id of a kind depends only on the seed, so a seeded run repeats exactly. */
final class Ids {
    private final long seed;
    private final Map<String, Long> counters = new HashMap<>();

    Ids(long seed) {
        this.seed = seed;
    }

    synchronized String next(String kind, int hexChars) {
        long n = counters.merge(kind, 1L, Long::sum);
        return hex(seed + ":" + kind + ":" + n).substring(0, hexChars);
    }

    synchronized void reset() {
        counters.clear();
    }

    /** A number in [0, 1) that depends only on the seed and the parts. */
    double unit(String... parts) {
        byte[] h = digest(seed + ":" + String.join(":", parts));
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = (bits << 8) | (h[i] & 0xff);
        }
        return (bits >>> 3) / (double) (1L << 53);
    }

    static String hex(String s) {
        return HexFormat.of().formatHex(digest(s));
    }

    static String hexBytes(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] digest(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
